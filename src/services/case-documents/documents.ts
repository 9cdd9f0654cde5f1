// Issue 17 item 5: the e-copies an applicant uploads for a case (004 L1 r.8). A document is kept
// in the database (bytea) with its sha256, under the id its case will have; its type is read from
// its content (domain/case-documents/file-type.ts). Until the case is filed the applicant may
// replace a document; after, it is in the object's inventory file and is never rewritten.
// A citizen reads only their own documents; a staff read is written to the access log.
import { createHash, randomUUID } from 'node:crypto';
import type { Database } from '../../db/database.ts';
import { type ApplicantStatements } from '../../domain/case-documents/required.ts';
import { checkUpload } from '../../domain/case-documents/upload-check.ts';
import type { DocumentMediaType } from '../../domain/case-documents/file-type.ts';
import type { CaseActor } from '../../domain/cases/case.ts';
import { dateInAstana } from '../../domain/dates.ts';
import { serviceOn } from '../../domain/public-services/catalogue.ts';
import type { ServiceId } from '../../domain/public-services/definition.ts';
import { isUuid } from '../../domain/uuid.ts';
import { AppError } from '../../errors.ts';
import { recordAudit } from '../audit.ts';
import { recordAccess } from '../privacy/access-log.ts';
import { inTransaction, type Tx } from '../transaction.ts';

export interface DocumentUpload {
  /** The id the case will have (the filing's id). */
  readonly caseId: string;
  readonly owner: string;
  readonly service: ServiceId;
  readonly variant: string;
  readonly statements: ApplicantStatements;
  /** The definition's document id (`title-document`…). */
  readonly kind: string;
  readonly content: Uint8Array;
}

export interface CaseDocument {
  readonly id: string;
  readonly caseId: string;
  readonly kind: string;
  readonly origin: 'applicant' | 'provider';
  readonly mediaType: DocumentMediaType;
  readonly sizeBytes: number;
  readonly sha256: string;
  readonly uploadedAt: Date;
}

export const sha256Hex = (content: Uint8Array): string => createHash('sha256').update(content).digest('hex');

/** Keeps an uploaded e-copy, replacing the one of the same kind uploaded earlier for the same filing. */
export async function uploadCaseDocument(database: Database, upload: DocumentUpload, now: Date): Promise<CaseDocument> {
  if (!isUuid(upload.caseId)) throw new AppError('case-document.not-found');
  const { definition } = serviceOn(upload.service, dateInAstana(now));
  const check = checkUpload(definition, upload.variant, upload.statements, upload.kind, upload.content);
  if (!check.ok) {
    const { code, ...params } = check.problem;
    throw new AppError(code, params, { path: `/documents/${upload.kind}` });
  }
  return inTransaction(database, async (tx) => {
    await refuseWhenFiled(tx, upload.caseId);
    const earlier = await tx
      .deleteFrom('case_documents')
      .where('case_id', '=', upload.caseId)
      .where('owner_iin', '=', upload.owner)
      .where('kind', '=', upload.kind)
      .returning('id')
      .execute();
    const row = await tx
      .insertInto('case_documents')
      .values({
        id: randomUUID(),
        case_id: upload.caseId,
        owner_iin: upload.owner,
        origin: 'applicant',
        service: upload.service,
        variant: upload.variant,
        kind: upload.kind,
        media_type: check.mediaType,
        size_bytes: upload.content.length,
        sha256: sha256Hex(upload.content),
        content: upload.content,
        uploaded_at: now,
      })
      .returning(['id', 'case_id', 'kind', 'origin', 'media_type', 'size_bytes', 'sha256', 'uploaded_at'])
      .executeTakeFirstOrThrow();
    await recordAudit(
      tx,
      now,
      { kind: 'citizen', iin: upload.owner },
      {
        action: 'case-document-upload',
        details: {
          caseId: upload.caseId,
          documentId: row.id,
          kind: upload.kind,
          sha256: row.sha256,
          replaced: earlier.length,
        },
      },
    );
    return toDocument(row);
  });
}

