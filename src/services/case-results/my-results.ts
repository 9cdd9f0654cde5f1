// The applicant's side of a result (004 cl.4, cl.6, L1 r.8): the request's page with the signed
// result documents once the case is issued, the invoice for the rest while the result waits for
// it, and the download of one result — the applicant's own only (anyone else: not found), and only
// once issued. Opening the request also heals what a lost gateway answer left undone: the
// additional invoice is asked for again, and a paid result whose release failed is released.
import type { Invoice } from '../../domain/payments/invoice.ts';
import { isUuid } from '../../domain/uuid.ts';
import { AppError } from '../../errors.ts';
import type { CaseDocument } from '../case-documents/documents.ts';
import { readCaseDocument } from '../case-documents/documents.ts';
import { type MyCase, myCase } from '../case-documents/portal.ts';
import type { ServiceContext } from '../context.ts';
import { additionalInvoice, releaseIfPaid } from './release.ts';

export interface MyResult {
  readonly id: string;
  readonly kind: string;
  readonly signedAt: Date;
}

export interface MyCaseWithResults extends MyCase {
  /** The signed results, once the case is issued (004 cl.6). */
  readonly results: readonly MyResult[];
  /** The additional payment still to make (004 L1 r.8), or null. */
  readonly rest: Invoice | null;
}

/** One of the applicant's cases with its results and the rest to pay; case.not-found for anyone else's. */
export async function myCaseWithResults(ctx: ServiceContext, iin: string, caseId: string): Promise<MyCaseWithResults> {
  let found = await myCase(ctx, iin, caseId);
  if (found.state === 'result-ready') {
    // A release that failed after the payment (callbacks.ts) is made now; unpaid, it stays held.
    const outcome = await releaseIfPaid(ctx, found.id).catch(() => 'failed' as const);
    if (outcome === 'released') found = await myCase(ctx, iin, caseId);
  }
  const row = await ctx.database.db
    .selectFrom('cases')
    .select('procedure')
    .where('id', '=', found.id)
    .executeTakeFirstOrThrow();
  const open = found.state !== 'issued' && found.state !== 'refused' && found.state !== 'withdrawn';
  const additional = open
    ? await additionalInvoice(ctx, { ...found, completedSteps: row.procedure.completedSteps }).catch(() => null)
    : null;
  const invoices =
    additional && !found.invoices.some((i) => i.id === additional.id)
      ? [...found.invoices, additional]
      : found.invoices;
  const rest = invoices.find((i) => i.stage === 'before-result' && i.state === 'issued') ?? null;
  return { ...found, invoices, rest, results: found.state === 'issued' ? await resultsOf(ctx, iin, found.id) : [] };
}

async function resultsOf(ctx: ServiceContext, iin: string, caseId: string): Promise<MyResult[]> {
  const rows = await ctx.database.db
    .selectFrom('case_documents')
    .select(['id', 'kind', 'uploaded_at'])
    .where('case_id', '=', caseId)
    .where('owner_iin', '=', iin)
    .where('origin', '=', 'provider')
    .orderBy('uploaded_at')
    .orderBy('kind')
    .execute();
  return rows.map((r) => ({ id: r.id, kind: r.kind, signedAt: r.uploaded_at }));
}

/**
 * One signed result of the applicant's issued case, with its content. Another person's, one not
 * issued yet, or a document that is not a result of that case: case-document.not-found.
 */
export async function myResult(
  ctx: ServiceContext,
  iin: string,
  caseId: string,
  documentId: string,
): Promise<{ readonly document: CaseDocument; readonly content: Uint8Array }> {
  if (!isUuid(caseId) || !isUuid(documentId)) throw new AppError('case-document.not-found');
  const read = await readCaseDocument(ctx.database, { kind: 'applicant', iin }, documentId, ctx.clock.now());
  if (read.document.caseId !== caseId || read.document.origin !== 'provider')
    throw new AppError('case-document.not-found');
  return read;
}
