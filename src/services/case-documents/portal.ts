// The citizen's side of S9 and S10 on the portal (issue 17 item 6), for the pages: uploads for a
// filing not sent yet, the consent to use protected data by an SMS code (004 cl.4: "by EDS or
// through a mobile device"; missing consent is refusal ground 5), filing with the first-stage
// invoice (004 L1 r.8), and the applicant's own cases for the cabinet.
import { randomUUID } from 'node:crypto';
import type { ApplicantStatements } from '../../domain/case-documents/required.ts';
import type { CaseFacts, CaseState } from '../../domain/cases/case.ts';
import type { IsoDate } from '../../domain/dates.ts';
import { stagesDue } from '../../domain/payments/fees.ts';
import type { Invoice } from '../../domain/payments/invoice.ts';
import { serviceOn } from '../../domain/public-services/catalogue.ts';
import type { ServiceId } from '../../domain/public-services/definition.ts';
import { isUuid } from '../../domain/uuid.ts';
import { AppError, isAppError } from '../../errors.ts';
import { issueOtp, type OtpIssued, verifyOtp } from '../auth/otp.ts';
import { caseNumber, type CaseRecord } from '../cases/record.ts';
import type { ServiceContext } from '../context.ts';
import { invoicesOfCase, issueInvoice, paymentsEnabled } from '../payments/invoices.ts';
import {
  type CaseDocument,
  discardCaseDocument,
  documentsOfCase,
  readCaseDocument,
  uploadCaseDocument,
} from './documents.ts';
import { consentPurpose, fileDocumentedCase, type FilingConsent } from './file-case.ts';
import type { CadastreObjectRef } from './inventory.ts';

/**
 * The State Corporation branch that serves a portal filing. Tirkeu runs the Astana pilot, whose
 * objects are all served by one branch; a second city would choose it by the object's address.
 */
export const PILOT_OFFICE = 'astana-1';

export function newFilingId(): string {
  return randomUUID();
}

export function uploadForFiling(
  ctx: ServiceContext,
  upload: {
    caseId: string;
    owner: string;
    service: ServiceId;
    variant: string;
    statements: ApplicantStatements;
    kind: string;
    content: Uint8Array;
  },
): Promise<CaseDocument> {
  return uploadCaseDocument(ctx.database, upload, ctx.clock.now());
}

export function discardUpload(ctx: ServiceContext, owner: string, caseId: string, documentId: string): Promise<void> {
  return discardCaseDocument(ctx.database, owner, caseId, documentId, ctx.clock.now());
}

export function uploadsOf(ctx: ServiceContext, owner: string, caseId: string): Promise<CaseDocument[]> {
  return documentsOfCase(ctx.database, owner, caseId);
}

/** Sends the code that confirms consent to use protected data for this filing. */
export function requestConsentCode(ctx: ServiceContext, iin: string, caseId: string): Promise<OtpIssued> {
  if (!isUuid(caseId)) throw new AppError('case-document.not-found');
  return issueOtp(ctx, iin, consentPurpose(caseId), 'consent');
}

/**
 * Checks the code; a wrong, used or expired one is a coded error (otp-*). The confirmed
 * challenge is the consent the filing then names (file-case.ts checks it again).
 */
export async function confirmConsent(
  ctx: ServiceContext,
  iin: string,
  caseId: string,
  challenge: { challengeId: string; code: string },
): Promise<FilingConsent> {
  if (!isUuid(caseId) || !isUuid(challenge.challengeId)) throw new AppError('otp-invalid');
  await verifyOtp(ctx, { ...challenge, purpose: consentPurpose(caseId), iin });
  return { means: 'sms-code', challengeId: challenge.challengeId };
}

export interface PortalFiling {
  readonly caseId: string;
  readonly applicant: string;
  readonly service: ServiceId;
  readonly variant: string;
  readonly facts: CaseFacts;
  readonly object: CadastreObjectRef;
  readonly statements: ApplicantStatements;
  readonly consent: FilingConsent;
}

export interface Filed {
  readonly record: CaseRecord;
  readonly number: string;
  /** The first-stage invoice (S9b/S9c: the base inspection cost), when the variant has one. */
  readonly invoice: Invoice | null;
}

