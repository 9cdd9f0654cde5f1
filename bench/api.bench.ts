// npm run bench:api — the HTTP API under load: citizens each filing a draft application and
// submitting it, which runs the registry checks and the decision on PostgreSQL with a generated
// population: the 1M persons of the database tirkeu_bench_1m as seeded by `npm run bench:decide`
// (or BENCH_DATABASE_URL), or with --persons N a population of N persons the bench seeds itself
// once (bulk mode) into tirkeu_bench_api_<N> and reuses. The server runs in its own process
// (bench/api-server.ts, as `tirkeu start` builds the service), so that this load generator does
// not share its event loop; on this machine (2 cores) they still share the CPU with PostgreSQL.
//
// Setup, not measured: VACUUM (ANALYZE) of the service tables, A applicants logged in once each by
// SMS code (the service allows three codes per IIN in 15 minutes), A dwellings chosen
// (bench/api-population.ts). Then the load, over those work items: POST /applications, then
// POST /applications/{id}/submit. Two ways to make it (issue 20, item 1):
//   open loop (--rate R): an application is due every 1/R s whatever the server does, and its
//     latency counts from when it was due (bench/open-loop.ts); the last line printed is one
//     JSON object {"rate", "achieved", "p50", "p99", "errors"} (applications/s, ms from the
//     scheduled arrival to the decision).
//   closed loop (no --rate): C clients, each filing its next application when the last is
//     answered (the first benchmark of this project; its figures are in docs/benchmarks.md).
//
// Flags (or environment):
//   --rate R         BENCH_API_RATE      open loop: R applications a second
//   --clients C      BENCH_API_CLIENTS   50 (closed loop)
//   --duration D     BENCH_API_DURATION  30 seconds measured
//   --warmup W       BENCH_API_WARMUP    3 seconds of load before measuring
//   --persons N      BENCH_API_PERSONS   the population: N persons in tirkeu_bench_api_<N>
//   --applicants A   BENCH_API_APPLICANTS 50 applicants, and as many dwellings
//   --think MS       BENCH_API_THINK     0 (closed loop): each client pauses MS ±50 % after each
//                                        application; 0 is back to back, the server saturated
//   --pool P         BENCH_API_POOL      10 (openDatabase's default): the server's connections
//   --profile        BENCH_API_PROFILE=1 the server also times queries, pool waits and COMMITs
//   --cpu-prof DIR                       a V8 CPU profile of the server process into DIR
// Applications the benchmark files stay in the database (coupon-pending or refused), as do the
// sessions, codes, audit records and notifications of its runs.
import { benchDatabaseAt, benchDatabaseExists, ensureBenchDatabase } from './bench-database.ts';
import { fork } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { z } from 'zod';
import { type Database, openDatabase } from '../src/db/database.ts';
import { dateInAstana } from '../src/domain/dates.ts';
import { seedDatabase } from '../src/population/seed-database.ts';
import { pickWorkItems, type WorkItem } from './api-population.ts';
import type { FromServer, ServerStats, ToServer } from './api-server.ts';
import { arrivalOffsets, dueUpTo, percentile, summaryLine } from './open-loop.ts';

