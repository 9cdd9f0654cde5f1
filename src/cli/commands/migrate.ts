import type { Config } from '../../config.ts';
import { migrateToLatest } from '../../db/migrations/index.ts';
import { AppError } from '../../errors.ts';
import { parseFlags } from '../args.ts';
import { openConfiguredDatabase } from '../database-from-env.ts';
import type { Io } from '../output.ts';

export async function migrateCommand(args: string[], io: Io, config: Config): Promise<number> {
  const { positionals } = parseFlags(args, {});
  if (positionals.length > 0) throw new AppError('invalid-arguments', { detail: `unexpected "${positionals[0]}"` });
  const database = await openConfiguredDatabase(config);
  try {
    const { applied } = await migrateToLatest(database.db);
    io.stdout(JSON.stringify({ target: database.target, applied }) + '\n');
    return 0;
  } finally {
    await database.close();
  }
}
