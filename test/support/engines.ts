// The dialect matrix (as kysely's own suite does): every database test runs on PGlite and on a
// throwaway database on the PostgreSQL server. An unreachable server fails the run; only an
// explicit TIRKEU_TEST_SKIP_POSTGRES=1 outside CI skips it, and says so.
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { type Database, type EngineKind, openDatabase } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrations/index.ts';
import { loadDataset } from '../../src/db/registry-loader.ts';
import type { RegistryDataset } from '../../src/domain/registry-facts.ts';

export const ADMIN_URL = process.env['TIRKEU_TEST_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const skipPostgres = process.env['TIRKEU_TEST_SKIP_POSTGRES'] === '1' && process.env['CI'] !== 'true';

export const ENGINES: readonly EngineKind[] = skipPostgres ? ['pglite'] : ['pglite', 'postgres'];
if (skipPostgres) console.warn('TIRKEU_TEST_SKIP_POSTGRES=1: the PostgreSQL half of the matrix is skipped');

export interface TestDatabase {
  database: Database;
  /** Connection URL of the throwaway server database (postgres only). */
  url: string | undefined;
  dispose(): Promise<void>;
}

/** A fresh throwaway database on the server; returns its URL and a function that drops it. */
export async function createServerDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `tirkeu_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = await openDatabase({ url: ADMIN_URL, maxConnections: 1 });
  try {
    await sql.raw(`create database ${name}`).execute(admin.db);
  } finally {
    await admin.close();
  }
  const url = ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
  return {
    url,
    async drop() {
      const cleanup = await openDatabase({ url: ADMIN_URL, maxConnections: 1 });
      try {
        await sql.raw(`drop database if exists ${name} with (force)`).execute(cleanup.db);
      } finally {
        await cleanup.close();
      }
    },
  };
}

/**
 * The environment a CLI run needs for a fresh database on the engine (PGlite under `dir`, else a
 * throwaway server database), and how to remove it and `dir` afterwards.
 */
export async function cliDatabase(
  engine: EngineKind,
  dir: string,
): Promise<{ env: Record<string, string>; cleanup: () => Promise<void> }> {
  if (engine === 'pglite') {
    return {
      env: { TIRKEU_DATA_DIR: join(dir, 'data') },
      cleanup: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const server = await createServerDatabase();
  return {
    env: { DATABASE_URL: server.url },
    async cleanup() {
      await server.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function openTestDatabase(engine: EngineKind): Promise<TestDatabase> {
  if (engine === 'pglite') {
    const database = await openDatabase({ dataDir: 'memory://' });
    return { database, url: undefined, dispose: () => database.close() };
  }
  const server = await createServerDatabase();
  const database = await openDatabase({ url: server.url });
  return {
    database,
    url: server.url,
    async dispose() {
      await database.close();
      await server.drop();
    },
  };
}

/** A fresh database on the engine with the schema and a dataset loaded into the registries. */
export async function openLoadedDatabase(engine: EngineKind, data: RegistryDataset): Promise<TestDatabase> {
  const test = await openTestDatabase(engine);
  await migrateToLatest(test.database.db);
  await test.database.bulk((tx) => loadDataset(tx, data));
  return test;
}