const { values: flags } = parseArgs({
  options: {
    rate: { type: 'string' },
    clients: { type: 'string' },
    duration: { type: 'string' },
    persons: { type: 'string' },
    applicants: { type: 'string' },
    warmup: { type: 'string' },
    think: { type: 'string' },
    pool: { type: 'string' },
    profile: { type: 'boolean' },
    'cpu-prof': { type: 'string' },
  },
});
const option = (flag: string | undefined, env: string, fallback: number) => {
  const value = Number(flag ?? process.env[env] ?? fallback);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${env}: not a number: ${flag ?? process.env[env]}`);
  return value;
};
const RATE = option(flags.rate, 'BENCH_API_RATE', 0);
const OPEN = RATE > 0;
const CLIENTS = option(flags.clients, 'BENCH_API_CLIENTS', 50);
const DURATION = option(flags.duration, 'BENCH_API_DURATION', 30);
const POPULATION = option(flags.persons, 'BENCH_API_PERSONS', 0);
const APPLICANTS = option(flags.applicants, 'BENCH_API_APPLICANTS', 50);
const WARMUP = option(flags.warmup, 'BENCH_API_WARMUP', 3);
const THINK = option(flags.think, 'BENCH_API_THINK', 0);
const POOL = option(flags.pool, 'BENCH_API_POOL', 10);
const PROFILE = flags.profile === true || process.env['BENCH_API_PROFILE'] === '1';
const CPU_PROF = flags['cpu-prof'];

/** Open loop: at most this many applications in flight; a later one is counted as an error. */
const MAX_IN_FLIGHT = 2000;
/** Open loop: how long the answers to the last applications are waited for after the schedule. */
const DRAIN_SECONDS = 30;

// ---- the database: present and seeded, or a hint ----------------------------------------------
/** --persons N: a population of its own, seeded once (bulk) and reused, as bench:address does. */
async function ownPopulationUrl(persons: number): Promise<string> {
  const name = `tirkeu_bench_api_${persons}`;
  const url = await ensureBenchDatabase(name);
  const database = await openDatabase({ url, maxConnections: 4 });
  const t0 = performance.now();
  const seeded = await seedDatabase(database, { seed: 2025n, persons, bulk: true });
  if (seeded.status !== 'already-complete')
    console.error(`seeded ${persons} persons into ${name} in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  await database.close();
  return url;
}

async function benchDatabaseUrl(): Promise<string> {
  const url = process.env['BENCH_DATABASE_URL'];
  if (url) return url;
  if (POPULATION > 0) return ownPopulationUrl(POPULATION);
  if (!(await benchDatabaseExists('tirkeu_bench_1m'))) missing('the database tirkeu_bench_1m does not exist');
  return benchDatabaseAt('tirkeu_bench_1m');
}

function missing(why: string): never {
  console.error(`${why}.\nRun \`npm run bench:decide\` first: it creates tirkeu_bench_1m and seeds the 1M-person`);
  console.error('population into it once (about a minute), which this benchmark then reuses; or pass --persons N.');
  process.exit(1);
}

const url = await benchDatabaseUrl();
const setup: Database = await openDatabase({ url, maxConnections: 2 }).catch((error: unknown) =>
  missing(`cannot open the benchmark database: ${(error as Error).message}`),
);
const seeded = await sql<{ persons: number; complete: boolean }>`
  select persons, chunks_done >= chunks_total as complete from seed_runs where id = 1`
  .execute(setup.db)
  .catch(() => ({ rows: [] }));
const run = seeded.rows[0];
if (!run?.complete) {
  await setup.close();
  missing(`the database at ${setup.target} holds no complete seeded population`);
}

// ---- the server process ----------------------------------------------------------------------
const child = fork(join(import.meta.dirname, 'api-server.ts'), [], {
  env: {
    ...process.env,
    BENCH_API_URL: url,
    BENCH_API_POOL: String(POOL),
    BENCH_API_PROFILE: PROFILE ? '1' : '0',
  },
  execArgv: CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${resolve(CPU_PROF)}`] : [],
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
});
// Whatever happens here, the server does not outlive the benchmark.
process.on('exit', () => child.kill());
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

const replies: FromServer[] = [];
let waiting: (() => void) | null = null;
child.on('message', (message: FromServer) => {
  replies.push(message);
  waiting?.();
});
child.on('exit', (code) => {
  if (!stopping) {
    console.error(`the server process exited (${code}) before the benchmark finished`);
    process.exit(1);
  }
});
let stopping = false;

async function reply<T extends FromServer['type']>(type: T): Promise<Extract<FromServer, { type: T }>> {
  for (;;) {
    const i = replies.findIndex((m) => m.type === type);
    if (i >= 0) return replies.splice(i, 1)[0] as Extract<FromServer, { type: T }>;
    await new Promise<void>((resolve) => (waiting = resolve));
  }
}
async function ask<T extends FromServer['type'] & ToServer['type']>(message: ToServer & { type: T }) {
  child.send(message);
  return reply(message.type);
}

const ready = await reply('ready');
const base = `http://127.0.0.1:${ready.port}`;

// ---- HTTP: Node's fetch (undici), whose global agent keeps connections alive ------------------
/** What the benchmark reads of the API's answers; each answer has some of these fields. */
const AnswerBody = z
  .looseObject({
    challengeId: z.string(),
    token: z.string(),
    id: z.string(),
    state: z.string(),
    items: z.array(z.looseObject({ text: z.string() })),
    error: z.looseObject({ code: z.string() }),
    decision: z
      .looseObject({ outcome: z.string(), basis: z.string().nullish(), reasons: z.array(z.string()) })
      .nullable(),
  })
  .partial();
interface Answer {
  status: number;
  body: z.infer<typeof AnswerBody>;
  bytes: number;
}
async function call(method: string, path: string, body?: unknown, token?: string): Promise<Answer> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  const parsed: unknown = text ? JSON.parse(text) : {};
  return { status: response.status, body: AnswerBody.parse(parsed), bytes: text.length };
}

/** Runs `work` over `items`, at most `limit` at a time. */
async function inBatches<T, R>(items: T[], limit: number, work: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await work(items[i]!, i);
      }
    }),
  );
  return results;
}

