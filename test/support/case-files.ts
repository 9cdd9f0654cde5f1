// A case opened with its object's inventory file, as a portal filing opens it (file-case.ts) but
// without the uploads and the consent code: for tests that take a case to its signed result
// (004 cl.4: the result is appended to the object's inventory file, so the case needs one).
import { randomUUID } from 'node:crypto';
import type { Database } from '../../src/db/database.ts';
import { RESULT_DOCUMENTS } from '../../src/domain/case-results/result-documents.ts';
import { produceCaseResults } from '../../src/services/case-results/produce.ts';
import { applyCaseEvent } from '../../src/services/cases/apply.ts';
import type { Seal } from '../../src/services/certificates/seal.ts';
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

const PASSPORT_OFFICE = 'astana-1';
const MEASURED = { totalAreaM2: 55, livingAreaM2: 40, rooms: 2, explication: 'room 20; kitchen 10' };

/**
 * An earlier cadastral passport of the object in its inventory file (004 cl.6, cl.7): an S9b case
 * filed under `object`, inspected, and its passport drawn up and sealed as management's signature
 * does it (produceCaseResults). For tests of what copies or corrects a passport (S10, 004 cl.7).
 */
export async function passportInFile(
  ctx: { database: Database; seal: Seal },
  object: CadastreObjectRef,
  applicant: string,
  now: Date,
): Promise<string> {
  const { case: kase, number } = await openCaseWithFile(
    ctx.database,
    {
      id: randomUUID(),
      service: 'S9',
      variant: 'S9b',
      channel: 'portal',
      // D1: the moment on Astana's clock (UTC+5).
      filedAt: `${new Date(now.getTime() + 5 * 3600_000).toISOString().slice(0, 19)}+05:00`,
      facts: { object: 'flat' },
      applicant,
      office: PASSPORT_OFFICE,
    },
    now,
    object,
  );
  const staff = (role: string) => ({ kind: 'staff', iin: '850101300001', role, office: PASSPORT_OFFICE }) as const;
  for (const [step, role, output] of [
    ['archive', 'archive-employee', undefined],
    ['inspect', 'technical-inspector', MEASURED],
  ] as const)
    await applyCaseEvent(
      ctx.database,
      { caseId: kase.id, event: { kind: 'complete-step', step, actor: staff(role), ...(output ? { output } : {}) } },
      now,
    );
  await inTransaction(ctx.database, (tx) =>
    produceCaseResults(tx, {
      kase,
      number,
      spec: RESULT_DOCUMENTS['S9b']!,
      actor: staff('management'),
      seal: ctx.seal,
      now,
    }),
  );
  return kase.id;
}
