// A case opened with its object's inventory file, as a portal filing opens it (file-case.ts) but
// without the uploads and the consent code: for tests that take a case to its signed result
// (004 cl.4: the result is appended to the object's inventory file, so the case needs one).
import type { Database } from '../../src/db/database.ts';
import {
  appendToInventory,
  type CadastreObjectRef,
  inventoryFileOf,
  inventoryKey,
} from '../../src/services/case-documents/inventory.ts';
import { type CaseFiling, openServiceCaseIn } from '../../src/services/cases/open.ts';
import type { CaseRecord } from '../../src/services/cases/record.ts';
import { inTransaction } from '../../src/services/transaction.ts';

export function openCaseWithFile(
  database: Database,
  filing: CaseFiling,
  now: Date,
  object: CadastreObjectRef = { kind: 'rka', rka: '2301000000000001' },
): Promise<CaseRecord> {
  return inTransaction(database, async (tx) => {
    const record = await openServiceCaseIn(tx, filing, now);
    const fileId = await inventoryFileOf(tx, inventoryKey(object), now);
    const request = `${filing.variant}-request`;
    await appendToInventory(
      tx,
      fileId,
      [{ caseId: filing.id, entry: 'filing', documentId: null, kind: request, sha256: null }],
      now,
    );
    return record;
  });
}
