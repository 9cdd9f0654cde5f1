// Streams a generated population into the registries, one chunk per transaction. The chunk and
// the progress counter commit together, so an interrupted run leaves whole chunks only and the
// next run with the same seed resumes after the last committed one.
import { sql } from 'kysely';
import type { Database } from '../db/database.ts';
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
}

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
    if (run.chunks_done >= run.chunks_total) return { status: 'already-complete' };
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
  let rows = 0;
  let written = 0;
  const stream = startChunkStream({ seed: String(options.seed), persons: options.persons, chunkSize, skip: done });
  try {
    while (done < chunksTotal) {
      if (options.maxChunks !== undefined && written >= options.maxChunks)
        return { status: 'stopped', chunksDone: done };
      const chunk = await stream.next();
      const index = done;
      if (chunk.index !== index) throw new Error(`chunk ${chunk.index} arrived when ${index} was due`);
      const last = index + 1 === chunksTotal;
      rows += await database.bulk(async (tx) => {
        for (const t of chunk.tables) if (t.rows > 0) await copyTable(tx, t);
        // Guarded by the expected count: a second seeder racing on the same database rolls back.
        const updated = await tx.query(
          `update seed_runs set chunks_done = $1, finished_at = ${last ? 'now()' : 'null'} where id = 1 and chunks_done = $2 returning id`,
          [index + 1, index],
        );
        if (updated.length !== 1) throw new AppError('seed-conflict');
        return chunk.tables.reduce((sum, t) => sum + t.rows, 0);
      });
      done++;
      written++;
      options.onChunk?.({
        chunksDone: done,
        chunksTotal: chunksTotal,
        personsDone: Math.min(options.persons, done * chunkSize),
        personsTotal: options.persons,
        rows,
      });
    }
  } finally {
    await stream.close();
  }
  return { status: 'complete', resumedFrom, chunksWritten: written, rows };
}
