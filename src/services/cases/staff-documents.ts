// What the applicant filed with a case, for the back office that works it (issue 19: the
// committee's executor reviews the S6/S8 documents; the same for S9/S10): the list without
// content for an employee of the case's office, and one document with its content through
// readCaseDocument, which writes the read to the personal-data access log (issue 13).
import { type CaseDocument, readCaseDocument } from '../case-documents/documents.ts';
import { isUuid } from '../../domain/uuid.ts';
import { AppError } from '../../errors.ts';
import type { ServiceContext } from '../context.ts';
import type { BackOfficeStaff } from './back-office.ts';

/** The applicant's documents of a case at this employee's office (none for another office). */
export async function documentsForStaff(
  ctx: ServiceContext,
  staff: BackOfficeStaff,
  caseId: string,
): Promise<{ readonly id: string; readonly kind: string }[]> {
  if (!isUuid(caseId)) return [];
  return ctx.database.db
    .selectFrom('case_documents as d')
    .innerJoin('cases as c', 'c.id', 'd.case_id')
    .select(['d.id', 'd.kind'])
    .where('d.case_id', '=', caseId)
    .where('d.origin', '=', 'applicant')
    .where('c.office', '=', staff.office)
    .orderBy('d.uploaded_at')
    .execute();
}

/** One of the case's documents with its content; access-logged. Another case's: not found. */
export async function documentForStaff(
  ctx: ServiceContext,
  staff: BackOfficeStaff,
  caseId: string,
  documentId: string,
): Promise<{ readonly document: CaseDocument; readonly content: Uint8Array }> {
  const read = await readCaseDocument(
    ctx.database,
    { kind: 'staff', iin: staff.iin, role: staff.role, office: staff.office },
    documentId,
    ctx.clock.now(),
  );
  if (read.document.caseId !== caseId) throw new AppError('case-document.not-found');
  return read;
}
