// C6/C7: the address certificate as a PDF/A-3b document. Kazakh and Russian on one page (Kazakh
// first, as Kazakh state documents are), a QR code holding the short verification URL, and three
// associated files that let anyone check the seal offline: certificate.json (the canonical JSON the
// seal signed), certificate.sig (the base64url seal signature) and seal.pem (the seal certificate).
//
// Writing uses pdfkit (PDF/A subsets, embedded TrueType subsets, associated files). Reading the
// attachments back uses pdf-lib, read only: it is pure JS with no worker or canvas, gives direct
// access to the catalog's Names → EmbeddedFiles tree and decodes Flate streams; pdfjs-dist would
// also read attachments but brings a 30 MB renderer and a worker set-up for one dictionary walk.
// pdf-lib has had no release since 2021; the part used here (parsing a classic xref PDF such as
// pdfkit writes) is stable, and every failure is turned into null.
//
// Determinism: pdfkit derives the file ID from the Info dictionary (MD5 over it, CreationDate =
// issuedAt), names font subsets from the font's resource id and takes attachment dates from the
// options, so the same input gives the same bytes (the tests check it) as long as pdfkit,
// fontkit and the DejaVu files stay the same versions.
//
// No personal data is logged here; the Info dictionary and XMP carry only the certificate number.
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument as PdfLibDocument, PDFName, PDFRawStream } from 'pdf-lib';
import QRCode from 'qrcode';
import type { CertificateContent, CertifiedRegistration } from '../../domain/certificates/content.ts';
import { type MessageKey, type MessageParams, translate } from '../../i18n/messages.ts';
import { canonicalJson } from '../signatures/canonical-json.ts';
import { displayAstanaDateTime, displayDate } from '../../i18n/display-dates.ts';

export interface CertificateDocumentInput {
  content: CertificateContent;
  /** The short verification URL the QR code holds, e.g. https://tirkeu.example/v/AC-7K3M-9QXD-2HFP?s=<86 chars base64url> */
  verifyUrl: string;
  /** Base64url signature of the service seal over canonicalBytes(content) (src/services/signatures/canonical-json.ts). */
  signature: string;
  /** PEM of the seal certificate (the service's signing certificate). */
  sealCertificatePem: string;
  /** Printed "signed by" line, e.g. the seal certificate subject CN and serial. */
  seal: { subject: string; serial: string };
}

export interface CertificateAttachments {
  contentJson: string;
  signature: string;
  sealCertificatePem: string;
}

export const ATTACHMENT_NAMES = {
  contentJson: 'certificate.json',
  signature: 'certificate.sig',
  sealCertificatePem: 'seal.pem',
} as const;

const require = createRequire(import.meta.url);
/** The embedded fonts and the byte collector, shared with the S4 departure sheet (departure-pdf.ts). */
export const REGULAR = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
export const BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

// A4 portrait in points; 15 mm margins.
export const PAGE_WIDTH = 595.28;
export const PAGE_HEIGHT = 841.89;
export const MARGIN = 42.52;
export const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
export const FOOTER_TOP = PAGE_HEIGHT - 34;
/** Lowest y the body may reach; the footer lives below it. */
export const BODY_BOTTOM = FOOTER_TOP - 10;
const MM = 72 / 25.4;
const QR_SIZE = 36 * MM; // the symbol itself; the page around it is its quiet zone

const INK = '#1a1a1a';
export const MUTED = '#5b6470';
export const RULE = '#b8c0ca';
const HEADER_FILL = '#eef1f5';

interface Column {
  kk: MessageKey | null;
  width: number;
}
const COLUMNS: Column[] = [
  { kk: null, width: 20 }, // №
  { kk: 'cert-doc-col-kind', width: 82 },
  { kk: 'cert-doc-col-address', width: 0 }, // takes what the others leave
  { kk: 'cert-doc-col-rka', width: 90 },
  { kk: 'cert-doc-col-from', width: 62 },
  { kk: 'cert-doc-col-to', width: 62 },
];
COLUMNS[2]!.width = CONTENT_WIDTH - COLUMNS.reduce((sum, c) => sum + c.width, 0);
const CELL_PAD = 4;

