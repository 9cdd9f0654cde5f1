// Bulk loading with indexes and constraints built after the load (issue 20, item 2). Maintaining
// a btree on every COPYed row costs random I/O once an index outgrows the server's buffers (the
// 20.5M seed fell from 29k to under 8k persons/s that way); building it once from the finished
// table is a sort. Before the load, the primary keys, unique constraints, foreign keys and
// secondary indexes of the loaded tables are dropped, and the statements that rebuild them are
// written down in the table seed_bulk_pending in the same transaction (DDL is transactional in
// PostgreSQL), so an interrupted run knows what is still to build. Each rebuilt object is deleted
// from that list in the transaction that builds it: a crash anywhere leaves a list that is exactly
// what is missing. The list is removed when it is empty, and the catalog is then the one the
// migrations made (test/population/bulk-seed.test.ts compares them).
//
// seed_bulk_pending is bookkeeping of one unfinished load, not part of the schema: it exists only
// between the start of a bulk load and the end of its rebuild, so it has no migration and is not
// in schema.ts.
//
// CHECK and NOT NULL constraints stay: they are tested on the row in hand while it is copied (no
// index, no I/O), whereas adding them afterwards would read every table once more.
import { sql } from 'kysely';
import type { BulkTransaction, Database } from './database.ts';

export const PENDING_TABLE = 'seed_bulk_pending';

/** In the order they must be rebuilt: a foreign key needs the unique index it references. */
export type PendingPhase = 'index' | 'key' | 'foreign-key';
const PHASES: readonly PendingPhase[] = ['index', 'key', 'foreign-key'];

interface PendingRow {
  step: number;
  phase: PendingPhase;
  table_name: string;
  name: string;
  statement: string;
}

export interface RebuildProgress {
  done: number;
  total: number;
  name: string;
}

export interface RebuildOptions {
  /** Statements run at once on a server (PGlite has one session: one at a time). */
  jobs: number;
  onStep?: (progress: RebuildProgress) => void;
  /** Stop after this many statements (tests simulate a crash during the rebuild with it). */
  maxSteps?: number;
}

/** Room to sort in for each index build, unless the server is already given more. */
const MAINTENANCE_WORK_MEM_MB = 512;

