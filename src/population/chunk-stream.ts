// The writer's side of seed-worker.ts: chunks in order, one at a time, as COPY text.
import { Worker } from 'node:worker_threads';
import type { ChunkTable, WorkerInput } from './seed-worker.ts';

export interface ChunkStream {
  next(): Promise<{ index: number; tables: ChunkTable[] }>;
  close(): Promise<void>;
}

export function startChunkStream(input: WorkerInput): ChunkStream {
  const worker = new Worker(new URL('./seed-worker.ts', import.meta.url), { workerData: input });
  const ready: { index: number; tables: ChunkTable[] }[] = [];
  let waiting: { resolve: (c: { index: number; tables: ChunkTable[] }) => void; reject: (e: Error) => void } | null =
    null;
  let failure: Error | null = null;
  worker.on('message', (chunk: { index: number; tables: ChunkTable[] }) => {
    if (waiting) {
      waiting.resolve(chunk);
      waiting = null;
    } else ready.push(chunk);
  });
  worker.on('error', (error: Error) => {
    failure = error;
    waiting?.reject(error);
  });
  return {
    next() {
      const chunk = ready.shift();
      worker.postMessage('more');
      if (chunk) return Promise.resolve(chunk);
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => {
        waiting = { resolve, reject };
      });
    },
    async close() {
      await worker.terminate();
    },
  };
}