export type Doc = PDFKit.PDFDocument;

export interface TextStyle {
  size: number;
  bold?: boolean;
  color?: string;
  width?: number;
  align?: 'left' | 'center' | 'right';
}

export async function renderCertificatePdf(input: CertificateDocumentInput): Promise<Uint8Array> {
  const { content } = input;
  const issuedAt = new Date(content.issuedAt);
  if (Number.isNaN(issuedAt.getTime())) throw new TypeError('renderCertificatePdf: issuedAt is not an instant');
  const both = (key: MessageKey, params?: MessageParams) => `${kk(key, params)} / ${ru(key, params)}`;

  const doc = new PDFDocument({
    size: [PAGE_WIDTH, PAGE_HEIGHT],
    margin: 0, // the layout below places everything itself; pdfkit never breaks pages on its own
    pdfVersion: '1.7',
    subset: 'PDF/A-3b',
    lang: 'kk',
    displayTitle: true,
    bufferPages: true,
    font: REGULAR, // never the standard-14 Helvetica: PDF/A needs every font embedded
    info: {
      Title: both('cert-doc-title'),
      Author: 'Tirkeu',
      Subject: both('cert-doc-meta-subject', { number: content.number }),
      Creator: 'Tirkeu',
      CreationDate: issuedAt,
    },
  });
  const done = collect(doc);

  attachSealFiles(
    doc,
    {
      contentJson: canonicalJson(input.content),
      signature: input.signature,
      sealCertificatePem: input.sealCertificatePem,
    },
    issuedAt,
  );

  let y = drawDocumentHeader(doc, content.number);
  y = drawFacts(doc, content, issuedAt, y + 14);
  y = drawRegistrations(doc, content, y + 16);
  drawSealBlock(doc, input, y + 18);
  drawFooters(doc, content.number);

  doc.end();
  return done;
}

