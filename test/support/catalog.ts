// What the catalog says the schema is, as plain sorted rows: tables, columns (type, nullability,
// default — what test/db/schema.test.ts holds schema.ts to), indexes with their definitions and
// constraints with theirs. Two databases with equal snapshots have the same schema.
import { sql } from 'kysely';
import type { Database } from '../../src/db/database.ts';

export interface CatalogSnapshot {
  tables: string[];
  columns: string[];
  indexes: string[];
  constraints: string[];
}

export async function catalogSnapshot(database: Database): Promise<CatalogSnapshot> {
  const lines = async (query: ReturnType<typeof sql<{ line: string }>>) =>
    (await query.execute(database.db)).rows.map((r) => r.line).sort();
  return {
    tables: await lines(sql`
      select table_name as line from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE'`),
    columns: await lines(sql`
      select concat_ws(' | ', table_name, column_name, data_type, is_nullable, column_default, is_identity) as line
      from information_schema.columns where table_schema = current_schema()`),
    indexes: await lines(sql`
      select concat_ws(' | ', tablename, indexname, indexdef) as line from pg_indexes
      where schemaname = current_schema()`),
    constraints: await lines(sql`
      select concat_ws(' | ', conrelid::regclass::text, conname, contype, pg_get_constraintdef(oid), convalidated) as line
      from pg_constraint where connamespace = current_schema()::regnamespace`),
  };
}