/** Whether a bulk load left indexes or constraints to rebuild. */
export async function hasPendingRebuild(database: Database): Promise<boolean> {
  const r = await sql<{ pending: boolean }>`
    select to_regclass(${PENDING_TABLE}) is not null as pending`.execute(database.db);
  return r.rows[0]?.pending === true;
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Drops the primary keys, unique constraints, foreign keys (also those of other tables that point
 * at these) and indexes of `tables`, inside `tx`, and records how to rebuild them. Returns how
 * many objects are to rebuild.
 */
export async function deferIndexes(tx: BulkTransaction, tables: readonly string[]): Promise<number> {
  const keys = await tx.query<{ table_name: string; name: string; kind: 'p' | 'u'; index_def: string }>(
    `select c.conrelid::regclass::text as table_name, c.conname as name, c.contype as kind,
            pg_get_indexdef(c.conindid) as index_def
     from pg_constraint c join pg_class t on t.oid = c.conrelid
     where t.relnamespace = current_schema()::regnamespace and t.relname = any($1) and c.contype in ('p', 'u')
     order by 1, 2`,
    [tables],
  );
  const foreignKeys = await tx.query<{ table_name: string; name: string; definition: string }>(
    `select c.conrelid::regclass::text as table_name, c.conname as name, pg_get_constraintdef(c.oid) as definition
     from pg_constraint c
     join pg_class t on t.oid = c.conrelid
     join pg_class r on r.oid = c.confrelid
     where c.contype = 'f' and t.relnamespace = current_schema()::regnamespace
       and (t.relname = any($1) or r.relname = any($1))
     order by 1, 2`,
    [tables],
  );
  const indexes = await tx.query<{ table_name: string; name: string; definition: string }>(
    `select t.relname as table_name, i.relname as name, pg_get_indexdef(i.oid) as definition
     from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
     where t.relnamespace = current_schema()::regnamespace and t.relname = any($1)
       and not exists (select 1 from pg_constraint c where c.conindid = i.oid and c.conrelid = t.oid)
     order by 1, 2`,
    [tables],
  );
  await tx.query(`create table ${PENDING_TABLE} (
    step integer primary key,
    phase text not null,
    table_name text not null,
    name text not null,
    statement text not null)`);
  const rows: Omit<PendingRow, 'step'>[] = [
    ...keys.map((k) => ({ phase: 'index' as const, table_name: k.table_name, name: k.name, statement: k.index_def })),
    ...indexes.map((i) => ({
      phase: 'index' as const,
      table_name: i.table_name,
      name: i.name,
      statement: i.definition,
    })),
    ...keys.map((k) => ({
      phase: 'key' as const,
      table_name: k.table_name,
      name: k.name,
      statement: `alter table ${quote(k.table_name)} add constraint ${quote(k.name)} ${k.kind === 'p' ? 'primary key' : 'unique'} using index ${quote(k.name)}`,
    })),
    ...foreignKeys.map((f) => ({
      phase: 'foreign-key' as const,
      table_name: f.table_name,
      name: f.name,
      statement: `alter table ${quote(f.table_name)} add constraint ${quote(f.name)} ${f.definition}`,
    })),
  ];
  for (const [step, row] of rows.entries()) {
    await tx.query(
      `insert into ${PENDING_TABLE} (step, phase, table_name, name, statement) values ($1, $2, $3, $4, $5)`,
      [step, row.phase, row.table_name, row.name, row.statement],
    );
  }
  // Foreign keys first (they depend on the unique indexes), then the keys with their indexes.
  for (const f of foreignKeys) await tx.query(`alter table ${quote(f.table_name)} drop constraint ${quote(f.name)}`);
  for (const k of keys) await tx.query(`alter table ${quote(k.table_name)} drop constraint ${quote(k.name)}`);
  for (const i of indexes) await tx.query(`drop index ${quote(i.name)}`);
  return rows.length;
}

/**
 * Runs what seed_bulk_pending lists, phase by phase, up to `jobs` statements at once, largest
 * tables first; then refreshes the planner's statistics of the tables and removes the list.
 * Returns false when stopped by `maxSteps` before the end.
 */
export async function rebuildDeferred(database: Database, options: RebuildOptions): Promise<boolean> {
  const pending = (
    await sql<PendingRow & { bytes: string }>`
      select p.*, pg_total_relation_size(to_regclass(p.table_name)) as bytes
      from seed_bulk_pending p order by p.step`.execute(database.db)
  ).rows;
  const total = pending.length;
  const jobs = database.kind === 'pglite' ? 1 : Math.max(1, options.jobs);
  let done = 0;
  let started = 0;
  const run = async (row: PendingRow) => {
    await database.db.transaction().execute(async (tx) => {
      // Raise, never lower, what the server gives one index build to sort in. PGlite keeps its
      // memory in its own WebAssembly heap: left at its default there.
      if (database.kind === 'postgres' && row.phase === 'index') {
        await sql`select set_config('maintenance_work_mem', ${`${MAINTENANCE_WORK_MEM_MB}MB`}, true)
                  where pg_size_bytes(current_setting('maintenance_work_mem')) < ${MAINTENANCE_WORK_MEM_MB * 1024 * 1024}`.execute(
          tx,
        );
      }
      await sql`select set_config('synchronous_commit', 'off', true)`.execute(tx);
      await sql.raw(row.statement).execute(tx);
      await sql`delete from seed_bulk_pending where step = ${row.step}`.execute(tx);
    });
    done++;
    options.onStep?.({ done, total, name: row.name });
  };
  for (const phase of PHASES) {
    const queue = pending
      .filter((p) => p.phase === phase)
      .sort((a, b) => Number(b.bytes) - Number(a.bytes) || a.step - b.step);
    await Promise.all(
      Array.from({ length: Math.min(jobs, queue.length) }, async () => {
        for (let row = queue.shift(); row; row = queue.shift()) {
          if (options.maxSteps !== undefined && started >= options.maxSteps) return;
          started++;
          await run(row);
        }
      }),
    );
    if (options.maxSteps !== undefined && started >= options.maxSteps && done < total) return false;
  }
  const tables = [...new Set(pending.map((p) => p.table_name))];
  await Promise.all(
    Array.from({ length: Math.min(jobs, tables.length) }, async () => {
      for (let table = tables.shift(); table; table = tables.shift())
        await sql`analyze ${sql.table(table)}`.execute(database.db);
    }),
  );
  await sql`drop table seed_bulk_pending`.execute(database.db);
  return true;
}