/** Reads the attachments back from a PDF made by renderCertificatePdf; null when they are absent or the bytes are not such a PDF (never throws on bad input). */
export async function readCertificateAttachments(pdf: Uint8Array): Promise<CertificateAttachments | null> {
  if (!(pdf instanceof Uint8Array) || !startsWithPdfHeader(pdf)) return null;
  try {
    const document = await PdfLibDocument.load(pdf, { updateMetadata: false, throwOnInvalidObject: false });
    const names = document.catalog.lookupMaybe(PDFName.of('Names'), PDFDict);
    const tree = names?.lookupMaybe(PDFName.of('EmbeddedFiles'), PDFDict);
    if (!tree) return null;
    const files = new Map<string, string>();
    collectNameTree(tree, files, 0);
    const contentJson = files.get(ATTACHMENT_NAMES.contentJson);
    const signature = files.get(ATTACHMENT_NAMES.signature);
    const sealCertificatePem = files.get(ATTACHMENT_NAMES.sealCertificatePem);
    if (contentJson === undefined || signature === undefined || sealCertificatePem === undefined) return null;
    return { contentJson, signature, sealCertificatePem };
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Layout

function drawDocumentHeader(doc: Doc, number: string): number {
  let y = MARGIN;
  text(doc, kk('cert-doc-service'), MARGIN, y, { size: 7.5, color: MUTED });
  text(doc, ru('cert-doc-service'), MARGIN, y, { size: 7.5, color: MUTED, width: CONTENT_WIDTH, align: 'right' });
  y += 13;
  rule(doc, y, RULE);
  y += 16;
  y += text(doc, kk('cert-doc-title'), MARGIN, y, { size: 18, bold: true, width: CONTENT_WIDTH, align: 'center' });
  y += 1;
  y += text(doc, ru('cert-doc-title'), MARGIN, y, { size: 13, color: MUTED, width: CONTENT_WIDTH, align: 'center' });
  y += 6;
  y += text(doc, `№ ${number}`, MARGIN, y, { size: 12, bold: true, width: CONTENT_WIDTH, align: 'center' });
  return y;
}

/** The header on pages after the first. */
function drawContinuationHeader(doc: Doc, number: string): number {
  let y = MARGIN;
  const title = `${kk('cert-doc-title')} / ${ru('cert-doc-title')}`;
  text(doc, title, MARGIN, y, { size: 9, bold: true });
  text(doc, `№ ${number}`, MARGIN, y, { size: 9, bold: true, width: CONTENT_WIDTH, align: 'right' });
  y += 14;
  rule(doc, y, RULE);
  return y + 10;
}

const LABEL_WIDTH = 190;
const VALUE_X = MARGIN + LABEL_WIDTH + 10;
const VALUE_WIDTH = CONTENT_WIDTH - LABEL_WIDTH - 10;

function drawFacts(doc: Doc, content: CertificateContent, issuedAt: Date, top: number): number {
  let y = top;
  const time = displayAstanaDateTime(issuedAt);
  y = fact(doc, y, 'cert-doc-issued-at', [
    { text: kk('cert-doc-issued-at-value', { time }), size: 10 },
    { text: ru('cert-doc-issued-at-value', { time }), size: 8.5, color: MUTED },
  ]);
  y = fact(doc, y, 'cert-doc-as-of', [{ text: displayDate(content.asOf), size: 10 }]);
  const kind: MessageKey = content.kind === 'current' ? 'cert-doc-kind-current' : 'cert-doc-kind-history';
  y = fact(doc, y, 'cert-doc-kind', [
    { text: kk(kind), size: 10 },
    { text: ru(kind), size: 8.5, color: MUTED },
  ]);

  y += 8;
  y = heading(doc, y, 'cert-doc-subject');
  y = fact(doc, y, 'cert-doc-name', [{ text: content.subject.name, size: 11, bold: true }]);
  y = fact(doc, y, 'cert-doc-iin', [{ text: content.subject.iin, size: 10 }]);
  y = fact(doc, y, 'cert-doc-birth-date', [{ text: displayDate(content.subject.birthDate), size: 10 }]);
  return y;
}

interface Line {
  text: string;
  size: number;
  bold?: boolean;
  color?: string;
}

/** A labelled row: the Kazakh label over the Russian one on the left, the value on the right. */
function fact(doc: Doc, y: number, label: MessageKey, value: Line[]): number {
  let left = y;
  left += text(doc, kk(label), MARGIN, left, { size: 9, width: LABEL_WIDTH });
  left += text(doc, ru(label), MARGIN, left, { size: 8, color: MUTED, width: LABEL_WIDTH });
  let right = y;
  for (const line of value) {
    right += text(doc, line.text, VALUE_X, right, { ...line, width: VALUE_WIDTH });
  }
  return Math.max(left, right) + 6;
}

/** A section heading; underlined unless a table (which has its own top rule) follows. */
function heading(doc: Doc, y: number, key: MessageKey, underline = true): number {
  const height = text(doc, `${kk(key)} / ${ru(key)}`, MARGIN, y, { size: 10.5, bold: true, width: CONTENT_WIDTH });
  if (!underline) return y + height + 4;
  rule(doc, y + height + 2, INK, 0.6);
  return y + height + 8;
}

function drawRegistrations(doc: Doc, content: CertificateContent, top: number): number {
  let y = heading(doc, top, 'cert-doc-registrations', false);
  y = drawTableHeader(doc, y);
  content.registrations.forEach((registration, index) => {
    const cells = registrationCells(doc, registration, index);
    const height = rowHeight(doc, cells);
    if (y + height > BODY_BOTTOM) {
      doc.addPage();
      y = drawContinuationHeader(doc, content.number);
      y = drawTableHeader(doc, y);
    }
    drawRow(doc, cells, y, height);
    y += height;
  });
  return y;
}

type Cell = Line[];

function registrationCells(doc: Doc, r: CertifiedRegistration, index: number): Cell[] {
  // An RKA is one token: shrink it to its column rather than break it.
  const rkaSize = fittingSize(doc, r.rka, COLUMNS[3]!.width - 2 * CELL_PAD, 8.5, 6);
  const kind: MessageKey =
    r.kind === 'permanent' ? 'cert-doc-registration-permanent' : 'cert-doc-registration-temporary';
  return [
    [{ text: String(index + 1), size: 8.5 }],
    [
      { text: kk(kind), size: 8.5 },
      { text: ru(kind), size: 7.5, color: MUTED },
    ],
    [{ text: r.address, size: 8.5 }],
    [{ text: r.rka, size: rkaSize }],
    [{ text: displayDate(r.from), size: 8.5 }],
    [{ text: r.to === null ? '—' : displayDate(r.to), size: 8.5 }],
  ];
}

function headerCells(): Cell[] {
  return COLUMNS.map((c) =>
    c.kk === null
      ? [{ text: '№', size: 8, bold: true }]
      : [
          { text: kk(c.kk), size: 8, bold: true },
          { text: ru(c.kk), size: 7.5, color: MUTED },
        ],
  );
}

function drawTableHeader(doc: Doc, y: number): number {
  const cells = headerCells();
  const height = rowHeight(doc, cells);
  doc.rect(MARGIN, y, CONTENT_WIDTH, height).fill(HEADER_FILL);
  drawRow(doc, cells, y, height);
  rule(doc, y, INK, 0.6);
  rule(doc, y + height, INK, 0.6);
  return y + height;
}

function rowHeight(doc: Doc, cells: Cell[]): number {
  let max = 0;
  cells.forEach((cell, i) => {
    const width = COLUMNS[i]!.width - 2 * CELL_PAD;
    const height = cell.reduce((sum, line) => sum + measure(doc, line.text, { ...line, width }), 0);
    max = Math.max(max, height);
  });
  return max + 2 * CELL_PAD;
}

function drawRow(doc: Doc, cells: Cell[], y: number, height: number): void {
  let x = MARGIN;
  cells.forEach((cell, i) => {
    const width = COLUMNS[i]!.width - 2 * CELL_PAD;
    let lineY = y + CELL_PAD;
    for (const line of cell) lineY += text(doc, line.text, x + CELL_PAD, lineY, { ...line, width });
    x += COLUMNS[i]!.width;
  });
  rule(doc, y + height, RULE, 0.4);
}

function drawSealBlock(doc: Doc, input: CertificateDocumentInput, top: number): void {
  const site = siteOf(input.verifyUrl);
  const textX = MARGIN + QR_SIZE + 18;
  const textWidth = PAGE_WIDTH - MARGIN - textX;
  // Beside the QR code: who sealed the document and how to check it.
  const beside: Paragraph[] = [
    [
      { text: kk('cert-doc-sealed-by', input.seal), size: 8.5, bold: true },
      { text: ru('cert-doc-sealed-by', input.seal), size: 8.5, color: MUTED },
    ],
    [
      { text: kk('cert-doc-how-to-verify', { site }), size: 8.5 },
      { text: ru('cert-doc-how-to-verify', { site }), size: 8.5, color: MUTED },
    ],
  ];
  // Under the QR code and its URL, the full width: what is attached for offline checks.
  const below: Paragraph[] = [
    [
      { text: kk('cert-doc-attachments'), size: 7.5 },
      { text: ru('cert-doc-attachments'), size: 7.5, color: MUTED },
    ],
  ];
  const urlSize = fittingSize(doc, input.verifyUrl, CONTENT_WIDTH, 6.5, 4.5);
  const urlHeight = measure(doc, input.verifyUrl, { size: urlSize, width: CONTENT_WIDTH });
  const besideHeight = paragraphsHeight(doc, beside, textWidth);
  const upperHeight = Math.max(QR_SIZE, besideHeight);
  const blockHeight = 10 + upperHeight + 8 + urlHeight + 10 + paragraphsHeight(doc, below, CONTENT_WIDTH);

  let y = top;
  if (y + blockHeight > BODY_BOTTOM) {
    doc.addPage();
    y = drawContinuationHeader(doc, input.content.number) + 4;
  }
  rule(doc, y, RULE);
  y += 10;
  drawQr(doc, input.verifyUrl, MARGIN, y, QR_SIZE);
  drawParagraphs(doc, beside, textX, y, textWidth);
  y += upperHeight + 8;
  text(doc, input.verifyUrl, MARGIN, y, { size: urlSize, color: MUTED, width: CONTENT_WIDTH });
  y += urlHeight + 10;
  drawParagraphs(doc, below, MARGIN, y, CONTENT_WIDTH);
}

type Paragraph = Line[];
const PARAGRAPH_GAP = 8;
const LINE_GAP = 2;

function paragraphsHeight(doc: Doc, paragraphs: Paragraph[], width: number): number {
  const lines = paragraphs.flat();
  const height = lines.reduce((sum, line) => sum + LINE_GAP + measure(doc, line.text, { ...line, width }), 0);
  return height + PARAGRAPH_GAP * (paragraphs.length - 1);
}

function drawParagraphs(doc: Doc, paragraphs: Paragraph[], x: number, y: number, width: number): void {
  for (const paragraph of paragraphs) {
    for (const line of paragraph) y += LINE_GAP + text(doc, line.text, x, y, { ...line, width });
    y += PARAGRAPH_GAP;
  }
}

/** The QR modules as filled vector rectangles, one per run of dark modules in a row. */
function drawQr(doc: Doc, data: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(data, { errorCorrectionLevel: 'M' });
  const cell = size / modules.size;
  for (let row = 0; row < modules.size; row++) {
    let col = 0;
    while (col < modules.size) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.get(row, col)) col++;
      doc.rect(x + start * cell, y + row * cell, (col - start) * cell, cell);
    }
  }
  doc.fill('#000000');
}

