// Generates chunks in a worker thread and hands them over as COPY text, at most READ_AHEAD chunks
// ahead of the writer: generation and database writes overlap on two cores, memory stays flat.
import { parentPort, workerData } from 'node:worker_threads';
import { toCopyBuffers } from '../db/registry-loader.ts';
import { PopulationGenerator } from './generator.ts';

export interface WorkerInput {
  seed: string;
  persons: number;
  chunkSize: number;
  skip: number;
}

export interface ChunkTable {
  table: string;
  columns: readonly string[];
  text: string;
  rows: number;
}

export const READ_AHEAD = 2;

const input = workerData as WorkerInput;
const generator = new PopulationGenerator({
  seed: BigInt(input.seed),
  persons: input.persons,
  chunkSize: input.chunkSize,
});
generator.skip(input.skip);
let credits = READ_AHEAD;
let produced = input.skip;

function produce() {
  while (credits > 0 && produced < generator.chunkCount) {
    const tables: ChunkTable[] = toCopyBuffers(generator.next()).map((b) => ({
      table: b.table,
      columns: b.columns,
      text: b.text(),
      rows: b.rows,
    }));
    parentPort!.postMessage({ index: produced, tables });
    produced++;
    credits--;
  }
}

parentPort!.on('message', (message: 'more') => {
  if (message === 'more') {
    credits++;
    produce();
  }
});
produce();
