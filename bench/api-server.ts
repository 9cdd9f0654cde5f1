// The server half of `npm run bench:api`, run in its own process (child_process.fork) so that the
// load generator does not share its event loop: the e-service as `tirkeu start` builds it (SQL
// registries with resilience, the background worker every 2 s, the dev SMS sink) on the 1M
// database, served by @hono/node-server. It talks to the bench over the IPC channel only:
// 'ready' once it listens, and on request runs the duties (sends the login codes), resets and
// reports its own measurements, and stops.
// Usage (by api.bench.ts): BENCH_API_URL=postgres://… BENCH_API_POOL=10 [BENCH_API_PROFILE=1]
//   [TIRKEU_PREPARED_STATEMENTS=off]
import { issueTestSeal } from '../src/services/certificates/seal.ts';
import { createTestCa } from '../src/services/signatures/test-ca.ts';
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { serve } from '@hono/node-server';
import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  UnknownRow,
} from 'kysely';
import pg from 'pg';
import { openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrations/index.ts';
import { createApp } from '../src/http/app.ts';
import { createLogger } from '../src/log.ts';
import { resilientRegistries } from '../src/registries/resilient.ts';
import { createSqlRegistries } from '../src/registries/sql/index.ts';
import { systemClock } from '../src/services/clock.ts';
import { DEFAULT_SETTINGS, type ServiceContext } from '../src/services/context.ts';
import { DevSmsSink } from '../src/services/messaging/sms-gateway.ts';
import { trustStoreOf } from '../src/services/signatures/trust-store.ts';
import { runDuties, startWorker } from '../src/services/worker.ts';

/** Messages from the bench to the server. */
export type ToServer = { type: 'duties' } | { type: 'reset' } | { type: 'stats' } | { type: 'stop' };

/** What the server measured per route since the last reset (profile mode only, except count). */
export interface RouteStats {
  route: string;
  count: number;
  /** Time inside app.fetch, in ms: [p50, p99, mean]. */
  handler: [number, number, number];
  /** Per request, means: queries issued by the service itself and by the registry ports. */
  serviceQueries: number;
  registryQueries: number;
  /** Per request, means in ms: summed query time (queries may overlap), pool wait. */
  serviceQueryMs: number;
  registryQueryMs: number;
  poolWaitMs: number;
}

export interface ServerStats {
  /** Seconds since the last reset. */
  seconds: number;
  /** Server process CPU, as a share of one core. */
  cpu: number;
  eventLoopDelayMs: { p50: number; p99: number; max: number };
  pool: {
    size: number;
    connectsWaited: number;
    connects: number;
    waitP50: number;
    waitP99: number;
    maxWaiting: number;
  };
  /** COMMIT round trips, ms (profile mode): the WAL flush. */
  commit: { count: number; p50: number; p99: number; max: number };
  /** Messages waiting in the outbox when measuring started and when it ended. */
  outbox: { before: number; after: number };
  routes: RouteStats[];
}

/** Messages from the server to the bench. */
export type FromServer =
  | { type: 'ready'; port: number; pool: number; migrated: string[] }
  | { type: 'duties'; sent: number }
  | { type: 'reset' }
  | { type: 'stats'; stats: ServerStats }
  | { type: 'stopped' };

const url = process.env['BENCH_API_URL'];
const poolSize = Number(process.env['BENCH_API_POOL'] ?? 10);
const profile = process.env['BENCH_API_PROFILE'] === '1';
if (!url || !process.send) throw new Error('api-server.ts is started by bench/api.bench.ts');
const send = (message: FromServer) => process.send!(message);

// ---- measurements ----------------------------------------------------------------------------
const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

interface RouteAcc {
  handler: number[];
  serviceQueries: number;
  registryQueries: number;
  serviceQueryMs: number;
  registryQueryMs: number;
  poolWaitMs: number;
}
let routes = new Map<string, RouteAcc>();
let poolWaits: number[] = [];
let commits: number[] = [];
let connects = 0;
let maxWaiting = 0;
const request = new AsyncLocalStorage<RouteAcc>();
const eventLoop = monitorEventLoopDelay({ resolution: 1 });
eventLoop.enable();
let since = { at: performance.now(), cpu: process.cpuUsage() };

function reset() {
  routes = new Map();
  poolWaits = [];
  commits = [];
  connects = 0;
  maxWaiting = 0;
  eventLoop.reset();
  since = { at: performance.now(), cpu: process.cpuUsage() };
}

function accOf(route: string): RouteAcc {
  let acc = routes.get(route);
  if (!acc) {
    acc = { handler: [], serviceQueries: 0, registryQueries: 0, serviceQueryMs: 0, registryQueryMs: 0, poolWaitMs: 0 };
    routes.set(route, acc);
  }
  return acc;
}

if (profile) {
  // How long each request waits for a pooled connection: Kysely asks pg.Pool#connect() for every
  // query outside a transaction and once per transaction.
  type Connect = (this: pg.Pool) => Promise<pg.PoolClient>;
  const connect = Reflect.get(pg.Pool.prototype, 'connect') as Connect;
  pg.Pool.prototype.connect = function (this: pg.Pool, ...args: unknown[]) {
    if (args.length > 0) return (connect as (...a: unknown[]) => unknown).apply(this, args);
    maxWaiting = Math.max(maxWaiting, this.waitingCount);
    const t0 = performance.now();
    return connect.call(this).then((client) => {
      const waited = performance.now() - t0;
      connects++;
      poolWaits.push(waited);
      const acc = request.getStore();
      if (acc) acc.poolWaitMs += waited;
      return client;
    });
  } as typeof pg.Pool.prototype.connect;

  // How long COMMIT takes (the WAL flush): a slow disk stalls every connection that commits.
  type Query = (this: pg.Client, ...args: unknown[]) => unknown;
  const query = Reflect.get(pg.Client.prototype, 'query') as Query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const result = query.apply(this, args);
    if (args[0] !== 'commit' || !(result instanceof Promise)) return result;
    const t0 = performance.now();
    return result.then((value: unknown) => {
      commits.push(performance.now() - t0);
      return value;
    });
  } as typeof pg.Client.prototype.query;
}