// ---- setup: work items and logins (not measured) ---------------------------------------------
const loadBefore = loadavg()[0]!;
const today = dateInAstana(new Date());
const t0 = performance.now();
// The service tables this benchmark writes grow with every run; on a server without autovacuum
// (as this machine's) their dead rows would slow each run a little more than the last. Above all
// audit_chain: its one head row is updated by every audited change, under a lock every writer
// waits for; 1,439 dead versions of it (904 kB, scanned under that lock) took one run at 100/s
// from p99 61 ms to 1.4 s before it was vacuumed here too. A plain VACUUM leaves the table's
// pages (the trigger's scan still reads them all), so it is rewritten: one row, a moment's lock.
await sql`vacuum full audit_chain`.execute(setup.db);
await sql`vacuum (analyze) applications, audit_events, audit_chain, outbox, notifications, sessions, otp_challenges`.execute(
  setup.db,
);
const vacuumed = performance.now();
const items = await pickWorkItems(setup, APPLICANTS, today);
const picked = performance.now();
await setup.close();
const sent = await inBatches(items, 10, async (item) => {
  const r = await call('POST', '/api/v1/auth/otp', { iin: item.iin });
  if (r.status !== 200) throw new Error(`otp for ${item.iin}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body.challengeId as string;
});
const codesAsked = performance.now();
await ask({ type: 'duties' });
const codesSent = performance.now();
const tokens = await inBatches(items, 10, async (item, i) => {
  const sms = await call('GET', `/api/v1/dev/sms?phone=${encodeURIComponent(item.phone)}`);
  const code = /(\d{6})/.exec(String(sms.body?.items?.[0]?.text ?? ''))?.[1];
  // Another server on this database (a bench left running) would deliver the codes to its own sink.
  if (!code) throw new Error(`no code reached ${item.iin}: is another bench server using this database?`);
  const r = await call('POST', '/api/v1/auth/otp/verify', { iin: item.iin, challengeId: sent[i], code });
  if (r.status !== 200) throw new Error(`login of ${item.iin}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body.token as string;
});
const s = (from: number, to: number) => `${((to - from) / 1000).toFixed(1)} s`;
console.error(
  `setup: ${items.length} persons logged in, ${items.length} dwellings, in ${s(t0, performance.now())} ` +
    `(vacuum ${s(t0, vacuumed)}, choosing ${s(vacuumed, picked)}, codes ${s(picked, codesAsked)} + ` +
    `${s(codesAsked, codesSent)} to send)`,
);

// ---- the load --------------------------------------------------------------------------------
const submitLatencies: number[] = [];
const endToEnd: number[] = [];
/** Open loop: scheduled arrival → decision, and how late the load generator sent the draft. */
const fromSchedule: number[] = [];
const sendLag: number[] = [];
/** Open loop: applications answered successfully inside the measured window (whenever due). */
let answeredInWindow = 0;
const outcomes = new Map<string, number>();
const details = new Map<string, number>();
const errors = new Map<string, number>();
/** Applications completed per 5 s of the measured window: drift shows here. */
const timeline: number[] = [];
let requests = 0;
let submitBytes = 0;
const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

function machineTimes() {
  const all = cpus().map((c) => c.times);
  const sum = (pick: (t: (typeof all)[number]) => number) => all.reduce((s, t) => s + pick(t), 0);
  return {
    busy: sum((t) => t.user + t.nice + t.sys + t.irq),
    total: sum((t) => t.user + t.nice + t.sys + t.irq + t.idle),
  };
}

let measuring = false;
const deadline = performance.now() + (WARMUP + DURATION) * 1000;
let span = { at: 0, cpu: process.cpuUsage(), machine: machineTimes() };
function startMeasuring() {
  measuring = true;
  span = { at: performance.now(), cpu: process.cpuUsage(), machine: machineTimes() };
  child.send({ type: 'reset' } satisfies ToServer);
}
const warmup = WARMUP > 0 ? setTimeout(startMeasuring, WARMUP * 1000) : null;
if (!warmup) startMeasuring();

/**
 * One application: the draft, then the submission; `counted` once the warm-up is over. In the open
 * loop `due` is when the schedule wanted it sent: its latency counts from then.
 */
async function fileOne(item: WorkItem, token: string, counted: boolean, due?: number) {
  const a = performance.now();
  const body = { service: 'registration-permanent', rka: item.rka, relation: item.relation };
  const draft = await call('POST', '/api/v1/applications', body, token);
  if (counted) requests++;
  if (draft.status !== 201) throw new Error(`create ${draft.status} ${draft.body?.error?.code ?? ''}`);
  const b = performance.now();
  const done = await call('POST', `/api/v1/applications/${draft.body.id}/submit`, undefined, token);
  const z = performance.now();
  if (counted) requests++;
  if (done.status !== 200 && done.status !== 202)
    throw new Error(`submit ${done.status} ${done.body?.error?.code ?? ''}`);
  if (measuring && z - span.at <= DURATION * 1000) answeredInWindow++;
  if (!counted) return;
  submitLatencies.push(z - b);
  endToEnd.push(z - a);
  if (due !== undefined) {
    fromSchedule.push(z - due);
    sendLag.push(a - due);
  }
  const slot = Math.floor((z - span.at) / 5000);
  timeline[slot] = (timeline[slot] ?? 0) + 1;
  submitBytes += done.bytes;
  bump(outcomes, done.body.state ?? '');
  const d = done.body.decision;
  bump(details, `${item.kind} → ${done.body.state} ${d ? `${d.outcome} ${d.basis ?? d.reasons[0]}` : ''}`);
}

async function client(c: number) {
  for (let k = 0; performance.now() < deadline; k++) {
    const i = (c + k) % items.length;
    const counted = measuring;
    await fileOne(items[i]!, tokens[i]!, counted).catch((error: unknown) => {
      if (counted) bump(errors, (error as Error).message);
    });
    if (THINK > 0) await new Promise((resolve) => setTimeout(resolve, THINK * (0.5 + Math.random())));
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Open loop: every application is sent when due, however many are still unanswered (up to
 * MAX_IN_FLIGHT); one that arrives late because this process was busy is sent at once and still
 * timed from when it was due. Afterwards the last answers are awaited for DRAIN_SECONDS.
 */
async function openLoop(): Promise<number> {
  const offsets = arrivalOffsets(RATE, WARMUP + DURATION);
  const warm = Math.floor(RATE * WARMUP + 1e-9);
  const start = performance.now();
  const inFlight = new Set<Promise<void>>();
  let next = 0;
  while (next < offsets.length) {
    const upTo = dueUpTo(offsets, next, performance.now() - start);
    for (; next < upTo; next++) {
      const counted = next >= warm;
      if (inFlight.size >= MAX_IN_FLIGHT) {
        if (counted) bump(errors, `not sent: ${MAX_IN_FLIGHT} applications in flight`);
        continue;
      }
      const i = next % items.length;
      const one: Promise<void> = fileOne(items[i]!, tokens[i]!, counted, start + offsets[next]!)
        .catch((error: unknown) => {
          if (counted) bump(errors, (error as Error).message);
        })
        .finally(() => inFlight.delete(one));
      inFlight.add(one);
    }
    if (next < offsets.length) await sleep(Math.max(0, start + offsets[next]! - performance.now()));
  }
  const drained = Promise.all(inFlight).then(() => true);
  // Unref'd: once everything is answered the timer must not keep the process alive.
  const timedOut = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), DRAIN_SECONDS * 1000).unref());
  if (!(await Promise.race([drained, timedOut]))) {
    // Unanswered at the end are failures of the measured window (warm-up ones are long done).
    errors.set(`not answered ${DRAIN_SECONDS} s after the last was due`, inFlight.size);
  }
  return DURATION;
}

