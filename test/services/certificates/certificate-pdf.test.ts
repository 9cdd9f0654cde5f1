import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import jsqr from 'jsqr';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFString } from 'pdf-lib';
import { PNG } from 'pngjs';
import type { CertificateContent, CertifiedRegistration } from '../../../src/domain/certificates/content.ts';
import type { IsoDate } from '../../../src/domain/dates.ts';
import {
  type CertificateDocumentInput,
  readCertificateAttachments,
  renderCertificatePdf,
} from '../../../src/services/certificates/certificate-pdf.ts';
import { canonicalBytes, canonicalJson } from '../../../src/services/signatures/canonical-json.ts';
import * as x509 from '../../../src/services/signatures/x509.ts';

const d = (s: string) => s as IsoDate;
// jsqr is CommonJS with an `exports.default`; Node and TypeScript both see it as a property here.
const jsQR = jsqr.default;

// Every Kazakh letter, lower case in the name, capitals in the first address.
const NAME = 'Түсіпбекова Жиһан-Сәуле Мөңкеғұлқызы';
const KAZAKH_LOWER = 'әғқңөұүһі';
const KAZAKH_UPPER = 'ӘҒҚҢӨҰҮҺІ';
const NUMBER = 'AC-7K3M-9QXD-2HFP';
const IIN = '900701450123';

const HISTORY: CertifiedRegistration[] = [
  {
    kind: 'permanent',
    rka: '0611000000004217',
    city: 'turkistan',
    address: `Түркістан қ., «${KAZAKH_UPPER}» тұрғын үй кешені, 4-үй, 12-пәтер`,
    from: d('2008-09-01'),
    to: d('2019-08-14'),
  },
  {
    kind: 'temporary',
    rka: '0201000000019544',
    city: 'almaty',
    address: 'Алматы қ., Әуезов ауданы, Төле би көшесі, 286-үй, 41-пәтер',
    from: d('2016-09-01'),
    to: d('2020-06-30'),
  },
  {
    kind: 'permanent',
    rka: '0101000000087310',
    city: 'astana',
    address: 'Астана қ., Есіл ауданы, Қабанбай батыр даңғылы, 53-үй, 118-пәтер',
    from: d('2019-08-15'),
    to: null,
  },
];

function content(registrations = HISTORY): CertificateContent {
  return {
    version: 1,
    number: NUMBER,
    kind: 'history',
    issuedAt: '2025-03-05T09:30:00.000Z',
    asOf: d('2025-03-05'),
    subject: { iin: IIN, name: NAME, birthDate: d('1990-07-01') },
    registrations,
  };
}

const ECDSA_P256 = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const ECDSA_SHA256 = { name: 'ECDSA', hash: 'SHA-256' } as const;

/** A self-signed P-256 seal, enough to show the attachments verify offline. */
const seal = await (async () => {
  const keys = await crypto.subtle.generateKey(ECDSA_P256, false, ['sign', 'verify']);
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: '4f4a9c01d3e5b746',
    name: 'CN=Tirkeu address certificates (TEST seal), C=KZ',
    keys,
    signingAlgorithm: ECDSA_SHA256,
    notBefore: new Date('2025-01-01T00:00:00Z'),
    notAfter: new Date('2028-01-01T00:00:00Z'),
  });
  return { privateKey: keys.privateKey, pem: `${certificate.toString('pem')}\n` };
})();

/** A real seal signature over the canonical bytes, as the service makes it. */
async function documentInput(c: CertificateContent): Promise<CertificateDocumentInput> {
  const raw = await crypto.subtle.sign(ECDSA_SHA256, seal.privateKey, canonicalBytes(c));
  const signature = Buffer.from(raw).toString('base64url');
  return {
    content: c,
    verifyUrl: `https://tirkeu.example/v/${c.number}?s=${signature}`,
    signature,
    sealCertificatePem: seal.pem,
    seal: { subject: 'Tirkeu address certificates (TEST seal)', serial: '4f4a9c01d3e5b746' },
  };
}