/** Removes a document uploaded for a filing not sent yet. */
export async function discardCaseDocument(
  database: Database,
  owner: string,
  caseId: string,
  documentId: string,
  now: Date,
): Promise<void> {
  if (!isUuid(caseId) || !isUuid(documentId)) throw new AppError('case-document.not-found');
  await inTransaction(database, async (tx) => {
    await refuseWhenFiled(tx, caseId);
    const gone = await tx
      .deleteFrom('case_documents')
      .where('id', '=', documentId)
      .where('case_id', '=', caseId)
      .where('owner_iin', '=', owner)
      .returning('kind')
      .executeTakeFirst();
    if (!gone) throw new AppError('case-document.not-found');
    await recordAudit(
      tx,
      now,
      { kind: 'citizen', iin: owner },
      {
        action: 'case-document-discard',
        details: { caseId, documentId, kind: gone.kind },
      },
    );
  });
}

/**
 * The applicant's uploads for a case (filed or not), without their content. The results the
 * provider filed are not among them: they reach the applicant once issued (my-results.ts).
 */
export async function documentsOfCase(database: Database, owner: string, caseId: string): Promise<CaseDocument[]> {
  if (!isUuid(caseId)) return [];
  const rows = await database.db
    .selectFrom('case_documents')
    .select(['id', 'case_id', 'kind', 'origin', 'media_type', 'size_bytes', 'sha256', 'uploaded_at'])
    .where('case_id', '=', caseId)
    .where('owner_iin', '=', owner)
    .where('origin', '=', 'applicant')
    .orderBy('uploaded_at')
    .execute();
  return rows.map(toDocument);
}

/**
 * One document with its content: for its owner (a result only once issued), or for an employee of the office that serves
 * its (filed) case, whose read is written to the access log in the same transaction (issue 13).
 * Anyone else is told there is no such document.
 */
export async function readCaseDocument(
  database: Database,
  actor: CaseActor,
  documentId: string,
  now: Date,
): Promise<{ readonly document: CaseDocument; readonly content: Uint8Array }> {
  if (!isUuid(documentId)) throw new AppError('case-document.not-found');
  return inTransaction(database, async (tx) => {
    const row = await tx
      .selectFrom('case_documents as d')
      .leftJoin('cases as c', 'c.id', 'd.case_id')
      .select(['d.id', 'd.case_id', 'd.kind', 'd.origin', 'd.media_type', 'd.size_bytes', 'd.sha256'])
      .select(['d.uploaded_at', 'd.content', 'd.owner_iin', 'c.office', 'c.applicant_iin', 'c.state'])
      .where('d.id', '=', documentId)
      .executeTakeFirst();
    if (!row) throw new AppError('case-document.not-found');
    // 004 cl.6, L1 r.8: a result the provider filed is the applicant's only once it is issued
    // (the passport waits for the additional payment); until then it is not theirs to read.
    const released = row.origin === 'applicant' || row.state === 'issued';
    const own = actor.kind === 'applicant' && actor.iin === row.owner_iin && released;
    const staffOfOffice = actor.kind === 'staff' && row.office !== null && actor.office === row.office;
    if (!own && !staffOfOffice) throw new AppError('case-document.not-found');
    if (actor.kind === 'staff')
      await recordAccess(tx, now, [
        {
          subject: row.applicant_iin ?? row.owner_iin,
          actor: { kind: 'operator', iin: actor.iin, role: actor.role, office: actor.office },
          purpose: 'case-read',
          caseId: row.case_id,
        },
      ]);
    return { document: toDocument(row), content: row.content };
  });
}

/** Documents of a case that is filed are in its inventory file and no longer change. */
async function refuseWhenFiled(tx: Tx, caseId: string): Promise<void> {
  const filed = await tx.selectFrom('cases').select('id').where('id', '=', caseId).executeTakeFirst();
  if (filed) throw new AppError('case-document.filed');
}

/** A stored row as the services give a document out (without its content). */
export function toDocument(row: {
  id: string;
  case_id: string;
  kind: string;
  origin: 'applicant' | 'provider';
  media_type: DocumentMediaType;
  size_bytes: number;
  sha256: string;
  uploaded_at: Date;
}): CaseDocument {
  return {
    id: row.id,
    caseId: row.case_id,
    kind: row.kind,
    origin: row.origin,
    mediaType: row.media_type,
    sizeBytes: row.size_bytes,
    sha256: row.sha256,
    uploadedAt: row.uploaded_at,
  };
}