function drawFooters(doc: Doc, number: string): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    rule(doc, FOOTER_TOP, RULE, 0.4);
    const y = FOOTER_TOP + 5;
    const title = `${kk('cert-doc-title')} / ${ru('cert-doc-title')} № ${number}`;
    text(doc, title, MARGIN, y, { size: 7, color: MUTED });
    const params = { page: i - start + 1, pages: count };
    const page = `${kk('cert-doc-page', params)} · ${ru('cert-doc-page', params)}`;
    text(doc, page, MARGIN, y, { size: 7, color: MUTED, width: CONTENT_WIDTH, align: 'right' });
  }
}

// ---------------------------------------------------------------------------------------------
// Drawing primitives

/** Writes text at (x, y) and returns its height; wraps within `width` when given. */
export function text(doc: Doc, value: string, x: number, y: number, style: TextStyle): number {
  doc
    .font(style.bold ? BOLD : REGULAR)
    .fontSize(style.size)
    .fillColor(style.color ?? INK);
  const options: PDFKit.Mixins.TextOptions =
    style.width === undefined
      ? { lineBreak: false, lineGap: 1 }
      : { width: style.width, align: style.align ?? 'left', lineGap: 1 };
  doc.text(value, x, y, options);
  return measure(doc, value, style);
}

