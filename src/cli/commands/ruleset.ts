// `tirkeu ruleset extend|list` (pilot.md §0, issue 22 item 4): an administrator records that a
// ruleset's period is extended by a named legal act, and lists what was recorded. The act is
// effective-dated data; decisions on the dates it covers cite it (docs/decisions.md).
import type { Config } from '../../config.ts';
import { migrateToLatest } from '../../db/migrations/index.ts';
import { type IsoDate, parseIsoDate } from '../../domain/dates.ts';
import { AppError } from '../../errors.ts';
import { SYSTEM } from '../../services/actor.ts';
import { listSuccessions, recordSuccession } from '../../services/ruleset-successions.ts';
import { parseFlags } from '../args.ts';
import { openConfiguredDatabase } from '../database-from-env.ts';
import type { Io } from '../output.ts';

function dateFlag(flag: string, value: string | undefined): IsoDate {
  const date = value === undefined ? null : parseIsoDate(value);
  if (date === null) throw new AppError('succession.invalid-date', { flag }, { path: `/${flag}` });
  return date;
}

function actReference(value: string | undefined): string {
  const reference = value?.trim() ?? '';
  if (reference.length < 1 || reference.length > 500)
    throw new AppError('succession.invalid-act', {}, { path: '/act' });
  return reference;
}

export async function rulesetCommand(args: string[], io: Io, config: Config): Promise<number> {
  const { positionals, values } = parseFlags(args, {
    ruleset: { type: 'string' },
    to: { type: 'string' },
    act: { type: 'string' },
    'act-date': { type: 'string' },
  });
  const [action, extra] = positionals;
  if (action !== 'extend' && action !== 'list')
    throw new AppError('succession.unknown-action', { action: action ?? '' });
  if (extra !== undefined) throw new AppError('invalid-arguments', { detail: `unexpected "${extra}"` });
  // Everything the command line says is checked before the database is opened.
  const request =
    action === 'extend'
      ? {
          kind: 'extension' as const,
          ruleset: values.ruleset ?? '',
          validTo: dateFlag('to', values.to),
          act: { reference: actReference(values.act), date: dateFlag('act-date', values['act-date']) },
        }
      : undefined;
  const database = await openConfiguredDatabase(config);
  try {
    // Safe to repeat (as seed does): the table exists before it is read or written.
    await migrateToLatest(database.db);
    // The administrator at the shell acts as the system; the audit record says what was recorded.
    const result = request
      ? await recordSuccession(database, SYSTEM, new Date(), request)
      : await listSuccessions(database.db);
    io.stdout(JSON.stringify(result, null, 2) + '\n');
    return 0;
  } finally {
    await database.close();
  }
}
