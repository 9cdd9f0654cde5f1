// Invoices for the fees of a case (services.md S9, S10 "Fee"; 004 L1 r.8): the service API the
// case engine calls — issueInvoice when a stage falls due, paidThrough before it moves on or
// releases a result. The gateway is asked outside any transaction (as the registries are,
// docs/architecture.md); what it answered is written with its audit record in one transaction
// afterwards, so an unreadable answer or a failed call leaves nothing behind.
import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { PaymentInvoicesTable } from '../../db/schema.ts';
import { dateInAstana } from '../../domain/dates.ts';
import { type FeeStage, invoiceAmount, stagesDue, type Tiyn } from '../../domain/payments/fees.ts';
import { type Invoice, issueProblem, paidThrough as paidThroughStages } from '../../domain/payments/invoice.ts';
import { serviceOn } from '../../domain/public-services/catalogue.ts';
import { SERVICE_IDS, type ServiceDefinition, type ServiceId } from '../../domain/public-services/definition.ts';
import { isUuid } from '../../domain/uuid.ts';
import { AppError } from '../../errors.ts';
import { type Actor, SYSTEM } from '../actor.ts';
import { recordAudit } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { inTransaction, type Tx } from '../transaction.ts';
import { type Payments, PaymentGatewayError } from './payment-gateway.ts';

export function paymentsEnabled(ctx: ServiceContext): boolean {
  return ctx.payments !== undefined;
}

/** The payments of the context, or 'payments-unavailable' when they are off. */
export function paymentsOf(ctx: ServiceContext): Payments {
  if (!ctx.payments) throw new AppError('payments-unavailable');
  return ctx.payments;
}

export function invoiceOfRow(row: Selectable<PaymentInvoicesTable>): Invoice {
  const fields = {
    id: row.id,
    caseId: row.case_id,
    service: row.service,
    variant: row.variant,
    stage: row.stage,
    amount: row.amount_tiyn as Tiyn,
    placeholder: row.placeholder,
    gatewayId: row.gateway_id,
    paymentUrl: row.payment_url,
    issuedAt: row.issued_at,
  };
  switch (row.state) {
    case 'issued':
      return { ...fields, state: 'issued' };
    case 'paid':
      return { ...fields, state: 'paid', paidAt: row.paid_at! };
    case 'cancelled':
    case 'expired':
      return { ...fields, state: row.state, closedAt: row.closed_at! };
  }
}

/** Every invoice of a case, oldest first. */
export async function invoicesOfCase(ctx: ServiceContext, caseId: string, tx?: Tx): Promise<Invoice[]> {
  if (!isUuid(caseId)) return [];
  const rows = await (tx ?? ctx.database.db)
    .selectFrom('payment_invoices')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('issued_at')
    .orderBy('id')
    .execute();
  return rows.map(invoiceOfRow);
}

function definitionOf(ctx: ServiceContext, service: string) {
  if (!(SERVICE_IDS as readonly string[]).includes(service)) throw new AppError('payment.no-fee', { variant: service });
  return serviceOn(service as ServiceId, dateInAstana(ctx.clock.now())).definition;
}

/** An error of the gateway as the coded error callers see; anything else unchanged. */
export function gatewayFailure(error: unknown): unknown {
  if (!(error instanceof PaymentGatewayError)) return error;
  return error.code === 'bad-answer'
    ? new AppError('payment.gateway-bad-answer', {}, { cause: error })
    : new AppError('payment.gateway-unavailable', { reason: error.code }, { cause: error });
}

const live = (i: Invoice) => i.state === 'issued' || i.state === 'paid';

/**
 * The invoice for one stage of a case's fee: the one already issued or paid, or a new one made
 * at the gateway. The amount comes from the service's price list (fees.ts), placeholder or
 * configured; production refuses a placeholder.
 */
