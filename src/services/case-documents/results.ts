// 004 cl.4, cl.6: the result of a case (the signed passport, the conclusion, a duplicate) goes to
// the applicant's cabinet and into the object's inventory file. The case engine calls this inside
// the transaction of management's signature (case-results/produce.ts), so the move and its result
// are written together or not at all; the document is kept like an upload (origin `provider`) and
// appended to the file the case's filing opened, with its audit record. Nothing is ever rewritten:
// both the document and the inventory entry are append-only.
import { randomUUID } from 'node:crypto';
import { detectMediaType } from '../../domain/case-documents/file-type.ts';
import { AppError } from '../../errors.ts';
import { SYSTEM } from '../actor.ts';
import { auditRow } from '../audit.ts';
import type { Tx } from '../transaction.ts';
import { type CaseDocument, sha256Hex } from './documents.ts';
import { appendToInventory, inventoryFileOfCase } from './inventory.ts';

export interface CaseResult {
  readonly caseId: string;
  /** What the result is (`cadastral-passport`, `conclusion`, `duplicate-passport`…). */
  readonly kind: string;
  readonly content: Uint8Array;
  /** The employee filing it. */
  readonly staff: { readonly iin: string; readonly role: string; readonly office: string };
}

export async function fileCaseResult(tx: Tx, result: CaseResult, now: Date): Promise<CaseDocument> {
  const mediaType = detectMediaType(result.content);
  if (!mediaType || result.content.length === 0) throw new AppError('case-document.wrong-type');
  {
    const kase = await tx
      .selectFrom('cases')
      .select(['id', 'service', 'variant', 'applicant_iin', 'office'])
      .where('id', '=', result.caseId)
      .executeTakeFirst();
    if (!kase || kase.office !== result.staff.office) throw new AppError('case.not-found');
    const fileId = await inventoryFileOfCase(tx, kase.id);
    if (!fileId) throw new AppError('case.not-found');
    const sha256 = sha256Hex(result.content);
    const id = randomUUID();
    await tx
      .insertInto('case_documents')
      .values({
        id,
        case_id: kase.id,
        owner_iin: kase.applicant_iin,
        origin: 'provider',
        service: kase.service,
        variant: kase.variant,
        kind: result.kind,
        media_type: mediaType,
        size_bytes: result.content.length,
        sha256,
        content: result.content,
        uploaded_at: now,
      })
      .execute();
    await appendToInventory(
      tx,
      fileId,
      [{ caseId: kase.id, entry: 'result', documentId: id, kind: result.kind, sha256 }],
      now,
    );
    // As the case's own moves (cases/trail.ts): the employee is an operator, role and office in the details.
    const audit = auditRow(now, SYSTEM, {
      action: 'inventory-append',
      details: {
        caseId: kase.id,
        inventoryFileId: fileId,
        result: id,
        role: result.staff.role,
        office: result.staff.office,
      },
    });
    await tx
      .insertInto('audit_events')
      .values({ ...audit, actor_kind: 'operator', actor: result.staff.iin })
      .execute();
    return {
      id,
      caseId: kase.id,
      kind: result.kind,
      origin: 'provider',
      mediaType,
      sizeBytes: result.content.length,
      sha256,
      uploadedAt: now,
    };
  }
}
