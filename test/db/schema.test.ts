// Issue 15, finding 5: src/db/schema.ts is what the code believes the database holds. Kysely
// trusts it blindly, so this test holds it to the database the migrations build: every table and
// column of schema.ts exists with a compatible type and the same nullability, and every column of
// the database is in schema.ts — a migration that adds a column without schema.ts fails here.
// schema.ts is types only; the TypeScript checker reads them.
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import ts from 'typescript';
import { migrateToLatest } from '../../src/db/migrations/index.ts';
import { ENGINES, openTestDatabase, type TestDatabase } from '../support/engines.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Kysely's own bookkeeping, not part of the application's schema. */
const MIGRATOR_TABLES = new Set(['kysely_migration', 'kysely_migration_lock']);

/** What a column holds as JavaScript sees it: the same words for schema.ts and for the database. */
type Kind = 'string' | 'date' | 'number' | 'boolean' | 'instant' | 'json' | 'bytes';
interface Column {
  kind: Kind;
  nullable: boolean;
}
type Columns = Map<string, Column>;

const SQL_KINDS: Record<string, Kind> = {
  bytea: 'bytes',
  text: 'string',
  character: 'string',
  'character varying': 'string',
  uuid: 'string',
  // type-parsers.ts: a date stays its 'YYYY-MM-DD' text, an IsoDate in schema.ts.
  date: 'date',
  integer: 'number',
  smallint: 'number',
  bigint: 'number',
  numeric: 'number',
  real: 'number',
  'double precision': 'number',
  boolean: 'boolean',
  'timestamp with time zone': 'instant',
  'timestamp without time zone': 'instant',
  jsonb: 'json',
  json: 'json',
};

let declaredOnce: Map<string, Columns> | undefined;
/** The selected type of each column of each table of `Schema`, read by the TypeScript checker (once: it takes seconds). */
function declaredSchema(): Map<string, Columns> {
  declaredOnce ??= readDeclaredSchema();
  return declaredOnce;
}

function readDeclaredSchema(): Map<string, Columns> {
  const file = join(ROOT, 'src', 'db', 'schema.ts');
  const config = ts.readConfigFile(join(ROOT, 'tsconfig.json'), (path) => ts.sys.readFile(path));
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const program = ts.createProgram([file], options);
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file)!;
  const exported = checker.getExportsOfModule(checker.getSymbolAtLocation(source)!);
  const schema = checker.getDeclaredTypeOfSymbol(exported.find((s) => s.name === 'Schema')!);

  // ColumnType<S, I, U> (and Generated<S>) is an object whose __select__ is what a query returns.
  const selected = (type: ts.Type): ts.Type[] =>
    (type.isUnion() ? type.types : [type]).flatMap((member) => {
      const select = member.getProperty('__select__');
      return select ? selected(checker.getTypeOfSymbol(select)) : [member];
    });
  const kindOf = (type: ts.Type, where: string): Kind => {
    const name = checker.typeToString(type);
    if (name === 'IsoDate') return 'date';
    if (name === 'Date') return 'instant';
    // bytea (the audit chain's hashes) reads as a Buffer, a Uint8Array.
    if (name.startsWith('Uint8Array') || name.startsWith('Buffer')) return 'bytes';
    if (type.flags & ts.TypeFlags.StringLike) return 'string';
    if (type.isIntersection() && type.types.some((t) => t.flags & ts.TypeFlags.StringLike)) return 'string';
    if (type.flags & ts.TypeFlags.NumberLike) return 'number';
    if (type.flags & ts.TypeFlags.BooleanLike) return 'boolean';
    if (type.flags & (ts.TypeFlags.Object | ts.TypeFlags.Unknown)) return 'json';
    throw new Error(`${where}: schema.ts type ${name} has no database counterpart here`);
  };

  const tables = new Map<string, Columns>();
  for (const table of schema.getProperties()) {
    const columns: Columns = new Map();
    for (const column of checker.getTypeOfSymbol(table).getProperties()) {
      const where = `${table.name}.${column.name}`;
      const members = selected(checker.getTypeOfSymbol(column));
      const nullable = members.some((t) => t.flags & ts.TypeFlags.Null);
      const kinds = new Set(members.filter((t) => !(t.flags & ts.TypeFlags.Null)).map((t) => kindOf(t, where)));
      assert.equal(kinds.size, 1, `${where}: one kind of value, not ${[...kinds].join(' | ')}`);
      columns.set(column.name, { kind: [...kinds][0]!, nullable });
    }
    tables.set(table.name, columns);
  }
  return tables;
}

async function databaseSchema(test: TestDatabase): Promise<Map<string, Columns>> {
  const { rows } = await sql<{ table_name: string; column_name: string; data_type: string; is_nullable: string }>`
    select table_name, column_name, data_type, is_nullable
    from information_schema.columns
    where table_schema = 'public'
    order by table_name, ordinal_position`.execute(test.database.db);
  const tables = new Map<string, Columns>();
  for (const row of rows) {
    if (MIGRATOR_TABLES.has(row.table_name)) continue;
    const kind = SQL_KINDS[row.data_type];
    assert.ok(kind, `${row.table_name}.${row.column_name}: add ${row.data_type} to SQL_KINDS`);
    const columns = tables.get(row.table_name) ?? new Map<string, Column>();
    columns.set(row.column_name, { kind, nullable: row.is_nullable === 'YES' });
    tables.set(row.table_name, columns);
  }
  return tables;
}

describe('schema.ts, as the TypeScript checker reads it', () => {
  it('declares tables with columns of one kind each', () => {
    const declared = declaredSchema();
    assert.ok(declared.size > 20, 'the Schema interface was found');
    assert.deepEqual(declared.get('applications')?.get('application_date'), { kind: 'date', nullable: false });
    assert.deepEqual(declared.get('applications')?.get('decision'), { kind: 'json', nullable: true });
  });
});

for (const engine of ENGINES) {
  describe(`schema.ts matches the database the migrations build [${engine}]`, () => {
    let test: TestDatabase;
    let declared: Map<string, Columns>;
    let actual: Map<string, Columns>;
    before(async () => {
      declared = declaredSchema();
      test = await openTestDatabase(engine);
      await migrateToLatest(test.database.db);
      actual = await databaseSchema(test);
    });
    after(() => test.dispose());

    it('has every table of the database, and no table the database lacks', () => {
      assert.deepEqual([...declared.keys()].sort(), [...actual.keys()].sort());
    });

    it('has every column of every table, and no column the database lacks', () => {
      const missing: string[] = [];
      for (const [table, columns] of actual) {
        for (const name of columns.keys()) {
          if (!declared.get(table)?.has(name)) missing.push(`${table}.${name} is not in schema.ts`);
        }
        for (const name of declared.get(table)?.keys() ?? []) {
          if (!columns.has(name)) missing.push(`${table}.${name} is not in the database`);
        }
      }
      assert.deepEqual(missing, []);
    });

    it('gives every column a type that holds what the database returns, with its nullability', () => {
      const wrong: string[] = [];
      for (const [table, columns] of actual) {
        for (const [name, column] of columns) {
          const typed = declared.get(table)?.get(name);
          if (typed && (typed.kind !== column.kind || typed.nullable !== column.nullable)) {
            const shown = (c: Column) => `${c.kind}${c.nullable ? ' | null' : ''}`;
            wrong.push(`${table}.${name}: schema.ts ${shown(typed)}, the database ${shown(column)}`);
          }
        }
      }
      assert.deepEqual(wrong, []);
    });
  });
}
