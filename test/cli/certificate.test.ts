// `tirkeu certificate verify`: the offline check of an address certificate PDF (C8).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CertificateContent } from '../../src/domain/certificates/content.ts';
import type { IsoDate } from '../../src/domain/dates.ts';
import { renderCertificatePdf } from '../../src/services/certificates/certificate-pdf.ts';
import { verifyUrlOf } from '../../src/services/certificates/issue.ts';
import { issueTestSeal, openSeal, type Seal } from '../../src/services/certificates/seal.ts';
import { canonicalBytes } from '../../src/services/signatures/canonical-json.ts';
import { openTestPki } from '../../src/services/signatures/pki-store.ts';
import { createTestCa } from '../../src/services/signatures/test-ca.ts';
import { runCli } from '../support/cli.ts';

let root: string;
let pkiDir: string;

const run = (args: string[]) => runCli(args, { TIRKEU_PKI_DIR: pkiDir });

const content: CertificateContent = {
  version: 1,
  number: 'AC-7K3M-9QXD-2HFP',
  kind: 'current',
  issuedAt: new Date().toISOString(),
  asOf: '2026-11-23' as IsoDate,
  subject: { iin: '850517410090', name: 'Айгерім Бекзатқызы', birthDate: '1985-05-17' as IsoDate },
  registrations: [
    {
      kind: 'permanent',
      rka: '0201004000000000',
      city: 'astana',
      address: 'Астана қ., Қабанбай батыр даңғылы, 12-үй, 4-пәтер',
      from: '2020-01-01' as IsoDate,
      to: null,
    },
  ],
};

async function pdfSealedBy(seal: Seal, file: string): Promise<string> {
  const signature = await seal.sign(canonicalBytes(content));
  const pdf = await renderCertificatePdf({
    content,
    signature,
    verifyUrl: verifyUrlOf('https://tirkeu.example', content.number, signature),
    sealCertificatePem: seal.certificatePem,
    seal: seal.label,
  });
  const path = join(root, file);
  writeFileSync(path, pdf);
  return path;
}

before(() => {
  root = mkdtempSync(join(tmpdir(), 'tirkeu-cli-certificate-'));
  pkiDir = join(root, 'pki');
});
after(() => rmSync(root, { recursive: true, force: true }));

describe('tirkeu certificate verify (C8, offline)', () => {
  it('accepts a certificate sealed by the service whose seal chains to the test CA', async () => {
    const pki = await openTestPki(pkiDir, { create: true });
    const seal = await openSeal(join(pkiDir, 'seal'), { issuer: pki.ca });
    const r = await run(['certificate', 'verify', await pdfSealedBy(seal, 'genuine.pdf')]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /AC-7K3M-9QXD-2HFP is genuine/);
  });
  it('refuses one sealed under another authority', async () => {
    const stranger = await issueTestSeal(await createTestCa({ name: 'Somebody else' }));
    const r = await run(['certificate', 'verify', '--json', await pdfSealedBy(stranger, 'foreign.pdf')]);
    assert.equal(r.code, 1);
    assert.deepEqual(JSON.parse(r.stdout), { ok: false, code: 'seal-untrusted' });
  });
  it('says a file that is not a certificate PDF is not one (exit 2), and a missing file cannot be read', async () => {
    const path = join(root, 'notes.pdf');
    writeFileSync(path, '%PDF-1.7 nothing here');
    const r = await run(['certificate', 'verify', path]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /certificate-offline-no-attachments/);
    const missing = await run(['certificate', 'verify', join(root, 'absent.pdf')]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /file-unreadable/);
  });
});
