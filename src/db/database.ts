// One way to reach PostgreSQL, two engines: PGlite (PostgreSQL compiled to WASM, embedded, the
// default) and a PostgreSQL server through DATABASE_URL. Everything above this module sees only
// a Kysely instance and the bulk-load transaction below.
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { AppError } from '../errors.ts';
import { PreparingClient } from './prepared-statements.ts';
import type { Schema } from './schema.ts';
import { TYPE_PARSERS } from './type-parsers.ts';

export type EngineKind = 'pglite' | 'postgres';

/** A transaction for bulk loading: COPY in the text format plus plain statements. */
export interface BulkTransaction {
  copy(table: string, columns: readonly string[], text: string): Promise<void>;
  query<R = Record<string, unknown>>(statement: string, params?: unknown[]): Promise<R[]>;
}

export interface Database {
  kind: EngineKind;
  /** Where the data lives, safe to print (no password). */
  target: string;
  db: Kysely<Schema>;
  /** Runs `work` in one transaction: all of it commits, or none of it. */
  bulk<T>(work: (tx: BulkTransaction) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** postgres://… URL; when absent, PGlite. */
  url?: string | undefined;
  /** PGlite data directory; 'memory://' keeps everything in memory (tests). */
  dataDir?: string;
  /** Pool size for a PostgreSQL server. */
  maxConnections?: number;
  /** Named prepared statements on a server (default on; src/db/prepared-statements.ts). */
  preparedStatements?: boolean;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  return options.url
    ? openPostgres(options.url, options.maxConnections ?? 10, options.preparedStatements ?? true)
    : openPglite(options.dataDir ?? 'memory://');
}

function copyStatement(table: string, columns: readonly string[]): string {
  const ident = /^[a-z_][a-z0-9_]*$/;
  if (!ident.test(table) || !columns.every((c) => ident.test(c))) throw new Error(`bad COPY target ${table}`);
  return `COPY ${table} (${columns.join(', ')}) FROM STDIN`;
}

export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://(unparseable URL)';
  }
}

async function openPostgres(url: string, max: number, prepared: boolean): Promise<Database> {
  const pool = new pg.Pool({
    ...(prepared ? { Client: PreparingClient } : {}),
    connectionString: url,
    max,
    connectionTimeoutMillis: 5000,
    types: {
      getTypeParser: ((oid: number) =>
        TYPE_PARSERS[oid] ??
        (pg.types.getTypeParser(oid, 'text') as (value: string) => unknown)) as typeof pg.types.getTypeParser,
    },
  });
  // An idle client's network error must not crash the process; the next query reports it.
  pool.on('error', () => {});
  // Nor a checked-out client's (issue 16, found by the crash harness): the server ending the
  // connection (pg_terminate_backend, a restart) between two statements of a transaction emitted
  // 'error' on a client nobody listened to, and the process died. The statement in flight fails
  // instead, and the pool discards the broken client when it is released.
  pool.on('connect', (client) => client.on('error', () => {}));
  const target = redactUrl(url);
  try {
    const client = await pool.connect();
    client.release();
  } catch (cause) {
    await pool.end().catch(() => {});
    throw new AppError('database-unreachable', { target }, { cause });
  }
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  return {
    kind: 'postgres',
    target,
    db,
    async bulk(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work({
          async copy(table, columns, text) {
            const stream = client.query(copyFrom(copyStatement(table, columns)));
            await new Promise<void>((resolve, reject) => {
              stream.on('finish', resolve);
              stream.on('error', reject);
              stream.end(text);
            });
          },
          async query<R>(statement: string, params?: unknown[]): Promise<R[]> {
            return (await client.query(statement, params)).rows as R[];
          },
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    async close() {
      await db.destroy();
    },
  };
}

async function openPglite(dataDir: string): Promise<Database> {
  if (!dataDir.includes('://')) mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create(dataDir, { parsers: TYPE_PARSERS, extensions: { pg_trgm } });
  const db = new Kysely<Schema>({ dialect: new PGliteDialect({ pglite }) });
  return {
    kind: 'pglite',
    target: dataDir.includes('://') ? dataDir : `pglite:${dataDir}`,
    db,
    bulk(work) {
      // PGlite's transaction() locks the single embedded session for its whole duration, so
      // Kysely queries wait until the bulk transaction commits or rolls back.
      return pglite.transaction((tx) =>
        work({
          async copy(table, columns, text) {
            await tx.query(copyStatement(table, columns).replace('STDIN', "'/dev/blob'"), [], {
              blob: new Blob([text]),
            });
          },
          async query<R>(statement: string, params?: unknown[]): Promise<R[]> {
            return (await tx.query<R>(statement, params)).rows;
          },
        }),
      );
    },
    async close() {
      await db.destroy();
    },
  };
}