/** Counts and times the queries of one origin (the service's own, or the registry ports'). */
function timing(origin: 'service' | 'registry'): KyselyPlugin {
  const started = new WeakMap<object, number>();
  return {
    transformQuery(args: PluginTransformQueryArgs) {
      started.set(args.queryId, performance.now());
      return args.node;
    },
    async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
      const t0 = started.get(args.queryId);
      const acc = request.getStore();
      if (t0 !== undefined && acc) {
        if (origin === 'service') {
          acc.serviceQueries++;
          acc.serviceQueryMs += performance.now() - t0;
        } else {
          acc.registryQueries++;
          acc.registryQueryMs += performance.now() - t0;
        }
      }
      return args.result;
    },
  };
}

// ---- the service -----------------------------------------------------------------------------
// As `tirkeu start` reads it: TIRKEU_PREPARED_STATEMENTS=off sends every statement unprepared.
const database = await openDatabase({
  url,
  maxConnections: poolSize,
  preparedStatements: process.env['TIRKEU_PREPARED_STATEMENTS'] !== 'off',
});
const migrated = await migrateToLatest(database.db);
const serviceDb = profile ? database.db.withPlugin(timing('service')) : database.db;
const registryDb = profile ? database.db.withPlugin(timing('registry')) : database.db;
const sms = new DevSmsSink(10_000);
const ctx: ServiceContext = {
  database: { ...database, db: serviceDb },
  registries: resilientRegistries(createSqlRegistries(registryDb)),
  clock: systemClock,
  // No certificate logins or signatures in this benchmark: an empty trust list.
  trust: trustStoreOf({ anchors: [] }),
  sms,
  // The bench is one client address logging in 50 people and filing thousands of applications
  // for each within minutes: the abuse limits (issue 14: per-address code and login budgets, 30
  // online applications per person a day) would refuse it. They are lifted here; the queries
  // that check them still run, so their cost is measured.
  settings: {
    ...DEFAULT_SETTINGS,
    applicationsPerDay: Number.MAX_SAFE_INTEGER,
    addressBudgets: {
      codeRequests: { burst: 1_000_000, everySeconds: 0.001 },
      codeGuesses: { burst: 1_000_000, everySeconds: 0.001 },
      logins: { burst: 1_000_000, everySeconds: 0.001 },
    },
  },
  secret: randomBytes(32),
  // No certificates are issued in this benchmark: a throwaway seal.
  seal: await issueTestSeal(await createTestCa()),
};
const app = createApp({ database, logger: createLogger('error'), service: { ctx, devSms: true } });
const stopWorker = startWorker(
  ctx,
  2000,
  async () => {},
  (error) => console.error(`background duties failed: ${(error as Error).name}`),
);

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const fetch = profile
  ? async (req: Request, env: unknown) => {
      const route = `${req.method} ${new URL(req.url).pathname.replace(UUID, '{id}')}`;
      const acc = accOf(route);
      const t0 = performance.now();
      const response = await request.run(acc, () => app.fetch(req, env));
      acc.handler.push(performance.now() - t0);
      return response;
    }
  : (req: Request, env: unknown) => {
      accOf(`${req.method} ${new URL(req.url).pathname.replace(UUID, '{id}')}`).handler.push(0);
      return app.fetch(req, env);
    };

