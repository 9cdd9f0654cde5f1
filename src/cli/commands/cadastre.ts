// `tirkeu cadastre rename` (004 cl.7): an administrator records a joint decision of the local
// representative and executive bodies that renames a street or renumbers a building. In one
// transaction the addresses change in ЕГКН and the address register and a correction of each
// cadastral passport is opened (due the next working day); the same decision again changes
// nothing. Prints what was done as JSON.
import type { Config } from '../../config.ts';
import { migrateToLatest } from '../../db/migrations/index.ts';
import type { RenamingInput } from '../../domain/renaming.ts';
import { AppError } from '../../errors.ts';
import { SYSTEM } from '../../services/actor.ts';
import { applyRenaming, checkedRenaming } from '../../services/cadastre-renaming/apply.ts';
import { parseFlags } from '../args.ts';
import { openConfiguredDatabase } from '../database-from-env.ts';
import type { Io } from '../output.ts';

function inputOf(args: string[]): RenamingInput {
  const { positionals, values } = parseFlags(args, {
    body: { type: 'string' },
    number: { type: 'string' },
    date: { type: 'string' },
    city: { type: 'string' },
    street: { type: 'string' },
    'new-street': { type: 'string' },
    house: { type: 'string' },
    'new-house': { type: 'string' },
  });
  const [action, extra] = positionals;
  if (action !== 'rename') throw new AppError('invalid-arguments', { detail: 'give a subcommand: rename' });
  if (extra !== undefined) throw new AppError('invalid-arguments', { detail: `unexpected "${extra}"` });
  const street = values['new-street'] !== undefined;
  const building = values.house !== undefined || values['new-house'] !== undefined;
  if (street === building)
    throw new AppError('invalid-arguments', { detail: 'give either --new-street, or --house and --new-house' });
  return {
    kind: street ? 'street' : 'building',
    body: values.body ?? '',
    number: values.number ?? '',
    decidedOn: values.date ?? '',
    city: values.city ?? '',
    street: values.street ?? '',
    newStreet: values['new-street'],
    house: values.house,
    newHouse: values['new-house'],
  };
}

export async function cadastreCommand(args: string[], io: Io, config: Config): Promise<number> {
  const input = inputOf(args);
  // Everything the command line says is checked before the database is opened.
  checkedRenaming(input, new Date());
  const database = await openConfiguredDatabase(config);
  try {
    await migrateToLatest(database.db);
    // The administrator at the shell acts as the system; the audit records say what changed.
    const outcome = await applyRenaming(database, SYSTEM, input, new Date());
    io.stdout(JSON.stringify(outcome, null, 2) + '\n');
    return 0;
  } finally {
    await database.close();
  }
}