/** Files the case (its documents into the inventory file) and asks for the fee due on filing. */
export async function filePortalCase(ctx: ServiceContext, filing: PortalFiling): Promise<Filed> {
  const now = ctx.clock.now();
  const record = await fileDocumentedCase(
    ctx.database,
    {
      filing: {
        id: filing.caseId,
        service: filing.service,
        variant: filing.variant,
        channel: 'portal',
        filedAt: astanaMoment(now),
        facts: filing.facts,
        applicant: filing.applicant,
        office: PILOT_OFFICE,
      },
      object: filing.object,
      statements: filing.statements,
      consent: filing.consent,
    },
    now,
  );
  return {
    record,
    number: caseNumber(record.number),
    invoice: await firstStageInvoice(ctx, record.case),
  };
}

/**
 * The invoice due on filing (issued once; a repeat finds it), or null when none is due. The case
 * is filed whatever the gateway does: when it cannot be reached the invoice is asked for again
 * the next time the applicant opens the request (myCase), so the filing is never lost to it.
 */
export async function firstStageInvoice(
  ctx: ServiceContext,
  kase: { id: string; service: ServiceId; variant: string; applicant: string; filedOn: IsoDate },
): Promise<Invoice | null> {
  const { definition } = serviceOn(kase.service, kase.filedOn);
  if (!stagesDue(definition, kase.variant).includes('on-filing') || !paymentsEnabled(ctx)) return null;
  try {
    return await issueInvoice(ctx, kase.id, kase.service, kase.variant, 'on-filing', {
      kind: 'citizen',
      iin: kase.applicant,
    });
  } catch (error) {
    if (isAppError(error) && GATEWAY_DOWN.has(error.code)) return null;
    throw error;
  }
}
const GATEWAY_DOWN = new Set(['payment.gateway-unavailable', 'payment.gateway-bad-answer']);

export interface MyCase {
  readonly id: string;
  readonly number: string;
  readonly service: ServiceId;
  readonly variant: string;
  readonly state: CaseState;
  readonly dueOn: IsoDate | null;
  readonly filedOn: IsoDate;
  readonly invoices: readonly Invoice[];
}

/** The applicant's cases, newest first (the cabinet's "My cases"). */
export async function myCases(ctx: ServiceContext, iin: string): Promise<MyCase[]> {
  return casesWhere(ctx, iin, null);
}

/**
 * One of the applicant's cases, or case.not-found (also for another person's). A fee due on
 * filing that has no invoice yet (the gateway was down when the case was filed) is asked for now.
 */
export async function myCase(ctx: ServiceContext, iin: string, caseId: string): Promise<MyCase> {
  const found = isUuid(caseId) ? (await casesWhere(ctx, iin, caseId))[0] : undefined;
  if (!found) throw new AppError('case.not-found');
  const live = found.invoices.some((i) => i.stage === 'on-filing' && (i.state === 'issued' || i.state === 'paid'));
  if (live || found.state !== 'accepted') return found;
  const invoice = await firstStageInvoice(ctx, { ...found, applicant: iin });
  return invoice ? { ...found, invoices: [...found.invoices, invoice] } : found;
}

async function casesWhere(ctx: ServiceContext, iin: string, caseId: string | null): Promise<MyCase[]> {
  let query = ctx.database.db
    .selectFrom('cases')
    .select(['id', 'number', 'service', 'variant', 'state', 'due_on', 'filed_on'])
    .where('applicant_iin', '=', iin);
  if (caseId !== null) query = query.where('id', '=', caseId);
  const rows = await query.orderBy('created_at', 'desc').limit(100).execute();
  return Promise.all(
    rows.map(async (r) => ({
      id: r.id,
      number: caseNumber(Number(r.number)),
      service: r.service,
      variant: r.variant,
      state: r.state,
      dueOn: r.due_on,
      filedOn: r.filed_on,
      invoices: paymentsEnabled(ctx) ? await invoicesOfCase(ctx, r.id) : [],
    })),
  );
}

/** D1: the filing moment on Astana's clock (UTC+5), as the engine reads it. */
function astanaMoment(now: Date): string {
  const local = new Date(now.getTime() + 5 * 3600_000).toISOString().slice(0, 19);
  return `${local}+05:00`;
}

/** One of the applicant's own documents with its content (anyone else's: case-document.not-found). */
export function myDocument(
  ctx: ServiceContext,
  iin: string,
  documentId: string,
): Promise<{ readonly document: CaseDocument; readonly content: Uint8Array }> {
  return readCaseDocument(ctx.database, { kind: 'applicant', iin }, documentId, ctx.clock.now());
}
