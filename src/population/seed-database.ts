// Streams a generated population into the registries, one chunk per transaction. The chunk and
// the progress counter commit together, so an interrupted run leaves whole chunks only and the
// next run with the same seed resumes after the last committed one.
//
// In bulk mode (issue 20, item 2) the keys, foreign keys and indexes of the registry tables are
// dropped before the load and built after it (src/db/deferred-indexes.ts), several chunks go into
// one transaction, and the loading transactions commit without waiting for the WAL flush
// (synchronous_commit off, for them only: a crash loses at most the last transactions, which the
// counter committed with them says to write again). The rows written are the same.
import { sql } from 'kysely';
import type { Database } from '../db/database.ts';
import { deferIndexes, hasPendingRebuild, type RebuildProgress, rebuildDeferred } from '../db/deferred-indexes.ts';
import { migrateToLatest } from '../db/migrations/index.ts';
import { copyTable } from '../db/registry-loader.ts';
import { AppError } from '../errors.ts';
import { startChunkStream } from './chunk-stream.ts';
import { chunkCount, DEFAULT_CHUNK_SIZE, GENERATOR_VERSION } from './generator.ts';

export interface SeedOptions {
  seed: bigint;
  persons: number;
  chunkSize?: number;
  onChunk?: (progress: SeedProgress) => void;
  /** Stop after this many chunks (tests simulate an interrupted run with it). */
  maxChunks?: number;
  /** Indexes and constraints built after the load, larger transactions (see above). */
  bulk?: boolean;
  /** Bulk mode: index builds run at once on a server. */
  indexJobs?: number;
  /** Bulk mode: the indexes and constraints were dropped (count), or are being rebuilt. */
  onDeferred?: (count: number) => void;
  onRebuild?: (progress: RebuildProgress) => void;
  /** Stop the rebuild after this many statements (tests simulate a crash during it). */
  maxRebuildSteps?: number;
}

/** Chunks per transaction in bulk mode: 100,000 persons at the default chunk size. */
export const BULK_CHUNKS_PER_TRANSACTION = 10;
/** Default of --index-jobs: index builds at once (each may use parallel workers of its own). */
export const DEFAULT_INDEX_JOBS = 2;

/** Tables the loader writes whose keys and indexes a bulk load keeps: merging streets needs their key. */
const KEPT_TABLES = new Set(['streets']);

export interface SeedProgress {
  chunksDone: number;
  chunksTotal: number;
  personsDone: number;
  personsTotal: number;
  rows: number;
}

export type SeedResult =
  | { status: 'complete'; resumedFrom: number; chunksWritten: number; rows: number }
  | { status: 'already-complete' }
  | { status: 'stopped'; chunksDone: number };

async function registryHasData(database: Database): Promise<number> {
  const row = await sql<{
    n: number;
  }>`select count(*)::int as n from (select 1 from persons limit 1000000) p`.execute(database.db);
  return row.rows[0]?.n ?? 0;
}

export async function seedDatabase(database: Database, options: SeedOptions): Promise<SeedResult> {
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  await migrateToLatest(database.db);
  const chunksTotal = chunkCount(options.persons, chunkSize);
  const run = await database.db.selectFrom('seed_runs').selectAll().where('id', '=', 1).executeTakeFirst();
  let done = 0;
  if (run) {
    const same =
      run.seed === String(options.seed) &&
      run.persons === options.persons &&
      run.chunk_size === chunkSize &&
      run.generator_version === GENERATOR_VERSION;
    if (!same) throw new AppError('target-not-empty', { persons: await registryHasData(database) });
    if (run.chunks_done >= run.chunks_total) {
      // Loaded by a bulk run that stopped during its rebuild: finish that, whatever the mode now.
      if (!(await hasPendingRebuild(database))) return { status: 'already-complete' };
      if (!(await rebuild(database, options))) return { status: 'stopped', chunksDone: run.chunks_done };
      return { status: 'complete', resumedFrom: run.chunks_done, chunksWritten: 0, rows: 0 };
    }
    done = run.chunks_done;
  } else {
    const existing = await registryHasData(database);
    if (existing > 0) throw new AppError('target-not-empty', { persons: existing });
    await database.db
      .insertInto('seed_runs')
      .values({
        id: 1,
        seed: String(options.seed),
        persons: options.persons,
        chunk_size: chunkSize,
        chunks_total: chunksTotal,
        chunks_done: 0,
        generator_version: GENERATOR_VERSION,
      })
      .execute();
  }
  const resumedFrom = done;
  const bulk = options.bulk === true;
  const perTransaction = bulk ? BULK_CHUNKS_PER_TRANSACTION : 1;
  let rows = 0;
  let written = 0;
  const stream = startChunkStream({ seed: String(options.seed), persons: options.persons, chunkSize, skip: done });
  let peeked: Awaited<ReturnType<typeof stream.next>> | undefined;
  const nextChunk = () => {
    const chunk = peeked;
    peeked = undefined;
    return chunk ? Promise.resolve(chunk) : stream.next();
  };
  try {
    // A bulk run defers once, for the tables the generator writes (as its first chunk names
    // them); its resumption, bulk or not, finds the list already there.
    if (bulk && done < chunksTotal && !(await hasPendingRebuild(database))) {
      peeked = await stream.next();
      const tables = peeked.tables.map((t) => t.table).filter((t) => !KEPT_TABLES.has(t));
      options.onDeferred?.(await database.bulk((tx) => deferIndexes(tx, tables)));
    }
    while (done < chunksTotal) {
      const allowed = options.maxChunks === undefined ? Infinity : options.maxChunks - written;
      if (allowed <= 0) return { status: 'stopped', chunksDone: done };
      const first = done;
      const count = Math.min(perTransaction, chunksTotal - first, allowed);
      const last = first + count === chunksTotal;
      rows += await database.bulk(async (tx) => {
        if (bulk) await tx.query(`select set_config('synchronous_commit', 'off', true)`);
        let copied = 0;
        for (let index = first; index < first + count; index++) {
          const chunk = await nextChunk();
          if (chunk.index !== index) throw new Error(`chunk ${chunk.index} arrived when ${index} was due`);
          for (const t of chunk.tables) if (t.rows > 0) await copyTable(tx, t);
          copied += chunk.tables.reduce((sum, t) => sum + t.rows, 0);
        }
        // Guarded by the expected count: a second seeder racing on the same database rolls back.
        const updated = await tx.query(
          `update seed_runs set chunks_done = $1, finished_at = ${last ? 'now()' : 'null'} where id = 1 and chunks_done = $2 returning id`,
          [first + count, first],
        );
        if (updated.length !== 1) throw new AppError('seed-conflict');
        return copied;
      });
      for (let k = 1; k <= count; k++) {
        options.onChunk?.({
          chunksDone: first + k,
          chunksTotal: chunksTotal,
          personsDone: Math.min(options.persons, (first + k) * chunkSize),
          personsTotal: options.persons,
          rows,
        });
      }
      done += count;
      written += count;
    }
  } finally {
    await stream.close();
  }
  if ((await hasPendingRebuild(database)) && !(await rebuild(database, options)))
    return { status: 'stopped', chunksDone: done };
  return { status: 'complete', resumedFrom, chunksWritten: written, rows };
}

function rebuild(database: Database, options: SeedOptions): Promise<boolean> {
  return rebuildDeferred(database, {
    jobs: options.indexJobs ?? DEFAULT_INDEX_JOBS,
    ...(options.onRebuild ? { onStep: options.onRebuild } : {}),
    ...(options.maxRebuildSteps !== undefined ? { maxSteps: options.maxRebuildSteps } : {}),
  });
}
