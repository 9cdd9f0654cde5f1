// The test CA of `tirkeu pki`, kept in one directory (mode 0700): ca.pem, ca-key.pem (PKCS#8,
// mode 0600), revoked.json (what was revoked, the source of truth) and crl.pem (rebuilt from it).
// The directory is also a trust list for loadTrustStore: the key file is skipped there.
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { AppError } from '../../errors.ts';
import {
  certificateToPem,
  createCrl,
  createTestCa,
  type Credential,
  crlToPem,
  type IssueOptions,
  issueCertificate,
  type Revocation,
  RSA_SHA256,
} from './test-ca.ts';
import * as x509 from './x509.ts';

export const CA_FILE = 'ca.pem';
export const CA_KEY_FILE = 'ca-key.pem';
export const CRL_FILE = 'crl.pem';
export const REVOKED_FILE = 'revoked.json';

export interface TestPki {
  readonly dir: string;
  readonly ca: Credential;
  /** Whether this call made the CA (false: it was already there). */
  readonly created: boolean;
  issue(options: IssueOptions): Promise<Credential>;
  /** Adds the serial to revoked.json and rewrites crl.pem; revoking twice changes nothing. */
  revoke(serial: string, at?: Date): Promise<void>;
  revoked(): Promise<Revocation[]>;
}

/** Opens the test CA in `dir`; with `create`, makes it first when absent (else `pki-missing`). */
export async function openTestPki(dir: string, options: { create: boolean }): Promise<TestPki> {
  const existing = await load(dir);
  if (existing) return pkiOf(dir, existing, false);
  if (!options.create) throw new AppError('pki-missing', { dir });
  const created = await create(dir);
  return created === 'lost-race' ? pkiOf(dir, (await load(dir))!, false) : pkiOf(dir, created, true);
}

/** Serial numbers as the CRL and X509Certificate.serialNumber compare them: lower-case, even length. */
export function normalizeSerial(hex: string): string {
  if (!/^[0-9a-fA-F]{1,40}$/.test(hex)) throw new TypeError(`not a serial number: ${hex}`);
  const digits = hex.toLowerCase().replace(/^0+(?=.)/, '');
  return digits.length % 2 === 0 ? digits : `0${digits}`;
}

function pkiOf(dir: string, ca: Credential, created: boolean): TestPki {
  const revoked = () => readRevoked(dir);
  return {
    dir,
    ca,
    created,
    issue: (options) => issueCertificate(ca, options),
    revoked,
    revoke: async (serial, at = new Date()) => {
      const normalized = normalizeSerial(serial);
      const list = await revoked();
      if (!list.some((r) => r.serial === normalized)) list.push({ serial: normalized, revokedAt: at });
      await writeAtomic(join(dir, REVOKED_FILE), revokedJson(list));
      await writeAtomic(join(dir, CRL_FILE), crlToPem(await createCrl(ca, list)));
    },
  };
}

/** The CA of the directory, or null when there is none (no ca.pem). */
async function load(dir: string): Promise<Credential | null> {
  const read = async (file: string) => {
    try {
      return await readFile(join(dir, file), 'utf8');
    } catch (cause) {
      if (file === CA_FILE && (cause as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw new AppError('pki-unreadable', { dir, file }, { cause });
    }
  };
  const certificatePem = await read(CA_FILE);
  if (certificatePem === null) return null;
  const keyPem = (await read(CA_KEY_FILE))!;
  try {
    const certificate = new x509.X509Certificate(certificatePem);
    const pkcs8 = x509.PemConverter.decodeFirst(keyPem);
    const privateKey = await crypto.subtle.importKey('pkcs8', pkcs8, RSA_SHA256, false, ['sign']);
    return { certificate, privateKey };
  } catch (cause) {
    throw new AppError('pki-unreadable', { dir, file: `${CA_FILE}, ${CA_KEY_FILE}` }, { cause });
  }
}

async function readRevoked(dir: string): Promise<Revocation[]> {
  try {
    const entries = JSON.parse(await readFile(join(dir, REVOKED_FILE), 'utf8')) as {
      serial: string;
      revokedAt: string;
    }[];
    return entries.map((e) => ({ serial: normalizeSerial(e.serial), revokedAt: new Date(e.revokedAt) }));
  } catch (cause) {
    throw new AppError('pki-unreadable', { dir, file: REVOKED_FILE }, { cause });
  }
}

function revokedJson(list: readonly Revocation[]): string {
  return `${JSON.stringify(
    list.map((r) => ({ serial: r.serial, revokedAt: r.revokedAt.toISOString() })),
    null,
    2,
  )}\n`;
}

/**
 * Makes the CA in a private staging directory next to `dir` and renames it into place, so that
 * no reader sees half a CA and, of two concurrent `init`s, one wins and the other loads its CA.
 */
async function create(dir: string): Promise<Credential | 'lost-race'> {
  const target = resolve(dir);
  await mkdir(dirname(target), { recursive: true });
  const staging = await mkdtemp(join(dirname(target), `.${basename(target)}-`)); // mode 0700
  try {
    const ca = await createTestCa();
    const pkcs8 = await crypto.subtle.exportKey('pkcs8', ca.privateKey);
    await writeFile(join(staging, CA_KEY_FILE), `${x509.PemConverter.encode(pkcs8, 'PRIVATE KEY')}\n`, {
      mode: 0o600,
    });
    await writeFile(join(staging, REVOKED_FILE), revokedJson([]));
    await writeFile(join(staging, CRL_FILE), crlToPem(await createCrl(ca, [])));
    // Written last: its presence is what makes a directory hold a CA.
    await writeFile(join(staging, CA_FILE), certificateToPem(ca.certificate));
    try {
      await rename(staging, target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error;
      if (await load(target)) return 'lost-race';
      // An existing directory with other files in it (TIRKEU_PKI_DIR pointed at it): move in file by file.
      for (const file of [CA_KEY_FILE, REVOKED_FILE, CRL_FILE, CA_FILE]) {
        await rename(join(staging, file), join(target, file));
      }
    }
    return { certificate: ca.certificate, privateKey: ca.privateKey };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** Readers see the old file or the new one, never a partial write. */
async function writeAtomic(file: string, data: string): Promise<void> {
  const temporary = join(dirname(file), `.${basename(file)}.${randomUUID()}.tmp`);
  try {
    await writeFile(temporary, data, { flag: 'wx' });
    await rename(temporary, file);
  } finally {
    await rm(temporary, { force: true });
  }
}
