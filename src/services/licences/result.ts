// Issue 19: the result of an issued S6 or S8 case as a PDF signed with the service's seal — the
// guarantee obligation (003 ¶B1, paper: printed at the ЦОН or the office) and the processing
// permit (003 ¶B3, electronic). Made once, the first time it is asked for after the issue, and
// kept as the case's document of origin `provider`; the seal signs the canonical JSON of what the
// page prints, which travels inside the PDF (result.json, result.sig, seal.pem) as in the address
// certificate (certificates/certificate-pdf.ts). Kept small on purpose: one page, text only.
import { createRequire } from 'node:module';
import { randomUUID } from 'node:crypto';
import PDFDocument from 'pdfkit';
import { isLicenceService, type LicenceService } from '../../domain/licences/filing.ts';
import { dateInAstana } from '../../domain/dates.ts';
import { isUuid } from '../../domain/uuid.ts';
import { AppError } from '../../errors.ts';
import { translate } from '../../i18n/messages.ts';
import type { Actor } from '../actor.ts';
import { type CaseDocument, sha256Hex, toDocument } from '../case-documents/documents.ts';
import { caseNumber } from '../cases/record.ts';
import type { ServiceContext } from '../context.ts';
import { canonicalBytes, canonicalJson } from '../signatures/canonical-json.ts';
import { inTransaction } from '../transaction.ts';
import { COMMITTEE_OFFICE } from './file-licence.ts';

const require = createRequire(import.meta.url);
const FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');

/** What the result says; the seal signs exactly this. */
export interface LicenceResultContent {
  readonly number: string;
  readonly service: LicenceService;
  /** The legal entity's BIN, or the natural person's IIN. */
  readonly party: string;
  readonly issuedOn: string;
  readonly provider: string;
}

export const resultKind = (service: LicenceService) => `${service}-result`;

/** The signed result of an issued case, for its applicant or the committee (made on first ask). */
export async function licenceResult(
  ctx: ServiceContext,
  actor: Actor,
  caseId: string,
): Promise<{ readonly document: CaseDocument; readonly content: Uint8Array }> {
  const now = ctx.clock.now();
  if (!isUuid(caseId)) throw new AppError('case.not-found');
  return inTransaction(ctx.database, async (tx) => {
    const row = await tx
      .selectFrom('cases as c')
      .innerJoin('licence_filings as f', 'f.case_id', 'c.id')
      .select([
        'c.id',
        'c.number',
        'c.service',
        'c.state',
        'c.applicant_iin',
        'c.updated_at',
        'f.party_bin',
        'f.party_iin',
      ])
      .where('c.id', '=', caseId)
      .forUpdate()
      .executeTakeFirst();
    const mine =
      row &&
      ((actor.kind === 'citizen' && actor.iin === row.applicant_iin) ||
        (actor.kind === 'operator' && actor.office === COMMITTEE_OFFICE));
    if (!row || !mine || !isLicenceService(row.service)) throw new AppError('case.not-found');
    if (row.state !== 'issued') throw new AppError('licence.result-not-ready');
    const kind = resultKind(row.service);
    const kept = await tx
      .selectFrom('case_documents')
      .selectAll()
      .where('case_id', '=', caseId)
      .where('origin', '=', 'provider')
      .where('kind', '=', kind)
      .executeTakeFirst();
    if (kept) return { document: toDocument(kept), content: kept.content };
    const content: LicenceResultContent = {
      number: caseNumber(Number(row.number)),
      service: row.service,
      party: row.party_bin ?? row.party_iin ?? '',
      issuedOn: dateInAstana(row.updated_at),
      provider: 'Committee of Industrial Development and Industrial Safety',
    };
    const signature = await ctx.seal.sign(canonicalBytes(content));
    const pdf = await renderResultPdf(content, signature, ctx.seal.certificatePem, ctx.seal.label);
    const stored = await tx
      .insertInto('case_documents')
      .values({
        id: randomUUID(),
        case_id: caseId,
        owner_iin: row.applicant_iin,
        origin: 'provider',
        service: row.service,
        variant: row.service,
        kind,
        media_type: 'application/pdf',
        size_bytes: pdf.length,
        sha256: sha256Hex(pdf),
        content: pdf,
        uploaded_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { document: toDocument(stored), content: pdf };
  });
}

/** One A4 page in Kazakh and Russian with the signed content attached. */
export function renderResultPdf(
  content: LicenceResultContent,
  signature: string,
  sealPem: string,
  seal: { subject: string; serial: string },
): Promise<Uint8Array> {
  const both = (key: Parameters<typeof translate>[1], params: Record<string, string> = {}) =>
    `${translate('kk', key, params)}\n${translate('ru', key, params)}`;
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    font: FONT,
    info: { Title: content.number, Creator: 'Tirkeu' },
  });
  const done = new Promise<Uint8Array>((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  doc.fontSize(16).text(both(`licence.result-title.${content.service}`));
  doc.moveDown().fontSize(11);
  doc.text(both('licence.result-number', { number: content.number }));
  doc.moveDown(0.5).text(both('licence.result-party', { party: content.party }));
  doc.moveDown(0.5).text(both('licence.result-issued', { date: content.issuedOn }));
  doc.moveDown(0.5).text(both('licence.result-provider'));
  doc
    .moveDown()
    .fontSize(9)
    .text(both('licence.result-seal', { subject: seal.subject, serial: seal.serial }));
  doc.file(Buffer.from(canonicalJson(content)), { name: 'result.json', type: 'application/json' });
  doc.file(Buffer.from(signature), { name: 'result.sig', type: 'text/plain' });
  doc.file(Buffer.from(sealPem), { name: 'seal.pem', type: 'application/x-pem-file' });
  doc.end();
  return done;
}
