// 004 L1 r.8, cl.6: the passport and the conclusion reach the cabinet after the additional
// payment. When the executor sends the payment-due notice the additional invoice is issued; when
// the gateway reports it paid (payments/callbacks.ts) the held result is released by the system.
// The payment is committed first and the release after it, in a transaction of its own: a release
// that fails loses no payment, and is tried again by the next report of that invoice or the next
// time the applicant opens the request (case-documents/my-results.ts). A release happens once —
// the engine's move from `result-ready` — so a replayed report releases nothing twice; and it is
// refused by the engine itself unless every stage is paid (cases/apply.ts).
import { stagesDue } from '../../domain/payments/fees.ts';
import type { Invoice } from '../../domain/payments/invoice.ts';
import type { IsoDate } from '../../domain/dates.ts';
import { serviceOn } from '../../domain/public-services/catalogue.ts';
import type { ServiceId } from '../../domain/public-services/definition.ts';
import { isUuid } from '../../domain/uuid.ts';
import { isAppError } from '../../errors.ts';
import { applyCaseEvent } from '../cases/apply.ts';
import type { ServiceContext } from '../context.ts';
import { invoicesOfCase, issueInvoice, paymentsEnabled } from '../payments/invoices.ts';

/** The step whose notice asks for the additional payment (004 cl.4; a notification of §5.11). */
export const PAYMENT_DUE_STEP = 'payment-due';

export type ReleaseOutcome = 'released' | 'held' | 'not-held';

/** Releases the case's held result if it is paid for: `held` while unpaid, `not-held` when nothing waits. */
export async function releaseIfPaid(ctx: ServiceContext, caseId: string): Promise<ReleaseOutcome> {
  if (!isUuid(caseId)) return 'not-held';
  const row = await ctx.database.db
    .selectFrom('cases')
    .select(['state', 'version'])
    .where('id', '=', caseId)
    .executeTakeFirst();
  if (row?.state !== 'result-ready') return 'not-held';
  try {
    await applyCaseEvent(
      ctx.database,
      { caseId, event: { kind: 'release', actor: { kind: 'system' } }, expectedVersion: row.version },
      ctx.clock.now(),
      { seal: ctx.seal },
    );
    return 'released';
  } catch (error) {
    if (isAppError(error) && error.code === 'payment.not-paid') return 'held';
    // Released meanwhile by a concurrent report: the engine's version check stopped a second one.
    if (isAppError(error) && error.code === 'case.changed') return 'not-held';
    throw error;
  }
}

/**
 * After a paid report of an invoice has been committed: the release of its case, if one waits.
 * Never throws: the payment stands whatever happens here; `failed` is tried again later.
 */
export async function releaseAfterPayment(ctx: ServiceContext, invoiceId: string): Promise<ReleaseOutcome | 'failed'> {
  try {
    const invoice = await ctx.database.db
      .selectFrom('payment_invoices')
      .select('case_id')
      .where('id', '=', invoiceId)
      .executeTakeFirst();
    return invoice ? await releaseIfPaid(ctx, invoice.case_id) : 'not-held';
  } catch {
    return 'failed';
  }
}

/**
 * 004 L1 r.8: the additional ("before-result") invoice of a case whose payment-due notice has gone
 * out — the one issued already, or a new one; null when none is due, payments are off, or the
 * gateway cannot be reached (asked again the next time).
 */
export async function additionalInvoice(
  ctx: ServiceContext,
  kase: { id: string; service: ServiceId; variant: string; filedOn: IsoDate; completedSteps: readonly string[] },
): Promise<Invoice | null> {
  if (!paymentsEnabled(ctx) || !kase.completedSteps.includes(PAYMENT_DUE_STEP)) return null;
  const { definition } = serviceOn(kase.service, kase.filedOn);
  if (!stagesDue(definition, kase.variant).includes('before-result')) return null;
  const live = (await invoicesOfCase(ctx, kase.id)).find(
    (i) => i.stage === 'before-result' && (i.state === 'issued' || i.state === 'paid'),
  );
  if (live) return live;
  try {
    return await issueInvoice(ctx, kase.id, kase.service, kase.variant, 'before-result');
  } catch (error) {
    // Unreachable gateway, or the base stage not paid yet: the request's page asks again.
    if (isAppError(error) && ASK_AGAIN.has(error.code)) return null;
    throw error;
  }
}
const ASK_AGAIN = new Set([
  'payment.gateway-unavailable',
  'payment.gateway-bad-answer',
  'payment.earlier-stage-unpaid',
]);

/**
 * The worker's sweep (worker.ts): held results whose additional payment is recorded paid — a
 * release that failed after the paid report — are released. Returns how many.
 */
export async function releasePaidResults(ctx: ServiceContext, limit = 100): Promise<number> {
  const rows = await ctx.database.db
    .selectFrom('cases as c')
    .innerJoin('payment_invoices as i', 'i.case_id', 'c.id')
    .select('c.id')
    .distinct()
    .where('c.state', '=', 'result-ready')
    .where('i.stage', '=', 'before-result')
    .where('i.state', '=', 'paid')
    .limit(limit)
    .execute();
  let released = 0;
  for (const row of rows) {
    const outcome = await releaseIfPaid(ctx, row.id).catch(() => 'failed' as const);
    if (outcome === 'released') released++;
  }
  return released;
}
