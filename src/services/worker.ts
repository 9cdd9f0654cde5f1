// Background duties of the service, run by a timer in the server and called directly by tests:
// retry checks that waited for a registry, expire overdue consents, release results whose
// additional payment arrived (004 L1 r.8, issue 17), send the outbox, and purge what is past its
// retention period (issue 14).
import type { ServiceContext } from './context.ts';
import { retryDueChecks } from './applications/checks.ts';
import { releasePaidResults } from './case-results/release.ts';
import { expireOverdueConsents } from './applications/expiry.ts';
import { dispatchOutbox } from './messaging/outbox.ts';
import { type PurgeReport, purgeExpired } from './retention.ts';

export interface TickReport {
  retried: number;
  expired: number;
  /** Held results released because their payment arrived (a release that failed after the report). */
  released: number;
  sent: number;
  purged: PurgeReport;
}

export async function runDuties(ctx: ServiceContext): Promise<TickReport> {
  const retried = await retryDueChecks(ctx);
  const expired = await expireOverdueConsents(ctx);
  const released = await releasePaidResults(ctx);
  const { sent } = await dispatchOutbox(ctx.database, ctx.registries, ctx.sms, () => ctx.clock.now());
  // Last: sending comes first, and a sent message is kept for days anyway.
  const purged = await purgeExpired(ctx);
  return { retried, expired, released, sent, purged };
}

/**
 * Runs the duties every `intervalMs` until stopped, one round at a time; a failed round is
 * reported and retried.
 */
export function startWorker(
  ctx: ServiceContext,
  intervalMs: number,
  beforeRound: () => Promise<void>,
  onError: (error: unknown) => void,
): () => Promise<void> {
  let stopped = false;
  let busy = false;
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    // A round still running (a slow SMS gateway, a large backlog) makes the tick pass: rounds
    // never queue up behind each other.
    if (stopped || busy) return;
    busy = true;
    running = beforeRound()
      .then(() => runDuties(ctx))
      .catch(onError)
      .finally(() => {
        busy = false;
      });
  }, intervalMs);
  timer.unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
