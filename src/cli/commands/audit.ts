// `tirkeu audit verify` (issue 16): recomputes the audit chain and fails, with a coded line and
// exit code 1, at the first broken link. Read-only: it never migrates or writes.
import type { Config } from '../../config.ts';
import { AppError } from '../../errors.ts';
import { type ChainHead, verifyAuditChain } from '../../services/audit-chain.ts';
import { parseFlags } from '../args.ts';
import { openConfiguredDatabase } from '../database-from-env.ts';
import type { Io } from '../output.ts';

function parseAnchor(value: string | undefined): ChainHead | undefined {
  if (value === undefined) return undefined;
  const match = /^([1-9][0-9]{0,15}):([0-9a-f]{64})$/.exec(value);
  if (!match) throw new AppError('invalid-arguments', { detail: '--anchor must be SEQ:HASH (64 hex digits)' });
  return { seq: Number(match[1]), hash: match[2]! };
}

export async function auditCommand(args: string[], io: Io, config: Config): Promise<number> {
  const { positionals, values } = parseFlags(args, { anchor: { type: 'string' } });
  const [action, extra] = positionals;
  if (action !== 'verify') throw new AppError('audit.unknown-action', { action: action ?? '' });
  if (extra !== undefined) throw new AppError('invalid-arguments', { detail: `unexpected "${extra}"` });
  const anchor = parseAnchor(values.anchor);
  const database = await openConfiguredDatabase(config);
  try {
    const report = await verifyAuditChain(database, anchor);
    io.stdout(JSON.stringify(report) + '\n');
    return 0;
  } finally {
    await database.close();
  }
}
