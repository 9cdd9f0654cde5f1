// Several server processes on one port (TIRKEU_WORKERS=N, issue 16): the primary prepares what
// must be made once (schema, demo population, secret, test CA — done by start.ts before it calls
// runCluster), forks N processes that each serve HTTP and run the background worker, restarts
// one that dies, and stops them all on SIGTERM/SIGINT. Everything the processes share lives in
// PostgreSQL: sessions, throttle buckets, idempotency keys, the outbox and the checks queue
// (claimed with FOR UPDATE SKIP LOCKED), so any process may answer any request.
import cluster, { type Worker } from 'node:cluster';
import { once } from 'node:events';
import type { Config } from '../../config.ts';
import { AppError } from '../../errors.ts';
import type { Logger } from '../../log.ts';

/** PGlite is one process's embedded database: several processes need a PostgreSQL server. */
export function assertWorkersSupported(config: Config): void {
  if (config.TIRKEU_WORKERS > 1 && !config.DATABASE_URL) {
    throw new AppError('workers-need-database-server', { workers: config.TIRKEU_WORKERS });
  }
}

/** Where the service listens, on every interface; the development payment gateway is on 127.0.0.1. */
export const SERVICE_HOST = '0.0.0.0';

/** This process prepares and watches the server processes, and serves nothing itself. */
export const isClusterPrimary = (config: Config): boolean => config.TIRKEU_WORKERS > 1 && cluster.isPrimary;

/** This process is one of several servers, started by a primary that has prepared the store. */
export const isClusterWorker = (): boolean => cluster.isWorker;

/** A server process of several, stopped: its channel to the primary would keep it alive. */
export function leaveCluster(): void {
  if (cluster.isWorker) cluster.worker?.disconnect();
}

/**
 * Forks the server processes and calls `ready` with the shared port once all of them listen.
 * Resolves with the exit code when stopped by a signal (0), or when a process fails before all
 * were listening (1: a wrong setting would only fail again, so nothing is restarted then).
 */
export async function runCluster(config: Config, logger: Logger, ready: (port: number) => void): Promise<number> {
  const count = config.TIRKEU_WORKERS;
  let listening = 0;
  let started = false;
  let stopping = false;
  const done = Promise.withResolvers<number>();
  const stop = (code: number) => {
    if (stopping) return;
    stopping = true;
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    const alive = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined && !w.isDead());
    // Each process stops as `tirkeu start` does on SIGTERM: it closes its server and its pool.
    void Promise.all(
      alive.map((w) => {
        const exited = once(w, 'exit');
        w.process.kill('SIGTERM');
        return exited;
      }),
    ).then(() => done.resolve(code));
  };
  const onSignal = () => stop(0);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  cluster.on('listening', (_worker, address) => {
    // Every server a process starts is announced here — the development payment gateway's too, on
    // a port of its own (issue 17): only the service's listener counts, and its port is the one.
    if (address.address !== SERVICE_HOST) return;
    if (started || ++listening < count) return;
    started = true;
    ready(address.port);
  });
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    if (!started) return stop(1);
    // A crash (or a kill) of one process: the others go on serving, and a new one takes its place.
    logger.warn({ code: 'server-process-exited', pid: worker.process.pid, exitCode: code, signal }, 'restarting it');
    cluster.fork();
  });
  for (let i = 0; i < count; i++) cluster.fork();
  return done.promise;
}
