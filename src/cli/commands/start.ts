import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/database.ts';
import { migrateToLatest } from '../../db/migrations/index.ts';
import { AppError } from '../../errors.ts';
import { createApp } from '../../http/app.ts';
import type { Lifecycle } from '../../http/readiness.ts';
import { untilStopped } from '../graceful-shutdown.ts';
import { createLogger } from '../../log.ts';
import { parseFlags } from '../args.ts';
import { assertReplicaSupported, openConfiguredDatabase, openReplicaDatabase } from '../database-from-env.ts';
import type { Io } from '../output.ts';
import { seedWithProgress } from './seed.ts';
import { dateInAstana } from '../../domain/dates.ts';
import { type DemoPerson, findDemoPeople } from '../../population/demo-people.ts';
import { withFailureLog } from '../../services/messaging/sms-failure-log.ts';
import { startWorker } from '../../services/worker.ts';
import { expiredCrlIssuers, startTrustReload } from '../../services/signatures/trust-reload.ts';
import { serviceFromEnv, trustDirOf } from '../service-from-env.ts';
import { paymentModeOf, paymentsFromEnv } from '../payments-from-env.ts';
import { demoText } from '../demo-text.ts';
import {
  assertWorkersSupported,
  isClusterPrimary,
  isClusterWorker,
  leaveCluster,
  runCluster,
  SERVICE_HOST,
} from './start-cluster.ts';
import { assertSafeForProduction, isProduction } from '../../production-policy.ts';
import { parseTrustProxy } from '../../trust-proxy.ts';

/** A demo population only into an empty store, or to finish one this command started. */
async function seedDemoIfEmpty(io: Io, database: Database, config: Config): Promise<void> {
  const run = await database.db.selectFrom('seed_runs').select('id').executeTakeFirst();
  const hasPersons = await database.db.selectFrom('persons').select('iin').limit(1).executeTakeFirst();
  if (!run && hasPersons) return;
  await seedWithProgress(io, database, {
    seed: BigInt(config.TIRKEU_DEMO_SEED),
    persons: config.TIRKEU_DEMO_PERSONS,
  }).catch((error) => {
    // A store seeded with other parameters is left as it is: the service still starts.
    if (!(error instanceof AppError && error.code === 'target-not-empty')) throw error;
  });
}

/** The schema brought up to date and, in development, the demo population: once per start. */
async function prepareStore(io: Io, config: Config, production: boolean): Promise<Database> {
  const database = await openConfiguredDatabase(config);
  try {
    await migrateToLatest(database.db);
    // Production serves whatever the database holds (the real registries' data), never a demo.
    // A server process of several finds it done by the primary.
    if (!production && !isClusterWorker()) await seedDemoIfEmpty(io, database, config);
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}

function announce(io: Io, config: Config, target: string, demo: DemoPerson[], port: number): void {
  const processes = config.TIRKEU_WORKERS > 1 ? `, ${config.TIRKEU_WORKERS} processes` : '';
  if (isProduction(config)) {
    io.stdout(`Tirkeu is running on port ${port} for ${config.TIRKEU_PUBLIC_URL} (database: ${target}${processes})\n`);
  } else {
    io.stdout(`Tirkeu is running at http://localhost:${port}/ (database: ${target}${processes})\n`);
    io.stdout(demoText(demo, port));
  }
}

export async function startCommand(args: string[], io: Io, config: Config): Promise<number> {
  const { positionals } = parseFlags(args, {});
  if (positionals.length > 0) throw new AppError('invalid-arguments', { detail: `unexpected "${positionals[0]}"` });
  // Before anything is opened or created: production starts safe or not at all.
  assertSafeForProduction(config);
  assertWorkersSupported(config);
  assertReplicaSupported(config);
  paymentModeOf(config);
  const production = isProduction(config);
  const logger = createLogger(config.LOG_LEVEL);
  if (isClusterPrimary(config)) {
    // What several processes must not each make: the schema, the demo, the secret, the test CA.
    const database = await prepareStore(io, config, production);
    const demo = await serviceFromEnv(config, database)
      .then(() => (production ? [] : findDemoPeople(database, dateInAstana(new Date()))))
      .finally(() => database.close());
    return runCluster(config, logger, (port) => announce(io, config, database.target, demo, port));
  }
  const database = await prepareStore(io, config, production);
  const replica = await openReplicaDatabase(config);
  const ctx = await serviceFromEnv(config, database, replica);
  // The dev sink never fails (and the /dev pages need it unwrapped).
  if (config.TIRKEU_SMS !== 'dev') ctx.sms = withFailureLog(ctx.sms, logger);
  const trustDir = await trustDirOf(config);
  const demo = production || isClusterWorker() ? [] : await findDemoPeople(database, dateInAstana(new Date()));
  const lifecycle: Lifecycle = { draining: false };
  const app = createApp({
    database,
    logger,
    service: { ctx, devSms: config.TIRKEU_SMS === 'dev', production },
    trustProxy: parseTrustProxy(config.TIRKEU_TRUST_PROXY),
    lifecycle,
  });
  // Revocation without restart (issue 14): the trust list is re-read on a schedule and when its
  // files change; a failed read keeps the last good list and is logged by its code only.
  const warnExpired = () => {
    const issuers = expiredCrlIssuers(ctx.trust, ctx.clock.now());
    if (issuers.length > 0) logger.warn({ code: 'crl-expired', issuers }, 'CRL past its nextUpdate');
  };
  warnExpired();
  const trustReload = startTrustReload({
    dir: trustDir,
    intervalMs: config.TIRKEU_TRUST_RELOAD_SECONDS * 1000,
    watch: true,
    onLoad: (store) => {
      ctx.trust = store;
      warnExpired();
    },
    onError: (error) =>
      logger.warn(
        error instanceof AppError
          ? { code: 'trust-reload-failed', cause: error.code, ...error.params }
          : { code: 'trust-reload-failed', cause: (error as Error).name },
        'trust list not reloaded; the previous one stays in use',
      ),
  });
  // Background duties, including the retention purge.
  const stopWorker = startWorker(
    ctx,
    2000,
    async () => {},
    (error) => logger.error({ kind: (error as Error).name }, 'background duties failed'),
  );
  const server = serve({ fetch: app.fetch, port: config.PORT, hostname: SERVICE_HOST });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  // Issue 17: payments once the port is known — the development gateway posts its callbacks to
  // this process on this machine; until then a payment is answered 'payments-unavailable'.
  const payments = await paymentsFromEnv(config, `http://127.0.0.1:${port}`);
  ctx.payments = payments.payments;
  // One of several processes: the primary announces them all once.
  if (!isClusterWorker()) announce(io, config, database.target, demo, port);
  await untilStopped({
    server: server as Server,
    lifecycle,
    drainMs: (config.TIRKEU_SHUTDOWN_DRAIN_SECONDS ?? (production ? 5 : 0)) * 1000,
    logger,
    stopWorker,
    // leaveCluster last: a server process that left before its pool closed would never exit.
    release: [
      () => trustReload.stop(),
      () => payments.close(),
      async () => replica?.close(),
      () => database.close(),
      async () => leaveCluster(),
    ],
  });
  return 0;
}