const server = serve({ fetch, port: 0, hostname: '127.0.0.1' });
await new Promise<void>((resolve, reject) => {
  server.once('listening', resolve);
  server.once('error', reject);
});
const address = server.address();
send({
  type: 'ready',
  port: typeof address === 'object' && address ? address.port : 0,
  pool: poolSize,
  migrated: migrated.applied,
});

/** Messages not yet sent (the partial index outbox_unsent). */
async function unsent(channel?: 'sms'): Promise<number> {
  let query = database.db
    .selectFrom('outbox')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('sent_at', 'is', null)
    .where('attempts', '<', 10);
  if (channel) query = query.where('channel', '=', channel);
  return Number((await query.executeTakeFirstOrThrow()).n);
}
let outboxBefore = 0;

async function stats(): Promise<ServerStats> {
  const seconds = (performance.now() - since.at) / 1000;
  const cpu = process.cpuUsage(since.cpu);
  const waits = [...poolWaits].sort((a, b) => a - b);
  const commitTimes = [...commits].sort((a, b) => a - b);
  return {
    seconds,
    cpu: (cpu.user + cpu.system) / 1e6 / seconds,
    eventLoopDelayMs: {
      p50: eventLoop.percentile(50) / 1e6,
      p99: eventLoop.percentile(99) / 1e6,
      max: eventLoop.max / 1e6,
    },
    pool: {
      size: poolSize,
      connects,
      connectsWaited: waits.filter((w) => w >= 1).length,
      waitP50: percentile(waits, 50),
      waitP99: percentile(waits, 99),
      maxWaiting,
    },
    commit: {
      count: commitTimes.length,
      p50: percentile(commitTimes, 50),
      p99: percentile(commitTimes, 99),
      max: commitTimes.at(-1) ?? 0,
    },
    outbox: { before: outboxBefore, after: await unsent() },
    routes: [...routes].map(([route, acc]) => {
      const handler = [...acc.handler].sort((a, b) => a - b);
      const n = Math.max(1, handler.length);
      return {
        route,
        count: handler.length,
        handler: [percentile(handler, 50), percentile(handler, 99), handler.reduce((s, x) => s + x, 0) / n],
        serviceQueries: acc.serviceQueries / n,
        registryQueries: acc.registryQueries / n,
        serviceQueryMs: acc.serviceQueryMs / n,
        registryQueryMs: acc.registryQueryMs / n,
        poolWaitMs: acc.poolWaitMs / n,
      };
    }),
  };
}

// The bench is gone (killed, crashed): so is its server.
let stopping = false;
process.once('disconnect', () => {
  if (!stopping) process.exit(1);
});

process.on('message', (message: ToServer) => {
  void (async () => {
    switch (message.type) {
      case 'duties': {
        // Until every SMS is out: the login codes may queue behind a backlog of notifications,
        // and a round finds nothing while the background worker holds the rows.
        let sent = 0;
        const until = performance.now() + 60_000;
        while ((await unsent('sms')) > 0 && performance.now() < until) {
          const report = await runDuties(ctx);
          sent += report.sent;
          if (report.sent === 0) await new Promise((resolve) => setTimeout(resolve, 50));
        }
        send({ type: 'duties', sent });
        break;
      }
      case 'reset':
        reset();
        outboxBefore = await unsent();
        send({ type: 'reset' });
        break;
      case 'stats':
        send({ type: 'stats', stats: await stats() });
        break;
      case 'stop':
        stopping = true;
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          // Keep-alive sockets of the bench would hold close() open.
          if ('closeAllConnections' in server) server.closeAllConnections();
        });
        await stopWorker();
        await database.close();
        eventLoop.disable();
        send({ type: 'stopped' });
        process.disconnect();
        break;
    }
  })().catch((error: unknown) => {
    console.error('bench api-server:', error);
    process.exit(1);
  });
});
