// Issue 16, item 6: how `tirkeu start` stops. On SIGTERM (an orchestrator's stop) /readyz turns
// 503 at once and the instance keeps serving for the drain period, so the load balancer stops
// sending it requests before it stops listening; then the listener closes, requests in flight
// finish (idle keep-alive connections are closed as they become idle), the worker's round
// finishes, and only then the trust-list reload and the database pool close. SIGINT (Ctrl-C at a
// terminal) skips the drain period but finishes in-flight work the same way.
import type { Server } from 'node:http';
import type { Lifecycle } from '../http/readiness.ts';
import type { Logger } from '../log.ts';

/** Requests still running this long after the listener closed are cut (and logged). */
const IN_FLIGHT_LIMIT_MS = 30_000;
const IDLE_SWEEP_MS = 100;

export interface RunningService {
  server: Server;
  lifecycle: Lifecycle;
  /** SIGTERM's drain period: /readyz answers 503 while requests are still served. */
  drainMs: number;
  logger: Logger;
  /** Stop the background duties, resolving once a round in progress has finished. */
  stopWorker: () => Promise<void>;
  /** Everything else to release after the last request, in order (trust reload, the pool). */
  release: Array<() => Promise<void>>;
}

function closeListener(server: Server, logger: Logger): Promise<void> {
  return new Promise((resolve) => {
    // Node closes connections idle now; a keep-alive connection busy with a request becomes
    // idle when its answer is sent, and the sweep closes it then.
    const sweep = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS);
    const limit = setTimeout(() => {
      logger.warn({ code: 'shutdown-requests-cut' }, 'requests still running at the shutdown limit were cut');
      server.closeAllConnections();
    }, IN_FLIGHT_LIMIT_MS);
    server.close(() => {
      clearInterval(sweep);
      clearTimeout(limit);
      resolve();
    });
    server.closeIdleConnections();
  });
}

/** Resolves when the service has stopped after SIGTERM or SIGINT, everything released. */
export async function untilStopped(service: RunningService): Promise<void> {
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    const stop = (received: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(received);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  service.lifecycle.draining = true;
  const drainMs = signal === 'SIGTERM' ? service.drainMs : 0;
  service.logger.info({ code: 'shutdown', signal, drainMs }, 'shutting down');
  if (drainMs > 0) await new Promise((resolve) => setTimeout(resolve, drainMs));
  await Promise.all([closeListener(service.server, service.logger), service.stopWorker()]);
  for (const release of service.release) await release();
  service.logger.info({ code: 'stopped' }, 'stopped');
}
