// An invoice of the payment gateway (ЭҮТШ, services.md §0) and what may happen to it. It is
// issued for one stage of one case's fee; the gateway then says it was paid, or it was cancelled
// or expired. Those three end it: a paid invoice is never unpaid, a closed one never paid.
import type { FeeStage, Tiyn } from './fees.ts';
import { FEE_STAGES } from './fees.ts';

export const INVOICE_STATES = ['issued', 'paid', 'cancelled', 'expired'] as const;
export type InvoiceState = (typeof INVOICE_STATES)[number];
/** What the gateway may report about an invoice (its callback and its status answer). */
export type GatewayOutcome = Exclude<InvoiceState, 'issued'>;

interface InvoiceFields {
  id: string;
  /** The case it belongs to: an opaque id of the case engine. */
  caseId: string;
  service: string;
  variant: string;
  stage: FeeStage;
  amount: Tiyn;
  placeholder: boolean;
  /** The gateway's own id of the invoice, and where the payer pays it. */
  gatewayId: string;
  paymentUrl: string;
  issuedAt: Date;
}

export type Invoice = InvoiceFields &
  (
    | { state: 'issued' }
    | { state: 'paid'; paidAt: Date }
    | { state: 'cancelled'; closedAt: Date }
    | { state: 'expired'; closedAt: Date }
  );

/** What a report of the gateway does to an invoice. */
export type Transition =
  | { kind: 'move'; from: 'issued'; to: GatewayOutcome }
  /** The invoice is already where the report puts it (a second callback, a status poll after a callback). */
  | { kind: 'no-change' }
  /** A closed invoice reported otherwise (paid after it expired, cancelled after it was paid). */
  | { kind: 'conflict'; state: GatewayOutcome; reported: GatewayOutcome };

export function transition(state: InvoiceState, reported: GatewayOutcome): Transition {
  if (state === 'issued') return { kind: 'move', from: 'issued', to: reported };
  if (state === reported) return { kind: 'no-change' };
  return { kind: 'conflict', state, reported };
}

type Held = Pick<Invoice, 'stage' | 'state'>;

const upTo = (stage: FeeStage): readonly FeeStage[] => FEE_STAGES.slice(0, FEE_STAGES.indexOf(stage) + 1);

const paid = (invoices: readonly Held[], stage: FeeStage) =>
  invoices.some((i) => i.stage === stage && i.state === 'paid');

/**
 * S9b/S9c (004 L1 r.8, cl.6): whether a case has paid every stage it owes up to and including
 * `stage`. `due` is what the variant owes (fees.ts stagesDue); a stage it does not owe needs no
 * invoice. A case with no invoice at all has paid nothing.
 */
export function paidThrough(invoices: readonly Held[], stage: FeeStage, due: readonly FeeStage[]): boolean {
  if (invoices.length === 0) return false;
  return upTo(stage)
    .filter((s) => due.includes(s))
    .every((s) => paid(invoices, s));
}

/** Why an invoice for `stage` may not be issued now, or null when it may. */
export function issueProblem(
  invoices: readonly Held[],
  stage: FeeStage,
  due: readonly FeeStage[],
): 'stage-not-due' | 'earlier-stage-unpaid' | null {
  if (!due.includes(stage)) return 'stage-not-due';
  // 004 L1 r.8: the additional payment follows the base one; it is not asked for first.
  const earlier = upTo(stage)
    .slice(0, -1)
    .filter((s) => due.includes(s));
  return earlier.every((s) => paid(invoices, s)) ? null : 'earlier-stage-unpaid';
}
