import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Config } from '../../config.ts';
import { parseIin } from '../../domain/iin.ts';
import { AppError } from '../../errors.ts';
import { translate } from '../../i18n/messages.ts';
import { canonicalBytes } from '../../services/signatures/canonical-json.ts';
import { exportPkcs12, readPkcs12 } from '../../services/signatures/pkcs12.ts';
import { CRL_FILE, normalizeSerial, openTestPki } from '../../services/signatures/pki-store.ts';
import { signDetached } from '../../services/signatures/sign.ts';
import { fingerprint } from '../../services/signatures/test-ca.ts';
import { isProduction, unsafeSettingError } from '../../production-policy.ts';
import { integerFlag, parseFlags } from '../args.ts';
import { DEFAULT_PKCS12_PASSWORD } from '../command-table.ts';
import type { Io } from '../output.ts';

const DAY = 86_400_000;

export async function pkiCommand(args: string[], io: Io, config: Config): Promise<number> {
  const [subcommand, ...rest] = args;
  // The test CA is never created nor used next to a production service; signing with a
  // PKCS#12 file someone already has is harmless.
  if (isProduction(config) && subcommand !== 'sign') {
    throw unsafeSettingError({ variable: 'NODE_ENV', reason: 'test_ca_command' });
  }
  switch (subcommand) {
    case 'init':
      return init(rest, io, config);
    case 'issue':
      return issue(rest, io, config);
    case 'revoke':
      return revoke(rest, io, config);
    case 'sign':
      return sign(rest, io);
    default:
      throw new AppError('invalid-arguments', { detail: 'give a subcommand: init, issue, revoke or sign' });
  }
}

function noPositionals(positionals: string[]): void {
  if (positionals.length > 0) throw new AppError('invalid-arguments', { detail: `unexpected "${positionals[0]}"` });
}

async function init(args: string[], io: Io, config: Config): Promise<number> {
  noPositionals(parseFlags(args, {}).positionals);
  const pki = await openTestPki(config.pkiDir, { create: true });
  const params = { dir: pki.dir, fingerprint: await fingerprint(pki.ca.certificate) };
  io.stdout(`${translate(io.lang, pki.created ? 'pki-created' : 'pki-exists', params)}\n`);
  return 0;
}

async function issue(args: string[], io: Io, config: Config): Promise<number> {
  const { values, positionals } = parseFlags(args, {
    iin: { type: 'string' },
    name: { type: 'string' },
    out: { type: 'string' },
    password: { type: 'string' },
    days: { type: 'string' },
    expired: { type: 'boolean' },
  });
  noPositionals(positionals);
  const iin = parseIin(values.iin ?? '');
  if (!iin.ok) {
    throw new AppError('invalid-arguments', { detail: '--iin must be an IIN: 12 digits with a correct check digit' });
  }
  const days = integerFlag('days', values.days, 1, 3650, 365);
  const now = Date.now();
  // An expired certificate ended yesterday; a valid one starts an hour ago, for clock skew.
  const notAfter = new Date(values.expired ? now - DAY : now - 3_600_000 + days * DAY);
  const notBefore = new Date(notAfter.getTime() - days * DAY);
  // A private key never lands in the working tree by default (issue 22): beside the test CA.
  const out = values.out ?? join(config.pkiDir, 'people', `${iin.iin}.p12`);
  const pki = await openTestPki(config.pkiDir, { create: false });
  const person = await pki.issue({ iin: iin.iin, name: values.name, notBefore, notAfter });
  const p12 = await exportPkcs12(
    person,
    [pki.ca.certificate],
    values.password ?? DEFAULT_PKCS12_PASSWORD,
    values.name ?? `IIN${iin.iin}`,
  );
  try {
    mkdirSync(dirname(out), { recursive: true, mode: 0o700 });
    writeFileSync(out, p12, { mode: 0o600 });
  } catch (cause) {
    throw new AppError('pkcs12-unwritable', { file: out }, { cause });
  }
  const c = person.certificate;
  io.stdout(
    `${translate(io.lang, 'pki-issued', {
      serial: c.serialNumber.toLowerCase(),
      iin: iin.iin,
      notBefore: c.notBefore.toISOString(),
      notAfter: c.notAfter.toISOString(),
      file: out,
    })}\n`,
  );
  return 0;
}

async function revoke(args: string[], io: Io, config: Config): Promise<number> {
  const { values, positionals } = parseFlags(args, { serial: { type: 'string' } });
  noPositionals(positionals);
  if (!/^[0-9a-fA-F]{1,40}$/.test(values.serial ?? '')) {
    throw new AppError('invalid-arguments', { detail: '--serial must be a hexadecimal serial number' });
  }
  const pki = await openTestPki(config.pkiDir, { create: false });
  await pki.revoke(values.serial!);
  io.stdout(
    `${translate(io.lang, 'pki-revoked', { serial: normalizeSerial(values.serial!), file: join(pki.dir, CRL_FILE) })}\n`,
  );
  return 0;
}

async function sign(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags(args, {
    p12: { type: 'string' },
    password: { type: 'string' },
    canonical: { type: 'boolean' },
  });
  if (values.p12 === undefined || positionals.length !== 1) {
    throw new AppError('invalid-arguments', {
      detail: 'give --p12 FILE and one file to sign, or - for standard input',
    });
  }
  const source = positionals[0]!;
  const raw = await readBytes(source, io);
  let content = raw;
  if (values.canonical) {
    try {
      content = canonicalBytes(JSON.parse(new TextDecoder().decode(raw)));
    } catch (error) {
      throw new AppError('invalid-json', { detail: (error as Error).message });
    }
  }
  const credential = await readPkcs12(await readBytes(values.p12, io), values.password ?? DEFAULT_PKCS12_PASSWORD);
  io.stdout(`${await signDetached({ content, ...credential })}\n`);
  return 0;
}

async function readBytes(source: string, io: Io): Promise<Uint8Array> {
  try {
    return source === '-' ? new TextEncoder().encode(await io.readStdin()) : readFileSync(source);
  } catch (cause) {
    throw new AppError('file-unreadable', { file: source === '-' ? 'stdin' : source }, { cause });
  }
}