let seconds: number;
if (OPEN) {
  seconds = await openLoop();
} else {
  await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));
  seconds = (performance.now() - span.at) / 1000;
}
if (warmup) clearTimeout(warmup);
const elapsed = (performance.now() - span.at) / 1000;
const loadCpu = process.cpuUsage(span.cpu);
const machine = machineTimes();
const server: ServerStats = (await ask({ type: 'stats' })).stats;
stopping = true;
child.send({ type: 'stop' } satisfies ToServer);
await reply('stopped');
await new Promise<void>((resolve) => (child.exitCode === null ? child.once('exit', () => resolve()) : resolve()));

// ---- report ----------------------------------------------------------------------------------
const pct = percentile;
const format = (n: number) => Math.round(n).toLocaleString('en-US');
const table: string[][] = [];
const rows: [string, number[]][] = [
  ['submit → decision', submitLatencies],
  ['create + submit', endToEnd],
];
if (OPEN) rows.push(['due → decision', fromSchedule], ['sent late by', sendLag]);
for (const [name, values] of rows) {
  const sorted = [...values].sort((a, b) => a - b);
  table.push([
    name,
    format(sorted.length),
    format(sorted.length / seconds),
    pct(sorted, 50).toFixed(1),
    pct(sorted, 95).toFixed(1),
    pct(sorted, 99).toFixed(1),
    (sorted.at(-1) ?? NaN).toFixed(1),
  ]);
}
const header = ['measured', 'count', 'per s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms'];
const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i]!.length)));
const print = (cells: string[]) =>
  console.log(cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));

