// The benches' own PostgreSQL databases on the test server: made once under a fixed name and
// reused by later runs (a population takes minutes to seed), so each bench does not create them
// its own way.
import { sql } from 'kysely';
import { openDatabase } from '../src/db/database.ts';
import { ADMIN_URL } from '../test/support/engines.ts';

/** The URL of the database `name` on the test server. */
export function benchDatabaseAt(name: string): string {
  return ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
}

/** Whether the database `name` exists on the test server. */
export async function benchDatabaseExists(name: string): Promise<boolean> {
  const admin = await openDatabase({ url: ADMIN_URL, maxConnections: 1 });
  try {
    const found = await sql<{ n: number }>`select count(*)::int as n from pg_database where datname = ${name}`.execute(
      admin.db,
    );
    return found.rows[0]!.n > 0;
  } finally {
    await admin.close();
  }
}

/** The database `name`, created empty when it does not exist yet; its URL. */
export async function ensureBenchDatabase(name: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a database name: ${name}`);
  if (!(await benchDatabaseExists(name))) {
    const admin = await openDatabase({ url: ADMIN_URL, maxConnections: 1 });
    try {
      await sql.raw(`create database ${name}`).execute(admin.db);
    } finally {
      await admin.close();
    }
  }
  return benchDatabaseAt(name);
}
