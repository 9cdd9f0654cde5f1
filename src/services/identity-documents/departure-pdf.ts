// The address departure sheet (мекенжайдан кету парағы, 002 R4 cl.4) as a PDF/A-3b page, made with
// the address certificate's machinery (certificate-pdf.ts: the embedded DejaVu fonts, the byte
// collector and the attachment names): Kazakh then Russian, the facts of the ended registration
// and its ground, and the seal block; the signed JSON, the seal's signature and its certificate are
// attached (certificate.json, certificate.sig, seal.pem), so readCertificateAttachments and the
// offline check read a sheet as they read a certificate.
import PDFDocument from 'pdfkit';
import type { DepartureSheet } from '../../domain/identity-documents/departure.ts';
import { displayAstanaDateTime, displayDate } from '../../i18n/display-dates.ts';
import { type MessageKey, translate } from '../../i18n/messages.ts';
import { ATTACHMENT_NAMES, BOLD, collect, REGULAR } from '../certificates/certificate-pdf.ts';
import { canonicalJson } from '../signatures/canonical-json.ts';

export interface DepartureDocumentInput {
  readonly sheet: DepartureSheet;
  /** Base64url seal signature over canonicalBytes(sheet). */
  readonly signature: string;
  readonly sealCertificatePem: string;
  readonly seal: { readonly subject: string; readonly serial: string };
}

const MARGIN = 42.52;
const WIDTH = 595.28 - 2 * MARGIN;
const both = (key: MessageKey, params: Record<string, string> = {}) =>
  `${translate('kk', key, params)} / ${translate('ru', key, params)}`;

export async function renderDeparturePdf(input: DepartureDocumentInput): Promise<Uint8Array> {
  const { sheet } = input;
  const issuedAt = new Date(sheet.issuedAt);
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    pdfVersion: '1.7',
    subset: 'PDF/A-3b',
    lang: 'kk',
    displayTitle: true,
    font: REGULAR,
    info: {
      Title: both('departure.doc-title'),
      Author: 'Tirkeu',
      Subject: sheet.number,
      Creator: 'Tirkeu',
      CreationDate: issuedAt,
    },
  });
  const done = collect(doc);
  for (const [name, data, type] of [
    [ATTACHMENT_NAMES.contentJson, canonicalJson(sheet), 'application/json'],
    [ATTACHMENT_NAMES.signature, input.signature, 'text/plain'],
    [ATTACHMENT_NAMES.sealCertificatePem, input.sealCertificatePem, 'application/x-pem-file'],
  ] as const)
    doc.file(Buffer.from(data, 'utf8'), { name, type, creationDate: issuedAt, modifiedDate: issuedAt });
  doc.font(BOLD).fontSize(15).text(translate('kk', 'departure.doc-title'), { width: WIDTH, align: 'center' });
  doc.font(BOLD).fontSize(12).text(translate('ru', 'departure.doc-title'), { width: WIDTH, align: 'center' });
  doc.moveDown(0.5).font(REGULAR).fontSize(10).text(`№ ${sheet.number}`, { width: WIDTH, align: 'center' });
  doc.moveDown(1.2);
  const rows: [MessageKey, string][] = [
    ['departure.doc-person', sheet.person],
    ['departure.doc-rka', sheet.rka],
    ['departure.doc-kind', both(`departure.kind.${sheet.registrationKind}` as MessageKey)],
    ['departure.doc-from', displayDate(sheet.registeredFrom)],
    ['departure.doc-to', displayDate(sheet.registeredTo)],
    ['departure.doc-ground', both(`departure.ground.${sheet.ground}` as MessageKey)],
    ['departure.doc-reference', sheet.reference],
    ['departure.doc-office', sheet.office],
    ['departure.doc-issued', displayAstanaDateTime(issuedAt)],
  ];
  for (const [label, value] of rows) {
    doc.font(BOLD).fontSize(9).text(both(label), { width: WIDTH });
    doc.font(REGULAR).fontSize(11).text(value, { width: WIDTH });
    doc.moveDown(0.4);
  }
  doc.moveDown(1);
  doc
    .font(REGULAR)
    .fontSize(8)
    .text(both('departure.doc-seal', { subject: input.seal.subject, serial: input.seal.serial }), {
      width: WIDTH,
    });
  doc.end();
  return done;
}