const p99 = pct(
  [...submitLatencies].sort((a, b) => a - b),
  99,
);
const mix = new Map<string, number>();
for (const item of items) bump(mix, item.kind);
console.log(
  `${OPEN ? `open loop, ${RATE} applications/s due` : `${CLIENTS} clients${THINK > 0 ? ` pausing ${THINK} ms ±50 % between applications` : ', back to back'}`}, ` +
    `${DURATION} s measured after ${WARMUP} s warm-up; ${items.length} persons and dwellings ` +
    `(${[...mix].map(([k, v]) => `${k} ${v}`).join(', ')}); server DB pool ${ready.pool}, prepared statements ${process.env['TIRKEU_PREPARED_STATEMENTS'] === 'off' ? 'off' : 'on'}`,
);
console.log(`requests/s: ${format(requests / seconds)} (${format(requests)} HTTP requests, two per application)`);
print(header);
print(widths.map((w) => '-'.repeat(w)));
for (const r of table) print(r);
console.log(
  `outcomes: ${['coupon-pending', 'refused', 'checks'].map((s) => `${s} ${format(outcomes.get(s) ?? 0)}`).join(', ')}` +
    [...outcomes]
      .filter(([s]) => !['coupon-pending', 'refused', 'checks'].includes(s))
      .map(([s, n]) => `, ${s} ${n}`)
      .join(''),
);
for (const [k, v] of [...details].sort()) console.log(`  ${k}: ${format(v)}`);
console.log(
  `errors: ${format([...errors.values()].reduce((s, n) => s + n, 0))}${[...errors].map(([k, v]) => `; ${k}: ${v}`).join('')}`,
);
console.log(
  `outbox (SMS and cabinet messages waiting for the worker): ${format(server.outbox.before)} when measuring ` +
    `started, ${format(server.outbox.after)} at the end`,
);
console.log(`applications per 5 s: ${Array.from(timeline, (n) => n ?? 0).join(' ')}`);
console.log(`submit response: ${format(submitBytes / Math.max(1, submitLatencies.length))} bytes on average`);
console.log(
  `CPU (of ${cpus().length} cores): server ${(server.cpu * 100).toFixed(0)} % of a core, load generator ` +
    `${(((loadCpu.user + loadCpu.system) / 1e6 / elapsed) * 100).toFixed(0)} %, whole machine ` +
    `${((100 * (machine.busy - span.machine.busy)) / (machine.total - span.machine.total)).toFixed(0)} % busy; ` +
    `server event-loop delay p50 ${server.eventLoopDelayMs.p50.toFixed(1)} ms, p99 ${server.eventLoopDelayMs.p99.toFixed(1)} ms, ` +
    `max ${server.eventLoopDelayMs.max.toFixed(1)} ms`,
);
if (PROFILE) {
  const pool = server.pool;
  console.log(
    `server pool: ${pool.size} connections; ${format(pool.connects)} acquisitions, ${format(pool.connectsWaited)} waited ≥ 1 ms, ` +
      `wait p50 ${pool.waitP50.toFixed(2)} ms, p99 ${pool.waitP99.toFixed(2)} ms, at most ${pool.maxWaiting} waiting`,
  );
  const commit = server.commit;
  console.log(
    `server COMMIT: ${format(commit.count)}, p50 ${commit.p50.toFixed(2)} ms, p99 ${commit.p99.toFixed(2)} ms, ` +
      `max ${commit.max.toFixed(1)} ms`,
  );
  const rows = server.routes
    .filter((r) => r.count > 0)
    .map((r) => [
      r.route,
      format(r.count),
      r.handler[0].toFixed(1),
      r.handler[1].toFixed(1),
      r.handler[2].toFixed(1),
      r.poolWaitMs.toFixed(1),
      `${r.serviceQueries.toFixed(1)} / ${r.serviceQueryMs.toFixed(1)}`,
      `${r.registryQueries.toFixed(1)} / ${r.registryQueryMs.toFixed(1)}`,
    ]);
  const head = [
    'server route',
    'count',
    'p50 ms',
    'p99 ms',
    'mean ms',
    'pool wait ms',
    'service queries / ms',
    'registry queries / ms',
  ];
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    console.log(cells.map((c, i) => (i === 0 ? c.padEnd(w[i]!) : c.padStart(w[i]!))).join('  '));
  line(head);
  line(w.map((x) => '-'.repeat(x)));
  for (const r of rows) line(r);
  console.log(
    '(per request: means; query time is summed, parallel queries overlap; it includes pool waits outside transactions)',
  );
}
const dueP99 = pct(
  [...fromSchedule].sort((a, b) => a - b),
  99,
);
console.log(
  OPEN
    ? `target p99 < 50 ms at 150 applications/s on 1M persons: ${
        RATE >= 150 && run.persons >= 1_000_000 ? (dueP99 < 50 ? 'met' : 'missed') : 'not measured by this run'
      } (due → decision p99 ${dueP99.toFixed(1)} ms at ${RATE}/s on ${format(run.persons)} persons)`
    : CLIENTS === 50
      ? `closed-loop target p99 < 50 ms at 50 clients: ${p99 < 50 ? 'met' : 'missed'} (p99 ${p99.toFixed(1)} ms` +
        `${THINK > 0 ? `, with ${THINK} ms think time` : ''})`
      : `closed-loop target p99 < 50 ms at 50 clients: not measured by this run (${CLIENTS} clients)`,
);
const loadAfter = loadavg()[0]!;
console.log(
  `machine: ${cpus().length} cores, Node ${process.version}; ${new Date().toISOString().slice(0, 10)}; ` +
    `${format(run.persons)} persons; load average (1 min) ${loadBefore.toFixed(2)} before the run, ` +
    `${loadAfter.toFixed(2)} after`,
);
if (CPU_PROF) console.log(`server CPU profile: ${resolve(CPU_PROF)}`);
if (OPEN) {
  // The last line: what scripts read (issue 20, item 1).
  const sorted = [...fromSchedule].sort((a, b) => a - b);
  console.log(
    summaryLine({
      rate: RATE,
      achieved: answeredInWindow / DURATION,
      p50: pct(sorted, 50),
      p99: pct(sorted, 99),
      errors: [...errors.values()].reduce((sum, n) => sum + n, 0),
    }),
  );
}