function measure(doc: Doc, value: string, style: TextStyle): number {
  doc.font(style.bold ? BOLD : REGULAR).fontSize(style.size);
  if (style.width === undefined) return doc.currentLineHeight(true) + 1;
  return doc.heightOfString(value, { width: style.width, lineGap: 1 });
}

/** The largest size from `max` down to `min` (0.5 pt steps) at which `value` fits on one line. */
function fittingSize(doc: Doc, value: string, width: number, max: number, min: number): number {
  doc.font(REGULAR);
  for (let size = max; size > min; size -= 0.5) {
    if (doc.fontSize(size).widthOfString(value) <= width) return size;
  }
  return min;
}

export function rule(doc: Doc, y: number, color: string, lineWidth = 0.5): void {
  doc
    .moveTo(MARGIN, y)
    .lineTo(PAGE_WIDTH - MARGIN, y)
    .lineWidth(lineWidth)
    .strokeColor(color)
    .stroke();
}

// ---------------------------------------------------------------------------------------------
// Attachments

/**
 * The three files that let anyone check a sealed document offline: the canonical JSON the seal
 * signed, the signature and the seal's certificate (also used by the case results, case-results/).
 */
export function attachSealFiles(
  doc: Doc,
  attachments: CertificateAttachments,
  issuedAt: Date,
  contentDescription: MessageKey = 'cert-doc-file-content',
): void {
  const files: { name: string; data: string; type: string; description: MessageKey; relationship: string }[] = [
    {
      name: ATTACHMENT_NAMES.contentJson,
      data: attachments.contentJson,
      type: 'application/json',
      description: contentDescription,
      // PDF/A-3 AFRelationship: the printed page is rendered from this object.
      relationship: 'Source',
    },
    {
      name: ATTACHMENT_NAMES.signature,
      data: attachments.signature,
      type: 'text/plain',
      description: 'cert-doc-file-signature',
      relationship: 'Supplement',
    },
    {
      name: ATTACHMENT_NAMES.sealCertificatePem,
      data: attachments.sealCertificatePem,
      type: 'application/x-pem-file',
      description: 'cert-doc-file-seal',
      relationship: 'Supplement',
    },
  ];
  for (const file of files) {
    // `relationship` (the AFRelationship entry) is a pdfkit option the typings do not list yet.
    const options: PDFKit.Mixins.PDFAttachmentOptions & { relationship: string } = {
      name: file.name,
      type: file.type,
      description: `${kk(file.description)} / ${ru(file.description)}`,
      creationDate: issuedAt,
      modifiedDate: issuedAt,
      relationship: file.relationship,
    };
    doc.file(Buffer.from(file.data, 'utf8'), options);
  }
}

