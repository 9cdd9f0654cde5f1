import type { Config } from '../../config.ts';
import type { Database } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { translate } from '../../i18n/messages.ts';
import { DEFAULT_CHUNK_SIZE, MAX_PERSONS, MIN_PERSONS } from '../../population/generator.ts';
import { DEFAULT_INDEX_JOBS, type SeedResult, seedDatabase } from '../../population/seed-database.ts';
import { integerFlag, parseFlags } from '../args.ts';
import { openConfiguredDatabase } from '../database-from-env.ts';
import type { Io } from '../output.ts';
import { createProgress } from '../progress.ts';

export function parseSeed(value: string | undefined): bigint {
  if (value === undefined || !/^[0-9]{1,18}$/.test(value)) {
    throw new AppError('invalid-arguments', { detail: '--seed must be a whole number of up to 18 digits' });
  }
  return BigInt(value);
}

/** Seeds with progress reporting; shared by `seed` and `start`. */
export async function seedWithProgress(
  io: Io,
  database: Database,
  options: { seed: bigint; persons: number; chunkSize?: number; bulk?: boolean; indexJobs?: number },
): Promise<SeedResult> {
  const started = performance.now();
  let progress: ReturnType<typeof createProgress> | undefined;
  let rebuildStarted = 0;
  const result = await seedDatabase(database, {
    ...options,
    onDeferred: (count) => io.stderr(`${translate(io.lang, 'seed-bulk-deferred', { count })}\n`),
    onRebuild: (p) => {
      if (p.done === 1) {
        progress?.stop();
        progress = undefined;
        rebuildStarted = performance.now();
      }
      io.stderr(`${translate(io.lang, 'seed-bulk-rebuilt', { done: p.done, total: p.total, name: p.name })}\n`);
      if (p.done === p.total) {
        const seconds = ((performance.now() - rebuildStarted) / 1000).toFixed(1);
        io.stderr(`${translate(io.lang, 'seed-bulk-rebuild-finished', { total: p.total, seconds })}\n`);
      }
    },
    onChunk: (p) => {
      if (!progress) {
        const before = p.chunksDone - 1;
        const base = Math.min(p.personsTotal, before * (options.chunkSize ?? DEFAULT_CHUNK_SIZE));
        progress = createProgress(io, p.personsTotal, 'persons', started, base);
        if (before > 0) {
          const resuming = { seed: String(options.seed), done: before, total: p.chunksTotal };
          io.stderr(`${translate(io.lang, 'seed-resuming', resuming)}\n`);
        }
      }
      progress.update(p.personsDone);
    },
  });
  progress?.stop();
  if (result.status === 'already-complete') {
    io.stderr(
      `${translate(io.lang, 'seed-already-complete', { seed: String(options.seed), persons: options.persons })}\n`,
    );
  } else if (result.status === 'complete') {
    const seconds = (performance.now() - started) / 1000;
    const written = Math.min(options.persons, result.chunksWritten * (options.chunkSize ?? DEFAULT_CHUNK_SIZE));
    io.stderr(
      `${translate(io.lang, 'seed-finished', {
        persons: written,
        seconds: seconds.toFixed(1),
        rate: Math.round(written / seconds),
        target: database.target,
      })}\n`,
    );
  }
  return result;
}

export async function seedCommand(args: string[], io: Io, config: Config): Promise<number> {
  const { values, positionals } = parseFlags(args, {
    persons: { type: 'string' },
    seed: { type: 'string' },
    'chunk-size': { type: 'string' },
    bulk: { type: 'boolean' },
    'index-jobs': { type: 'string' },
  });
  if (positionals.length > 0) throw new AppError('invalid-arguments', { detail: `unexpected "${positionals[0]}"` });
  const persons = integerFlag('persons', values.persons, MIN_PERSONS, MAX_PERSONS);
  const seed = parseSeed(values.seed);
  const chunkSize = integerFlag('chunk-size', values['chunk-size'], 100, 100_000, DEFAULT_CHUNK_SIZE);
  const indexJobs = integerFlag('index-jobs', values['index-jobs'], 1, 8, DEFAULT_INDEX_JOBS);
  const database = await openConfiguredDatabase(config);
  try {
    await seedWithProgress(io, database, { seed, persons, chunkSize, bulk: values.bulk === true, indexJobs });
    return 0;
  } finally {
    await database.close();
  }
}
