// Issue 17 items 5–6: filing an S9 or S10 case from the portal with its e-copies. Complete
// documents are checked first (004 cl.4: incomplete documents end in a refusal of further
// consideration, so no case is opened); then in one transaction the case is opened (the engine's
// deadline, audit record and "accepted" message, services/cases/open.ts) and its filing and
// documents are appended to the object's inventory file. No case is opened without the
// applicant's consent to use protected data (004 cl.4; its absence is refusal ground 5, L1 r.9):
// the consent is the SMS code the applicant confirmed for this filing (portal.ts).
import type { Database } from '../../db/database.ts';
import { type ApplicantStatements, documentsNeeded } from '../../domain/case-documents/required.ts';
import { parseFilingMoment } from '../../domain/deadlines/clock.ts';
import { serviceOn } from '../../domain/public-services/catalogue.ts';
import { isUuid } from '../../domain/uuid.ts';
import { AppError } from '../../errors.ts';
import { recordAudit } from '../audit.ts';
import { type CaseFiling, openServiceCaseIn } from '../cases/open.ts';
import type { CaseRecord } from '../cases/record.ts';
import { inTransaction } from '../transaction.ts';
import {
  appendToInventory,
  type CadastreObjectRef,
  inventoryFileOf,
  inventoryFileOfCase,
  inventoryKey,
} from './inventory.ts';

/** 004 cl.4: consent by a code to the applicant's phone, confirmed for this filing (the challenge's id). */
export interface FilingConsent {
  readonly means: 'sms-code';
  readonly challengeId: string;
}

/** The purpose of the consent code of a filing: the code is bound to the case it consents for. */
export const consentPurpose = (caseId: string) => `case-consent:${caseId}`;

export interface DocumentedFiling {
  readonly filing: CaseFiling;
  readonly consent: FilingConsent;
  readonly object: CadastreObjectRef;
  readonly statements: ApplicantStatements;
}

export async function fileDocumentedCase(
  database: Database,
  request: DocumentedFiling,
  now: Date,
): Promise<CaseRecord> {
  const { filing } = request;
  const key = inventoryKey(request.object);
  const moment = parseFilingMoment(filing.filedAt);
  if (!moment) throw new AppError('invalid-moment', {}, { path: '/filedAt' });
  const { definition } = serviceOn(filing.service, moment.date);
  const needed = documentsNeeded(definition, filing.variant, request.statements);
  return inTransaction(database, async (tx) => {
    const uploaded = await tx
      .selectFrom('case_documents')
      .select(['id', 'kind', 'sha256'])
      .where('case_id', '=', filing.id)
      .where('owner_iin', '=', filing.applicant)
      .where('origin', '=', 'applicant')
      .orderBy('uploaded_at')
      .execute();
    const consented = isUuid(request.consent.challengeId)
      ? await tx
          .selectFrom('otp_challenges')
          .select('id')
          .where('id', '=', request.consent.challengeId)
          .where('iin', '=', filing.applicant)
          .where('purpose', '=', consentPurpose(filing.id))
          .where('consumed_at', 'is not', null)
          .executeTakeFirst()
      : undefined;
    if (!consented) throw new AppError('case-document.no-consent', {}, { path: '/consent' });
    const missing = needed.find((d) => !uploaded.some((u) => u.kind === d.id));
    if (missing) throw new AppError('case-document.missing', {}, { path: `/documents/${missing.id}` });
    // A retry of a filing already made returns its case and appends nothing twice.
    const before = await inventoryFileOfCase(tx, filing.id);
    const record = await openServiceCaseIn(tx, filing, now);
    if (before) return record;
    const fileId = await inventoryFileOf(tx, key, now);
    // Documents uploaded for a kind the variant does not need (a statement changed) are not filed.
    const filed = uploaded.filter((u) => needed.some((d) => d.id === u.kind));
    await appendToInventory(
      tx,
      fileId,
      [
        { caseId: filing.id, entry: 'filing', documentId: null, kind: `${filing.variant}-request`, sha256: null },
        ...filed.map((u) => ({
          caseId: filing.id,
          entry: 'document' as const,
          documentId: u.id,
          kind: u.kind,
          sha256: u.sha256,
        })),
      ],
      now,
    );
    await recordAudit(
      tx,
      now,
      { kind: 'citizen', iin: filing.applicant },
      {
        action: 'case-consent',
        details: { caseId: filing.id, means: request.consent.means, challengeId: request.consent.challengeId },
      },
    );
    await recordAudit(
      tx,
      now,
      { kind: 'citizen', iin: filing.applicant },
      {
        action: 'inventory-append',
        details: { caseId: filing.id, inventoryFileId: fileId, documents: filed.map((u) => u.id) },
      },
    );
    return record;
  });
}
