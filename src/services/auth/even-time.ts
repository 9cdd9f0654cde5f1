// An answer that takes the same time whatever it found: the work runs, then the answer waits
// until the floor has passed since the start. Failures wait too, so an error's timing tells no
// more than a success's. Wall-clock time, not the service clock: it is about the caller's view.
import { setTimeout as sleep } from 'node:timers/promises';

export async function noSoonerThan<T>(floorMs: number, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    const left = floorMs - (performance.now() - started);
    if (left > 0) await sleep(left);
  }
}
