// One place that runs a unit of work as a database transaction. PostgreSQL may abort a
// transaction that lost a race (serialization failure, deadlock); the work is then retried from
// the start, which is safe because nothing outside the transaction happened yet.
import type { Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import type { Schema } from '../db/schema.ts';

export type Tx = Transaction<Schema>;

const RETRYABLE = new Set(['40001', '40P01']);
const MAX_ATTEMPTS = 8;

export async function inTransaction<T>(database: Database, work: (tx: Tx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await database.db.transaction().execute(work);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (attempt >= MAX_ATTEMPTS || typeof code !== 'string' || !RETRYABLE.has(code)) throw error;
      // Jittered backoff so the racing transactions do not collide again in lock step.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * attempt));
    }
  }
}