const work = mkdtempSync(join(tmpdir(), 'tirkeu-certificate-pdf-'));
after(() => rmSync(work, { recursive: true, force: true }));
let files = 0;

function hasTool(tool: string): boolean {
  return !spawnSync(tool, ['-v']).error;
}
const POPPLER = hasTool('pdftotext') && hasTool('pdftoppm');
const NO_POPPLER = 'pdftotext/pdftoppm not found: install Debian poppler-utils to run this check';

function pdfToText(pdf: Uint8Array): string {
  const file = join(work, `doc-${++files}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

/** Whitespace-free text, so a cell wrapped over lines still matches. */
const squash = (s: string) => s.replace(/\s+/g, '');

describe('C7 address certificate PDF', () => {
  it('is a PDF/A-3b document that pdf-lib parses, with its metadata, and the same input gives the same bytes', async () => {
    const input = await documentInput(content());
    const pdf = await renderCertificatePdf(input);
    assert.equal(Buffer.from(pdf.subarray(0, 8)).toString('latin1'), '%PDF-1.7');
    const doc = await PDFDocument.load(pdf, { updateMetadata: false });
    assert.equal(doc.getPageCount(), 1);
    const [page] = doc.getPages();
    assert.deepEqual([Math.round(page!.getWidth()), Math.round(page!.getHeight())], [595, 842]);
    assert.equal(doc.getTitle(), 'Мекенжай анықтамасы / Адресная справка');
    assert.equal(doc.getAuthor(), 'Tirkeu');
    assert.match(doc.getSubject() ?? '', new RegExp(NUMBER));
    assert.equal(doc.getCreationDate()?.toISOString(), '2025-03-05T09:30:00.000Z');

    const catalog = doc.catalog;
    assert.equal(catalog.lookup(PDFName.of('Lang'), PDFString).decodeText(), 'kk');
    assert.ok(catalog.lookupMaybe(PDFName.of('OutputIntents'), PDFArray), 'an sRGB output intent');
    assert.equal(catalog.lookup(PDFName.of('AF'), PDFArray).size(), 3, 'three associated files');
    const metadata = catalog.lookup(PDFName.of('Metadata'));
    assert.ok(metadata instanceof PDFRawStream, 'an XMP metadata stream');
    const xmp = Buffer.from(metadata.getContents()).toString('utf8');
    assert.match(xmp, /<pdfaid:part>3<\/pdfaid:part>/);
    assert.match(xmp, /<pdfaid:conformance>B<\/pdfaid:conformance>/);

    // PDF/A: every font embedded, none of the standard 14.
    let fonts = 0;
    for (const [, object] of doc.context.enumerateIndirectObjects()) {
      if (!(object instanceof PDFDict) || object.get(PDFName.of('Type')) !== PDFName.of('Font')) continue;
      fonts++;
      assert.notEqual(object.get(PDFName.of('Subtype')), PDFName.of('Type1'), 'no standard-14 font');
      const descriptor = object.lookupMaybe(PDFName.of('FontDescriptor'), PDFDict);
      if (descriptor) assert.ok(descriptor.get(PDFName.of('FontFile2')), 'the TrueType program is embedded');
    }
    assert.ok(fonts > 0);

    assert.deepEqual(await renderCertificatePdf(input), pdf, 'byte-identical on a second render');
  });

  it('prints the Kazakh letters, the number, the IIN and the addresses as extractable text', async (t) => {
    if (!POPPLER) return t.skip(NO_POPPLER);
    const text = pdfToText(await renderCertificatePdf(await documentInput(content())));
    const flat = squash(text);
    assert.ok(text.includes(NAME), 'the name, letter for letter');
    for (const letter of KAZAKH_LOWER + KAZAKH_UPPER) assert.ok(text.includes(letter), letter);
    for (const expected of [NUMBER, IIN, '01.07.1990', '05.03.2025 14:30', ...HISTORY.map((r) => r.address)]) {
      assert.ok(flat.includes(squash(expected)), expected);
    }
    for (const label of ['Мекенжай анықтамасы', 'Адресная справка', 'ЖСН', 'ИИН', 'Туған күні', 'Дата рождения']) {
      assert.ok(text.includes(label), label);
    }
    for (const label of ['Тұрақты тіркеу', 'Уақытша тіркеу', 'Постоянная', 'Временная', 'Тіркелген күні']) {
      assert.ok(flat.includes(squash(label)), label);
    }
    for (const date of ['01.09.2008', '14.08.2019', '30.06.2020', '15.08.2019']) assert.ok(text.includes(date), date);
    assert.ok(text.includes('—'), 'the open-ended registration has no end date');
  });

  it('carries certificate.json, certificate.sig and seal.pem that verify offline', async () => {
    const c = content();
    const input = await documentInput(c);
    const attachments = await readCertificateAttachments(await renderCertificatePdf(input));
    assert.deepEqual(attachments, {
      contentJson: canonicalJson(c),
      signature: input.signature,
      sealCertificatePem: seal.pem,
    });
    // What an offline verifier does with the three files alone.
    const { contentJson, signature, sealCertificatePem } = attachments;
    assert.equal(canonicalJson(JSON.parse(contentJson)), contentJson, 'the JSON is canonical');
    const key = await new x509.X509Certificate(sealCertificatePem).publicKey.export(ECDSA_P256, ['verify']);
    const data = new TextEncoder().encode(contentJson);
    assert.ok(await crypto.subtle.verify(ECDSA_SHA256, key, Buffer.from(signature, 'base64url'), data));
  });

  it('reads no attachments from random bytes, a broken PDF or a PDF without them', async () => {
    assert.equal(await readCertificateAttachments(new Uint8Array(randomBytes(4096))), null);
    assert.equal(await readCertificateAttachments(new Uint8Array()), null);
    assert.equal(await readCertificateAttachments(new TextEncoder().encode('%PDF-1.7\n%%EOF\n')), null);
    const plain = await PDFDocument.create();
    plain.addPage();
    assert.equal(await readCertificateAttachments(await plain.save()), null);
  });

  it('draws a QR code that decodes to the verification URL', async (t) => {
    if (!POPPLER) return t.skip(NO_POPPLER);
    const input = await documentInput(content());
    const pdf = await renderCertificatePdf(input);
    const file = join(work, `qr-${++files}.pdf`);
    writeFileSync(file, pdf);
    execFileSync('pdftoppm', ['-png', '-r', '150', '-f', '1', '-l', '1', '-singlefile', file, file]);
    const png = PNG.sync.read(readFileSync(`${file}.png`));
    const code = jsQR(
      new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length),
      png.width,
      png.height,
    );
    assert.equal(code?.data, input.verifyUrl);
  });

  it('flows a 30-registration history over several pages, every RKA printed', async (t) => {
    const registrations = Array.from({ length: 30 }, (_, i): CertifiedRegistration => ({
      kind: i % 4 === 3 ? 'temporary' : 'permanent',
      rka: `02${String(i).padStart(2, '0')}${String(900_000 + i * 7919).padStart(12, '0')}`,
      city: 'almaty',
      address: `Алматы қ., Медеу ауданы, Жібек жолы даңғылы, ${i + 1}-үй, ${100 + i}-пәтер`,
      from: d(`${1995 + i}-01-10`),
      to: i === 29 ? null : d(`${1996 + i}-01-09`),
    }));
    const pdf = await renderCertificatePdf(await documentInput(content(registrations)));
    const doc = await PDFDocument.load(pdf, { updateMetadata: false });
    assert.ok(doc.getPageCount() > 1, `${doc.getPageCount()} pages`);
    if (!POPPLER) return t.skip(NO_POPPLER);
    const text = pdfToText(pdf);
    for (const r of registrations) assert.ok(text.includes(r.rka), r.rka);
    assert.ok(text.includes(`Страница ${doc.getPageCount()} из ${doc.getPageCount()}`));
  });
});
