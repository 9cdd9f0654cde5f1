// `tirkeu certificate verify FILE.pdf`: checks an address certificate offline (C8) — the PDF
// carries the signed content, the seal signature and the seal certificate; the seal must chain
// to the trust list. No database and no network: a bank can run it on its own machine.
import { readFile } from 'node:fs/promises';
import type { Config } from '../../config.ts';
import { AppError } from '../../errors.ts';
import { translate } from '../../i18n/messages.ts';
import { readCertificateAttachments } from '../../services/certificates/certificate-pdf.ts';
import { verifyOffline } from '../../services/certificates/verify.ts';
import { loadTrustStore } from '../../services/signatures/trust-store.ts';
import { parseFlags } from '../args.ts';
import type { Io } from '../output.ts';
import { trustDirOf } from '../service-from-env.ts';

export async function certificateCommand(args: string[], io: Io, config: Config): Promise<number> {
  const [subcommand, ...rest] = args;
  if (subcommand !== 'verify') throw new AppError('invalid-arguments', { detail: 'give a subcommand: verify' });
  const { values, positionals } = parseFlags(rest, { trust: { type: 'string' }, json: { type: 'boolean' } });
  if (positionals.length !== 1) throw new AppError('invalid-arguments', { detail: 'give one PDF file' });
  const file = positionals[0]!;
  const bytes = await readFile(file).catch((cause: unknown) => {
    throw new AppError('file-unreadable', { file }, { cause });
  });
  const attachments = await readCertificateAttachments(new Uint8Array(bytes));
  if (!attachments) throw new AppError('certificate-offline-no-attachments');
  const trust = await loadTrustStore(values.trust ?? (await trustDirOf(config)));
  const check = await verifyOffline({ ...attachments, trust });
  if (values.json) {
    io.stdout(`${JSON.stringify(check.ok ? { ok: true, number: check.content.number } : check)}\n`);
  } else if (check.ok) {
    const { number, issuedAt } = check.content;
    io.stdout(`${translate(io.lang, 'certificate-offline-ok', { number, issuedAt })}\n`);
  } else {
    io.stdout(`${check.code}: ${translate(io.lang, check.code)}\n`);
  }
  return check.ok ? 0 : 1;
}
