// A result of S9/S10 (004 cl.4, cl.6, cl.11) as a PDF/A-3b document, made with the address
// certificates' machinery (certificates/certificate-pdf.ts): the same fonts, page, primitives and
// the same three associated files — the canonical JSON the provider's seal signed, the signature,
// and the seal's certificate — so `readCertificateAttachments` and `verifySeal` check a passport
// as they check a certificate. Kazakh first, Russian under it. The duplicate of S10 carries the
// mark «Телнұсқа / Дубликат» (004 cl.11). Nothing here is logged.
import PDFDocument from 'pdfkit';
import type { ResultContent, ResultLine } from '../../domain/case-results/result-documents.ts';
import { displayAstanaDateTime } from '../../i18n/display-dates.ts';
import { type MessageKey, type MessageParams, translate } from '../../i18n/messages.ts';
import type { Seal } from '../certificates/seal.ts';
import {
  attachSealFiles,
  BODY_BOTTOM,
  collect,
  CONTENT_WIDTH,
  type Doc,
  FOOTER_TOP,
  MARGIN,
  MUTED,
  PAGE_HEIGHT,
  PAGE_WIDTH,
  REGULAR,
  RULE,
  rule,
  text,
} from '../certificates/certificate-pdf.ts';
import { canonicalJson } from '../signatures/canonical-json.ts';

export interface SealedResult {
  readonly content: ResultContent;
  /** Base64url seal signature over canonicalBytes(content). */
  readonly signature: string;
  readonly seal: Pick<Seal, 'certificatePem' | 'label'>;
}

const kk = (key: MessageKey, params?: MessageParams) => translate('kk', key, params);
const ru = (key: MessageKey, params?: MessageParams) => translate('ru', key, params);
const LABEL_WIDTH = 190;
const VALUE_X = MARGIN + LABEL_WIDTH + 10;
const VALUE_WIDTH = CONTENT_WIDTH - LABEL_WIDTH - 10;

export async function renderResultPdf(result: SealedResult): Promise<Uint8Array> {
  const { content } = result;
  const signedAt = new Date(content.signedAt);
  const title = `case-result.title.${content.kind}` as MessageKey;
  const doc = new PDFDocument({
    size: [PAGE_WIDTH, PAGE_HEIGHT],
    margin: 0,
    pdfVersion: '1.7',
    subset: 'PDF/A-3b',
    lang: 'kk',
    displayTitle: true,
    bufferPages: true,
    font: REGULAR,
    info: {
      Title: `${kk(title)} / ${ru(title)}`,
      Author: 'Tirkeu',
      Subject: content.caseNumber,
      Creator: 'Tirkeu',
      CreationDate: signedAt,
    },
  });
  const done = collect(doc);
  attachSealFiles(
    doc,
    {
      contentJson: canonicalJson(content),
      signature: result.signature,
      sealCertificatePem: result.seal.certificatePem,
    },
    signedAt,
    'case-result.file-content',
  );

  let y = MARGIN;
  text(doc, kk('case-result.provider'), MARGIN, y, { size: 7.5, color: MUTED });
  text(doc, ru('case-result.provider'), MARGIN, y, { size: 7.5, color: MUTED, width: CONTENT_WIDTH, align: 'right' });
  y += 13;
  rule(doc, y, RULE);
  y += 16;
  if (content.duplicate) {
    // 004 cl.11: the electronic mark «Телнұсқа».
    const mark = `${kk('case-result.duplicate-mark')} / ${ru('case-result.duplicate-mark')}`;
    y += text(doc, mark, MARGIN, y, { size: 14, bold: true, color: '#a01010', width: CONTENT_WIDTH, align: 'right' });
    y += 4;
  }
  y += text(doc, kk(title), MARGIN, y, { size: 16, bold: true, width: CONTENT_WIDTH, align: 'center' });
  y += text(doc, ru(title), MARGIN, y, { size: 12, color: MUTED, width: CONTENT_WIDTH, align: 'center' });
  y += 6;
  const request = `${kk('case-result.request', { number: content.caseNumber })} / ${ru('case-result.request', { number: content.caseNumber })}`;
  y += text(doc, request, MARGIN, y, { size: 11, bold: true, width: CONTENT_WIDTH, align: 'center' });
  const time = displayAstanaDateTime(signedAt);
  y += text(doc, `${kk('case-result.signed-at', { time })} / ${ru('case-result.signed-at', { time })}`, MARGIN, y, {
    size: 9,
    color: MUTED,
    width: CONTENT_WIDTH,
    align: 'center',
  });
  y += 14;
  for (const line of content.lines) {
    if (y > BODY_BOTTOM - 60) {
      doc.addPage();
      y = MARGIN;
    }
    y = drawLine(doc, line, y);
  }
  y += 10;
  if (y > BODY_BOTTOM - 40) {
    doc.addPage();
    y = MARGIN;
  }
  rule(doc, y, RULE);
  y += 8;
  y += text(doc, kk('case-result.sealed-by', result.seal.label), MARGIN, y, {
    size: 8.5,
    bold: true,
    width: CONTENT_WIDTH,
  });
  text(doc, ru('case-result.sealed-by', result.seal.label), MARGIN, y, {
    size: 8.5,
    color: MUTED,
    width: CONTENT_WIDTH,
  });
  drawFooters(doc, content.caseNumber);
  doc.end();
  return done;
}

/** A value as Kazakh and Russian write numbers: a decimal comma. */
function shown(value: string | number): string {
  return typeof value === 'number' ? String(value).replace('.', ',') : value;
}

function drawLine(doc: Doc, line: ResultLine, y: number): number {
  const label = `case-result.line.${line.label}` as MessageKey;
  let left = y;
  left += text(doc, kk(label), MARGIN, left, { size: 9, width: LABEL_WIDTH });
  left += text(doc, ru(label), MARGIN, left, { size: 8, color: MUTED, width: LABEL_WIDTH });
  const right = y + text(doc, shown(line.value), VALUE_X, y, { size: 10, width: VALUE_WIDTH });
  return Math.max(left, right) + 6;
}

function drawFooters(doc: Doc, number: string): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    rule(doc, FOOTER_TOP, RULE, 0.4);
    const params = { page: i - start + 1, pages: count };
    const page = `${kk('case-result.page', params)} · ${ru('case-result.page', params)}`;
    text(doc, number, MARGIN, FOOTER_TOP + 5, { size: 7, color: MUTED });
    text(doc, page, MARGIN, FOOTER_TOP + 5, { size: 7, color: MUTED, width: CONTENT_WIDTH, align: 'right' });
  }
}