export async function issueInvoice(
  ctx: ServiceContext,
  caseId: string,
  service: string,
  variant: string,
  stage: FeeStage,
  actor: Actor = SYSTEM,
): Promise<Invoice> {
  const payments = paymentsOf(ctx);
  if (!isUuid(caseId)) throw new AppError('payment.case-invalid');
  const definition = definitionOf(ctx, service);
  const amount = invoiceAmount(definition, variant, stage, payments.prices);
  if (amount.kind === 'none') throw new AppError('payment.no-fee', { variant });
  if (amount.placeholder && payments.refusePlaceholderPrices) {
    throw new AppError('payment.price-not-configured', { key: `${variant}/${stage}` });
  }
  const invoices = await invoicesOfCase(ctx, caseId);
  if (invoices.some((i) => i.service !== service || i.variant !== variant)) throw new AppError('payment.case-mismatch');
  const existing = invoices.find((i) => i.stage === stage && live(i));
  if (existing) return existing;
  if (issueProblem(invoices, stage, stagesDue(definition, variant)) !== null) {
    throw new AppError('payment.earlier-stage-unpaid');
  }
  const id = randomUUID();
  const made = await payments.gateway
    .createInvoice({
      invoiceId: id,
      amount: amount.amount,
      description: `${definition.variants.find((v) => v.id === variant)!.name.en}: ${amount.what}`,
      callbackUrl: payments.callbackUrl,
    })
    .catch((error: unknown) => {
      throw gatewayFailure(error);
    });
  const now = ctx.clock.now();
  try {
    return await inTransaction(ctx.database, async (tx) => {
      const row = await tx
        .insertInto('payment_invoices')
        .values({
          id,
          case_id: caseId,
          service,
          variant,
          stage,
          amount_tiyn: amount.amount,
          placeholder: amount.placeholder,
          gateway_id: made.paymentId,
          payment_url: made.paymentUrl,
          state: 'issued',
          issued_at: now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordAudit(tx, now, actor, {
        action: 'payment-invoice-issued',
        details: {
          invoiceId: id,
          caseId,
          service,
          variant,
          stage,
          amountTiyn: amount.amount,
          placeholder: amount.placeholder,
        },
      });
      return invoiceOfRow(row);
    });
  } catch (error) {
    // Issued at the same moment by another request: that one stands (payment_invoices_one_live);
    // the gateway's second invoice is never shown to anyone and expires there unpaid.
    if ((error as { code?: unknown }).code === '23505') {
      const winner = (await invoicesOfCase(ctx, caseId)).find((i) => i.stage === stage && live(i));
      if (winner) return winner;
    }
    throw error;
  }
}

/**
 * 004 L1 r.8, cl.6: whether the case has paid every stage its variant owes up to `stage` — the
 * result of S9b/S9c is released only after the additional payment. A case without invoices has
 * paid nothing.
 */
export async function paidThrough(ctx: ServiceContext, caseId: string, stage: FeeStage): Promise<boolean> {
  const invoices = await invoicesOfCase(ctx, caseId);
  const first = invoices[0];
  if (!first) return false;
  return paidThroughStages(invoices, stage, stagesDue(definitionOf(ctx, first.service), first.variant));
}

/** For the case engine before it releases a result: 'payment.not-paid' unless paidThrough. */
export async function assertPaidThrough(ctx: ServiceContext, caseId: string, stage: FeeStage): Promise<void> {
  if (!(await paidThrough(ctx, caseId, stage))) throw new AppError('payment.not-paid');
}

/**
 * paidThrough inside the case engine's transaction, by the case's own definition (the version it
 * was filed under): the release and the payments it rests on are read in one snapshot.
 */
export async function paidThroughIn(
  tx: Tx,
  caseId: string,
  stage: FeeStage,
  definition: ServiceDefinition,
  variant: string,
): Promise<boolean> {
  const rows = await tx.selectFrom('payment_invoices').selectAll().where('case_id', '=', caseId).execute();
  const invoices = rows.map(invoiceOfRow).filter((i) => i.variant === variant);
  return invoices.length > 0 && paidThroughStages(invoices, stage, stagesDue(definition, variant));
}

/** assertPaidThrough inside a transaction: 'payment.not-paid' unless paidThroughIn. */
export async function assertPaidThroughIn(
  tx: Tx,
  caseId: string,
  stage: FeeStage,
  definition: ServiceDefinition,
  variant: string,
): Promise<void> {
  if (!(await paidThroughIn(tx, caseId, stage, definition, variant))) throw new AppError('payment.not-paid');
}
