// S1 hand-over at the ЦОН (002 R1 App1 st.14): the document produced for the case (its number,
// st.8) is handed to the applicant against a receipt, which the ЦОН employee signs with EDS; the
// step completes the case (issued). The receipt is built here so that the page shows and signs
// exactly what is verified.
import { jsonText } from '../../db/json-column.ts';
import { todayInAstana } from '../../domain/cases/open.ts';
import type { S1Receipt } from '../../domain/identity-documents/s1.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { applyCaseEventIn, findCase } from '../cases/apply.ts';
import { caseNumber, type CaseRecord } from '../cases/record.ts';
import type { ServiceContext } from '../context.ts';
import { canonicalBytes } from '../signatures/canonical-json.ts';
import { verifySignature } from '../signatures/verify.ts';
import { inTransaction, type Tx } from '../transaction.ts';
import { conEmployee } from './intake.ts';
import { HAND_OVER_STEP } from './registers.ts';

/** The receipt for the case's document, dated today, as the employee will sign it. */
export async function s1Receipt(ctx: ServiceContext, actor: Actor, caseId: string): Promise<S1Receipt> {
  const staff = conEmployee(actor);
  return inTransaction(ctx.database, (tx) => receiptIn(tx, staff.office, caseId, todayInAstana(ctx.clock.now())));
}

async function receiptIn(tx: Tx, office: string, caseId: string, today: S1Receipt['handedOverOn']): Promise<S1Receipt> {
  const { case: kase } = await findCase(tx, caseId);
  if (kase.service !== 'S1') throw new AppError('case.not-found');
  // 003 ¶B5: after an extra check or decision only the registered address's ЦОН issues; else
  // the accepting one.
  const issueOffice = kase.facts.issueOffice ?? kase.office;
  if (issueOffice !== office) {
    if (kase.facts.issueOffice === undefined) throw new AppError('case.not-found');
    throw new AppError('identity-document.issue-elsewhere', { office: issueOffice });
  }
  if (kase.currentStep !== HAND_OVER_STEP)
    throw new AppError('case.step-out-of-order', { step: HAND_OVER_STEP, current: kase.currentStep ?? '' });
  const file = await tx
    .selectFrom('identity_document_files')
    .selectAll()
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  if (!file?.document_number) throw new AppError('case.not-found');
  return {
    service: 'S1',
    caseId,
    coupon: file.coupon,
    applicant: kase.applicant,
    documentKind: file.document_kind,
    documentNumber: file.document_number,
    office,
    handedOverOn: today,
  };
}

/** App1 st.14: the document handed over against the signed receipt; the case is issued. */
export async function handOverS1(
  ctx: ServiceContext,
  actor: Actor,
  input: { readonly caseId: string; readonly receiptCms: string },
): Promise<CaseRecord> {
  const staff = conEmployee(actor);
  const now = ctx.clock.now();
  return inTransaction(ctx.database, async (tx) => {
    const receipt = await receiptIn(tx, staff.office, input.caseId, todayInAstana(now));
    const check = await verifySignature({
      cms: input.receiptCms,
      content: canonicalBytes(receipt),
      trust: ctx.trust,
      at: now,
      expectedIin: staff.iin,
    });
    if (!check.ok) throw new AppError(check.code);
    const record = await applyCaseEventIn(
      tx,
      { caseId: input.caseId, event: { kind: 'complete-step', step: HAND_OVER_STEP, actor: staff } },
      now,
    );
    await tx
      .updateTable('identity_document_files')
      .set({
        receipt: jsonText(receipt as unknown as Record<string, unknown>),
        receipt_cms: input.receiptCms,
        handed_over_at: now,
      })
      .where('case_id', '=', input.caseId)
      .execute();
    return record;
  });
}

/** The ЦОН's S1 cases whose documents have arrived for hand-over (no IINs: a work list). */
export async function awaitingHandOver(
  ctx: ServiceContext,
  actor: Actor,
): Promise<{ readonly id: string; readonly number: string; readonly documentKind: 'passport' | 'id-card' }[]> {
  const staff = conEmployee(actor);
  const rows = await ctx.database.db
    .selectFrom('cases')
    .innerJoin('identity_document_files as f', 'f.case_id', 'cases.id')
    .select(['cases.id', 'cases.number', 'cases.office', 'f.document_kind'])
    .select('cases.facts')
    .where('cases.service', '=', 'S1')
    .where('cases.current_step', '=', HAND_OVER_STEP)
    .orderBy('cases.number')
    .execute();
  // 003 ¶B5: the documents this ЦОН issues — its own, and those sent to it as the registered address's.
  const issuedHere = (r: (typeof rows)[number]) =>
    ((r.facts as { issueOffice?: string }).issueOffice ?? r.office) === staff.office;
  return rows
    .filter(issuedHere)
    .map((r) => ({ id: r.id, number: caseNumber(Number(r.number)), documentKind: r.document_kind }));
}
