// Issue 20: statements reach a PostgreSQL server as named prepared statements, parsed once per
// connection (src/db/prepared-statements.ts); TIRKEU_PREPARED_STATEMENTS=off sends them unnamed.
// Server only: PGlite has no network protocol to prepare over.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { type Database, openDatabase } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrations/index.ts';
import { MAX_NAMED_STATEMENTS, namedStatementCount, statementName } from '../../src/db/prepared-statements.ts';
import { createServerDatabase, ENGINES } from '../support/engines.ts';

const onServer = ENGINES.includes('postgres');

/** The statements prepared on the pool's one connection, by name. */
async function prepared(database: Database): Promise<Map<string, string>> {
  const rows = await sql<{ name: string; statement: string }>`
    select name, statement from pg_prepared_statements`.execute(database.db);
  return new Map(rows.rows.map((r) => [r.name, r.statement]));
}

describe('prepared statements (issue 20)', { skip: !onServer && 'no PostgreSQL server in this run' }, () => {
  let server: Awaited<ReturnType<typeof createServerDatabase>>;
  before(async () => {
    server = await createServerDatabase();
    const database = await openDatabase({ url: server.url, maxConnections: 1 });
    await migrateToLatest(database.db);
    await database.close();
  });
  after(() => server.drop());

  it('prepares a statement with parameters once per connection and reuses it', async () => {
    const database = await openDatabase({ url: server.url, maxConnections: 1 });
    try {
      const find = (iin: string) => database.db.selectFrom('persons').select('iin').where('iin', '=', iin).execute();
      assert.deepEqual(await find('000000000001'), []);
      const first = await prepared(database);
      const named = [...first].filter(([, text]) => text.includes('from "persons"'));
      assert.equal(named.length, 1, 'the lookup is prepared under one name');
      const [name] = named[0]!;
      assert.match(name, /^tirkeu_\d+$/);
      // The same statement with other values: no second preparation.
      assert.deepEqual(await find('000000000002'), []);
      assert.deepEqual(await prepared(database), first);
    } finally {
      await database.close();
    }
  });

  it('gives every connection the same name for the same text, and answers as unprepared', async () => {
    const on = await openDatabase({ url: server.url, maxConnections: 1 });
    const off = await openDatabase({ url: server.url, maxConnections: 1, preparedStatements: false });
    try {
      const query = (db: Database) =>
        sql<{ n: number; s: string }>`select ${41}::int + 1 as n, ${'kk'}::text as s`.execute(db.db);
      assert.deepEqual((await query(on)).rows, (await query(off)).rows);
      assert.deepEqual((await query(on)).rows, [{ n: 42, s: 'kk' }]);
      assert.equal([...(await prepared(on)).values()].filter((t) => t.includes('::int + 1')).length, 1);
      assert.equal((await prepared(off)).size, 0, 'TIRKEU_PREPARED_STATEMENTS=off prepares nothing');
    } finally {
      await on.close();
      await off.close();
    }
  });

  it('leaves statements without parameters, COPY and transactions as they were', async () => {
    const database = await openDatabase({ url: server.url, maxConnections: 1 });
    try {
      await sql`create table probe (k text primary key, v int)`.execute(database.db);
      await database.bulk(async (tx) => {
        await tx.copy('probe', ['k', 'v'], 'one\t1\ntwo\t2\n');
        await tx.query('select 1');
      });
      const row = await sql<{ v: number }>`select v from probe where k = ${'two'}`.execute(database.db);
      assert.deepEqual(row.rows, [{ v: 2 }]);
      const texts = [...(await prepared(database)).values()];
      assert.ok(!texts.some((t) => /^(begin|commit|select 1)$/i.test(t.trim())), texts.join('\n'));
    } finally {
      await database.close();
    }
  });

  it('keeps working after a failed statement in a transaction', async () => {
    const database = await openDatabase({ url: server.url, maxConnections: 1 });
    try {
      await assert.rejects(
        database.db.transaction().execute(async (trx) => {
          await sql`select ${1}::int / ${0}::int`.execute(trx);
        }),
        /division by zero/,
      );
      const again = await sql<{ q: number }>`select ${6}::int / ${3}::int as q`.execute(database.db);
      assert.deepEqual(again.rows, [{ q: 2 }]);
    } finally {
      await database.close();
    }
  });
});

describe('the cap on named statements', () => {
  it('names each text once and stops naming new texts at the cap', () => {
    const a = statementName('select $1 /* cap test a */');
    assert.equal(statementName('select $1 /* cap test a */'), a);
    for (let i = namedStatementCount(); i < MAX_NAMED_STATEMENTS; i++) statementName(`select $1 /* filler ${i} */`);
    assert.equal(namedStatementCount(), MAX_NAMED_STATEMENTS);
    assert.equal(statementName('select $1 /* one too many */'), undefined);
    assert.equal(statementName('select $1 /* cap test a */'), a, 'a named text keeps its name');
  });
});
