// npm run bench:audit — the cost of the tamper-evident audit chain (issue 16, item 4): committed
// state-change transactions per second with N concurrent writers, with the chain trigger (after)
// and without it (before), on a throwaway database on the PostgreSQL server. Each transaction is
// shaped like a state change (services/applications/move.ts): the audit record, then an outbox
// message, then commit — so the head-row lock is held for one more statement and the commit.
// BENCH_SECONDS (default 3) per case; BENCH_WRITERS (default "1,4,16").
import { sql } from 'kysely';
import { migrateToLatest } from '../src/db/migrations/index.ts';
import { openDatabase, type Database } from '../src/db/database.ts';
import { jsonText } from '../src/db/json-column.ts';
import { recordAudit } from '../src/services/audit.ts';
import { inTransaction } from '../src/services/transaction.ts';
import { createServerDatabase } from '../test/support/engines.ts';

const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 3);
const WRITERS = (process.env['BENCH_WRITERS'] ?? '1,4,16').split(',').map(Number);
const IIN = '900701300108';

async function stateChange(database: Database, writer: number): Promise<void> {
  await inTransaction(database, async (tx) => {
    const now = new Date();
    await recordAudit(tx, now, { kind: 'citizen', iin: IIN }, { action: 'submit', from: 'draft', to: 'checks' });
    await tx
      .insertInto('outbox')
      .values({
        channel: 'cabinet',
        recipient: IIN,
        template: 'bench',
        params: jsonText({ writer }),
        created_at: now,
      })
      .execute();
  });
}

async function run(database: Database, writers: number): Promise<number> {
  const end = performance.now() + SECONDS * 1000;
  let done = 0;
  await Promise.all(
    Array.from({ length: writers }, async (_, w) => {
      while (performance.now() < end) {
        await stateChange(database, w);
        done++;
      }
    }),
  );
  return done / SECONDS;
}

/** "Before": the schema without the chain — its trigger off and its columns optional. */
async function withoutChain(database: Database): Promise<void> {
  await sql`alter table audit_events disable trigger audit_events_chain`.execute(database.db);
  await sql`alter table audit_events alter column chain_seq drop not null, alter column prev_hash drop not null,
    alter column hash drop not null`.execute(database.db);
}

const server = await createServerDatabase();
try {
  const setup = await openDatabase({ url: server.url, maxConnections: 1 });
  await migrateToLatest(setup.db);
  await setup.close();
  const results: string[] = ['| writers | before (tx/s) | after (tx/s) | cost |', '| --- | --- | --- | --- |'];
  const figures = new Map<number, { before: number; after: number }>();
  for (const writers of WRITERS) {
    const database = await openDatabase({ url: server.url, maxConnections: writers });
    await run(database, writers); // warm-up of the pool and the plans
    figures.set(writers, { before: 0, after: await run(database, writers) });
    await database.close();
  }
  const plain = await openDatabase({ url: server.url, maxConnections: 1 });
  await withoutChain(plain);
  await plain.close();
  for (const writers of WRITERS) {
    const database = await openDatabase({ url: server.url, maxConnections: writers });
    await run(database, writers);
    figures.get(writers)!.before = await run(database, writers);
    await database.close();
  }
  for (const [writers, { before, after }] of figures) {
    const cost = ((1 - after / before) * 100).toFixed(0);
    results.push(`| ${writers} | ${before.toFixed(0)} | ${after.toFixed(0)} | ${cost} % |`);
  }
  console.log(results.join('\n'));
} finally {
  await server.drop();
}
