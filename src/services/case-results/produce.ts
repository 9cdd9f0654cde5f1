// 004 cl.4, cl.9: when management signs, the result is drawn up, signed with the provider's seal
// and filed — to the applicant's cabinet and into the object's inventory file — inside the
// transaction of the signing move itself (cases/apply.ts), so a case is never signed without its
// result, nor a result filed for a move that did not happen. What the result states comes from
// the case: the inspection's measurements and S9c's conclusion recorded with their steps, S9a's
// object as entered into ЕГКН, S10's passport copied from the inventory file (004 cl.9).
import type { Case, CaseActor } from '../../domain/cases/case.ts';
import {
  buildResult,
  type Measurements,
  type ResultFacts,
  type ResultLine,
  type ResultSpec,
} from '../../domain/case-results/result-documents.ts';
import { AppError } from '../../errors.ts';
import type { CaseDocument } from '../case-documents/documents.ts';
import { fileCaseResult } from '../case-documents/results.ts';
import { readCertificateAttachments } from '../certificates/certificate-pdf.ts';
import type { Seal } from '../certificates/seal.ts';
import { caseNumber } from '../cases/record.ts';
import { canonicalBytes } from '../signatures/canonical-json.ts';
import type { Tx } from '../transaction.ts';
import { renderResultPdf } from './result-pdf.ts';

export interface ResultSigning {
  readonly kase: Case;
  readonly number: number;
  readonly spec: ResultSpec;
  readonly actor: CaseActor;
  readonly seal: Seal;
  readonly now: Date;
}

/** Draws up, seals, renders and files the variant's result documents; returns what was filed. */
export async function produceCaseResults(tx: Tx, signing: ResultSigning): Promise<CaseDocument[]> {
  const { kase, actor, seal, now } = signing;
  if (actor.kind !== 'staff') throw new AppError('case.wrong-actor', { expected: 'staff' });
  const facts = await gatherFacts(tx, signing);
  await tx
    .insertInto('seal_certificates')
    .values({ serial: seal.label.serial, pem: seal.certificatePem })
    .onConflict((oc) => oc.column('serial').doNothing())
    .execute();
  const filed: CaseDocument[] = [];
  for (const kind of signing.spec.documents) {
    const built = buildResult(kind, facts, signing.spec.source);
    if (!built.ok) {
      if (built.missing === 'passport') throw new AppError('case.no-passport-to-copy');
      throw new AppError('case.result-incomplete', { missing: built.missing });
    }
    const signature = await seal.sign(canonicalBytes(built.content));
    const pdf = await renderResultPdf({ content: built.content, signature, seal });
    const staff = { iin: actor.iin, role: actor.role, office: actor.office };
    filed.push(await fileCaseResult(tx, { caseId: kase.id, kind, content: pdf, staff }, now));
  }
  return filed;
}

/** 004 cl.9, cl.7: the variants whose result starts from the passport in the inventory file. */
const COPIES_PASSPORT = new Set(['S10', 'S9-correction']);

async function gatherFacts(tx: Tx, signing: ResultSigning): Promise<ResultFacts> {
  const { kase } = signing;
  const file = await tx
    .selectFrom('inventory_entries as e')
    .innerJoin('inventory_files as f', 'f.id', 'e.file_id')
    .select(['f.id', 'f.object_key'])
    .where('e.case_id', '=', kase.id)
    .where('e.entry', '=', 'filing')
    .executeTakeFirst();
  // 004 cl.4: every case's materials are in its object's inventory file; without one, no result.
  if (!file) throw new AppError('case.not-found');
  const key = file.object_key;
  // The object's address as ЕГКН holds it now (a renaming changes it there, 004 cl.7); for an
  // object filed by address only, the address its file is kept under.
  const rka = key.startsWith('rka:') ? key.slice(4) : null;
  const registered = rka
    ? await tx.selectFrom('dwellings').select('address').where('rka', '=', rka).executeTakeFirst()
    : undefined;
  const object = rka
    ? { rka, address: registered?.address ?? null }
    : { rka: null, address: key.slice('address:'.length) };
  const inspect = await stepOutput(tx, kase.id, 'inspect');
  const found = await stepOutput(tx, kase.id, 'discrepancies');
  return {
    caseNumber: caseNumber(signing.number),
    service: kase.service,
    variant: kase.variant,
    signedAt: signing.now.toISOString(),
    object,
    cadastre: kase.facts.cadastre ?? null,
    measurements: inspect ? measurementsOf(inspect) : null,
    conclusion: typeof found?.['conclusion'] === 'string' ? found['conclusion'] : null,
    passport: COPIES_PASSPORT.has(kase.variant) ? await passportInFile(tx, file.id) : null,
    correction: kase.facts.correction ?? null,
  };
}

/** What a step recorded when it was completed (its latest completion). */
async function stepOutput(tx: Tx, caseId: string, step: string): Promise<Record<string, unknown> | null> {
  const event = await tx
    .selectFrom('case_events')
    .select('details')
    .where('case_id', '=', caseId)
    .where('event', '=', 'complete-step')
    .where('step', '=', step)
    .orderBy('seq', 'desc')
    .executeTakeFirst();
  const output = (event?.details['input'] as { output?: unknown } | undefined)?.output;
  return output !== null && typeof output === 'object' ? (output as Record<string, unknown>) : null;
}

function measurementsOf(output: Record<string, unknown>): Measurements | null {
  const { totalAreaM2, livingAreaM2, rooms, explication } = output;
  if (typeof totalAreaM2 !== 'number' || typeof livingAreaM2 !== 'number') return null;
  if (typeof rooms !== 'number' || typeof explication !== 'string') return null;
  return { totalAreaM2, livingAreaM2, rooms, explication };
}

/** 004 cl.9: the newest cadastral passport in the object's file, as its seal signed it. */
async function passportInFile(tx: Tx, fileId: string): Promise<ResultLine[] | null> {
  const entry = await tx
    .selectFrom('inventory_entries as e')
    .innerJoin('case_documents as d', 'd.id', 'e.document_id')
    .select('d.content')
    .where('e.file_id', '=', fileId)
    .where('e.entry', '=', 'result')
    .where('e.kind', '=', 'cadastral-passport')
    .orderBy('e.seq', 'desc')
    .executeTakeFirst();
  if (!entry) return null;
  const attached = await readCertificateAttachments(entry.content);
  if (!attached) return null;
  const content = JSON.parse(attached.contentJson) as { lines?: unknown };
  return Array.isArray(content.lines) ? (content.lines as ResultLine[]) : null;
}
