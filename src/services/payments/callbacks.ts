// What the gateway reports about an invoice (docs/payments.md): its signed callback, and, when a
// callback was lost, the answer to a status query. A callback is verified on its exact bytes
// (domain/payments/callback.ts) before anything is read from the database; a genuine one is kept
// in payment_callbacks with the change it made, its audit record, all in one transaction. Its
// event id is unique there, so the same callback again (a redelivery, a replay) changes nothing.
import { createHash } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { PaymentInvoicesTable } from '../../db/schema.ts';
import {
  type CallbackBody,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
  verifyCallback,
} from '../../domain/payments/callback.ts';
import { type GatewayOutcome, type Invoice, type InvoiceState, transition } from '../../domain/payments/invoice.ts';
import { isUuid } from '../../domain/uuid.ts';
import { AppError } from '../../errors.ts';
import { SYSTEM } from '../actor.ts';
import { recordAudit } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { inTransaction, type Tx } from '../transaction.ts';
import { releaseAfterPayment, type ReleaseOutcome } from '../case-results/release.ts';
import { gatewayFailure, invoiceOfRow, paymentsOf } from './invoices.ts';

export interface CallbackResult {
  /** applied: the invoice moved; no-change: it was there already; duplicate: this callback was seen before. */
  outcome: 'applied' | 'no-change' | 'duplicate';
  invoiceId: string;
  state: InvoiceState;
  /**
   * 004 L1 r.8: what became of the case's held result once the paid report was committed —
   * released, still held, nothing held, or a release that failed (the payment stands; tried again).
   */
  release?: ReleaseOutcome | 'failed';
}

/** The invoice row, locked until the transaction ends; 'payment.invoice-not-found' when there is none. */
async function lockedInvoice(tx: Tx, invoiceId: string): Promise<Selectable<PaymentInvoicesTable>> {
  const row = isUuid(invoiceId)
    ? await tx.selectFrom('payment_invoices').selectAll().where('id', '=', invoiceId).forUpdate().executeTakeFirst()
    : undefined;
  if (!row) throw new AppError('payment.invoice-not-found');
  return row;
}

/**
 * Moves the invoice to what the gateway reported, with its audit record; 'no-change' when it is
 * there already, 'payment.invoice-closed' when a closed invoice is reported otherwise.
 */
async function apply(
  tx: Tx,
  row: Selectable<PaymentInvoicesTable>,
  reported: GatewayOutcome,
  at: Date,
  via: Record<string, string>,
): Promise<'applied' | 'no-change'> {
  const step = transition(row.state, reported);
  if (step.kind === 'no-change') return 'no-change';
  if (step.kind === 'conflict') throw new AppError('payment.invoice-closed', { state: step.state });
  await tx
    .updateTable('payment_invoices')
    .set(step.to === 'paid' ? { state: 'paid', paid_at: at } : { state: step.to, closed_at: at })
    .where('id', '=', row.id)
    .where('state', '=', 'issued')
    .execute();
  await recordAudit(tx, at, SYSTEM, {
    action: `payment-invoice-${step.to}`,
    details: { invoiceId: row.id, caseId: row.case_id, stage: row.stage, from: step.from, to: step.to, ...via },
  });
  return 'applied';
}

const CALLBACK_PROBLEM = {
  'signature-invalid': 'payment.signature-invalid',
  stale: 'payment.callback-stale',
  'body-invalid': 'payment.callback-invalid',
} as const;