function collectNameTree(node: PDFDict, out: Map<string, string>, depth: number): void {
  if (depth > 16) return;
  const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
  if (kids) {
    for (let i = 0; i < kids.size(); i++) {
      const kid = kids.lookup(i);
      if (kid instanceof PDFDict) collectNameTree(kid, out, depth + 1);
    }
  }
  const names = node.lookupMaybe(PDFName.of('Names'), PDFArray);
  if (!names) return;
  for (let i = 0; i + 1 < names.size(); i += 2) {
    const key = names.lookup(i);
    const spec = names.lookup(i + 1);
    if (!(spec instanceof PDFDict) || key === undefined || !('decodeText' in key)) continue;
    const name = (key as { decodeText(): string }).decodeText();
    const ef = spec.lookupMaybe(PDFName.of('EF'), PDFDict);
    const stream = ef?.lookup(PDFName.of('F'));
    if (!(stream instanceof PDFRawStream)) continue;
    const bytes = decodePDFRawStream(stream).decode();
    out.set(name, new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  }
}

function startsWithPdfHeader(bytes: Uint8Array): boolean {
  const head = '%PDF-';
  const limit = Math.min(bytes.length - head.length, 1024);
  for (let offset = 0; offset <= limit; offset++) {
    let match = true;
    for (let i = 0; i < head.length && match; i++) match = bytes[offset + i] === head.charCodeAt(i);
    if (match) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Values

function kk(key: MessageKey, params?: MessageParams): string {
  return translate('kk', key, params);
}

function ru(key: MessageKey, params?: MessageParams): string {
  return translate('ru', key, params);
}

function siteOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

export function collect(doc: Doc): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
}
