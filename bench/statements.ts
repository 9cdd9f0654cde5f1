// node bench/statements.ts — how many SQL statements one application costs (POST /applications
// and POST /applications/{id}/submit), counted at the driver: every round trip of `pg`, BEGIN and
// COMMIT included, which a Kysely plugin would not see. Runs in one process, one request at a
// time, over the work items of bench:api on the 1M population in tirkeu_bench_1m (or
// BENCH_DATABASE_URL). Sessions are opened directly (no SMS code), so no code quota is used.
// The applications it files stay in the database, as those of bench:api do.
//
// Flags: --items N (10), --verbose (print each statement of the first item of every kind).
import { issueTestSeal } from '../src/services/certificates/seal.ts';
import { createTestCa } from '../src/services/signatures/test-ca.ts';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrations/index.ts';
import { dateInAstana } from '../src/domain/dates.ts';
import { createApp } from '../src/http/app.ts';
import { createLogger } from '../src/log.ts';
import { resilientRegistries } from '../src/registries/resilient.ts';
import { createSqlRegistries } from '../src/registries/sql/index.ts';
import { openSession } from '../src/services/auth/sessions.ts';
import { systemClock } from '../src/services/clock.ts';
import { DEFAULT_SETTINGS, type ServiceContext } from '../src/services/context.ts';
import { DevSmsSink } from '../src/services/messaging/sms-gateway.ts';
import { trustStoreOf } from '../src/services/signatures/trust-store.ts';
import { benchDatabaseAt } from './bench-database.ts';
import { pickWorkItems } from './api-population.ts';

const { values: flags } = parseArgs({
  options: { items: { type: 'string' }, verbose: { type: 'boolean' } },
});
const ITEMS = Number(flags.items ?? 10);
const url = process.env['BENCH_DATABASE_URL'] ?? benchDatabaseAt('tirkeu_bench_1m');

// Every statement sent by any pooled client, with its text (first word is enough to classify).
let statements: string[] = [];
type Query = (this: pg.Client, ...args: unknown[]) => unknown;
const query = Reflect.get(pg.Client.prototype, 'query') as Query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  const first = args[0];
  const text = typeof first === 'string' ? first : ((first as { text?: string } | undefined)?.text ?? '?');
  statements.push(text.replace(/\s+/g, ' ').trim());
  return query.apply(this, args);
} as typeof pg.Client.prototype.query;

const database = await openDatabase({ url, maxConnections: 10 });
// As bench/api-server.ts does: the service's schema at its latest version.
await migrateToLatest(database.db);
const ctx: ServiceContext = {
  database,
  registries: resilientRegistries(createSqlRegistries(database.db)),
  clock: systemClock,
  trust: trustStoreOf({ anchors: [] }),
  sms: new DevSmsSink(),
  settings: DEFAULT_SETTINGS,
  secret: randomBytes(32),
  // No certificates are issued in this benchmark: a throwaway seal.
  seal: await issueTestSeal(await createTestCa()),
};
const app = createApp({ database, logger: createLogger('silent'), service: { ctx, devSms: false } });

async function call(method: string, path: string, token: string, body?: unknown) {
  statements = [];
  const response = await app.fetch(
    new Request(`http://bench.local${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    }),
  );
  const json = (await response.json()) as { id: string; state: string; error?: { code: string } };
  if (response.status >= 300 && response.status !== 202) throw new Error(`${path}: ${json.error?.code}`);
  return { json, statements };
}

const kinds = (list: string[]) => {
  const by = new Map<string, number>();
  for (const s of list) {
    const word = s.split(' ')[0]!.toLowerCase();
    by.set(word, (by.get(word) ?? 0) + 1);
  }
  return [...by].map(([k, n]) => `${k} ${n}`).join(', ');
};

const items = await pickWorkItems(database, ITEMS, dateInAstana(new Date()));
const seen = new Set<string>();
let createTotal = 0;
let submitTotal = 0;
console.log('kind              outcome         create  submit  total   (submit by first word)');
for (const item of items) {
  const { token } = await openSession(ctx, item.iin, 'otp');
  const body = { service: 'registration-permanent', rka: item.rka, relation: item.relation };
  const created = await call('POST', '/api/v1/applications', token, body);
  const submitted = await call('POST', `/api/v1/applications/${created.json.id}/submit`, token);
  createTotal += created.statements.length;
  submitTotal += submitted.statements.length;
  console.log(
    `${item.kind.padEnd(17)} ${submitted.json.state.padEnd(15)} ${String(created.statements.length).padStart(6)}` +
      `  ${String(submitted.statements.length).padStart(6)}  ${String(created.statements.length + submitted.statements.length).padStart(5)}` +
      `   (${kinds(submitted.statements)})`,
  );
  if (flags.verbose && !seen.has(item.kind)) {
    seen.add(item.kind);
    for (const s of [...created.statements, '--- submit', ...submitted.statements])
      console.log(`    ${s.slice(0, 150)}`);
  }
}
console.log(
  `mean per application: create ${(createTotal / items.length).toFixed(1)}, submit ${(submitTotal / items.length).toFixed(1)}, ` +
    `total ${((createTotal + submitTotal) / items.length).toFixed(1)} (${items.length} items)`,
);
await database.close();