/** A callback as POSTed: the body's exact text and the request's headers. */
export async function handleCallback(
  ctx: ServiceContext,
  raw: string,
  headers: { get(name: string): string | null },
): Promise<CallbackResult> {
  const payments = paymentsOf(ctx);
  const received = ctx.clock.now();
  const verdict = await verifyCallback(
    raw,
    { timestamp: headers.get(TIMESTAMP_HEADER) ?? undefined, signature: headers.get(SIGNATURE_HEADER) ?? undefined },
    payments.secret,
    received,
    payments.maxSkewSeconds,
  );
  if (!verdict.ok) {
    throw new AppError(CALLBACK_PROBLEM[verdict.problem], { seconds: payments.maxSkewSeconds });
  }
  const body = verdict.body;
  const digest = createHash('sha256').update(raw).digest('hex');
  let result: CallbackResult;
  try {
    result = await inTransaction(ctx.database, (tx) => record(tx, body, verdict.timestamp, digest, received));
  } catch (error) {
    // The same callback committed by a concurrent delivery between our check and our insert.
    if ((error as { code?: unknown }).code === '23505') result = await duplicateOf(ctx, body);
    else throw error;
  }
  // 004 L1 r.8: a paid invoice releases the result it held — after the payment is committed, so a
  // failed release loses nothing; a replay finds the case released and releases nothing again.
  if (result.state !== 'paid') return result;
  return { ...result, release: await releaseAfterPayment(ctx, result.invoiceId) };
}

async function duplicateOf(ctx: ServiceContext, body: CallbackBody): Promise<CallbackResult> {
  const row = await ctx.database.db
    .selectFrom('payment_invoices')
    .select('state')
    .where('id', '=', body.invoiceId)
    .executeTakeFirstOrThrow();
  return { outcome: 'duplicate', invoiceId: body.invoiceId, state: row.state };
}

async function record(
  tx: Tx,
  body: CallbackBody,
  signedAt: number,
  digest: string,
  received: Date,
): Promise<CallbackResult> {
  // The invoice is locked first, so a second delivery of the same callback waits here and then
  // finds the first one's record below.
  const row = await lockedInvoice(tx, body.invoiceId);
  const seen = await tx
    .selectFrom('payment_callbacks')
    .select('id')
    .where('event_id', '=', body.eventId)
    .executeTakeFirst();
  if (seen) return { outcome: 'duplicate', invoiceId: row.id, state: row.state };
  if (row.gateway_id !== body.paymentId) throw new AppError('payment.invoice-mismatch');
  if (row.amount_tiyn !== body.amountTiyn) throw new AppError('payment.amount-mismatch');
  const outcome = await apply(tx, row, body.status, received, { via: 'callback', eventId: body.eventId });
  await tx
    .insertInto('payment_callbacks')
    .values({
      received_at: received,
      event_id: body.eventId,
      invoice_id: row.id,
      payment_id: body.paymentId,
      status: body.status,
      amount_tiyn: body.amountTiyn,
      signed_at: new Date(signedAt * 1000),
      body_sha256: digest,
      outcome,
    })
    .execute();
  return { outcome, invoiceId: row.id, state: outcome === 'applied' ? body.status : row.state };
}

/**
 * The fallback when a callback is lost: asks the gateway for the invoice's status and applies it
 * as a callback would (with its audit record). An invoice no longer open is not asked about.
 */
export async function refreshInvoice(ctx: ServiceContext, invoiceId: string): Promise<Invoice> {
  const payments = paymentsOf(ctx);
  const row = isUuid(invoiceId)
    ? await ctx.database.db.selectFrom('payment_invoices').selectAll().where('id', '=', invoiceId).executeTakeFirst()
    : undefined;
  if (!row) throw new AppError('payment.invoice-not-found');
  const invoice = invoiceOfRow(row);
  if (invoice.state !== 'issued') return invoice;
  const status = await payments.gateway.invoiceStatus(invoice.id).catch((error: unknown) => {
    throw gatewayFailure(error);
  });
  // An answer about another payment or amount is not about this invoice: nothing is written.
  if (status.paymentId !== invoice.gatewayId || status.amount !== invoice.amount) {
    throw new AppError('payment.gateway-bad-answer');
  }
  const reported = status.status;
  if (reported === 'issued') return invoice;
  const refreshed = await inTransaction(ctx.database, async (tx) => {
    const row = await lockedInvoice(tx, invoiceId);
    await apply(tx, row, reported, ctx.clock.now(), { via: 'status-query' });
    return invoiceOfRow(await lockedInvoice(tx, invoiceId));
  });
  if (refreshed.state === 'paid') await releaseAfterPayment(ctx, refreshed.id);
  return refreshed;
}
