// Progress of long runs: a bar with rate and ETA on a terminal, plain lines in logs and CI.
import cliProgress from 'cli-progress';
import type { Io } from './output.ts';

export interface Progress {
  update(done: number): void;
  stop(): void;
}

/**
 * `startedAt` (performance.now()) is when the work began and `base` how much was already done
 * before it (a resumed run), so rate and ETA count only this run's work.
 */
export function createProgress(io: Io, total: number, unit: string, startedAt = performance.now(), base = 0): Progress {
  if (io.isTty) {
    const bar = new cliProgress.SingleBar(
      {
        format: `{bar} {percentage}% | {value}/{total} ${unit} | {rate} ${unit}/s | ETA {eta_formatted}`,
        hideCursor: true,
        etaBuffer: 20,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, base, { rate: 0 });
    return {
      update(done) {
        bar.update(done, { rate: Math.round((done - base) / ((performance.now() - startedAt) / 1000)) });
      },
      stop() {
        bar.stop();
      },
    };
  }
  let lastReported = -1;
  return {
    update(done) {
      const tenth = Math.floor((done / total) * 10);
      if (tenth === lastReported && done !== total) return;
      lastReported = tenth;
      const seconds = (performance.now() - startedAt) / 1000;
      const rate = (done - base) / seconds;
      const eta = rate > 0 ? Math.round((total - done) / rate) : 0;
      io.stderr(
        `progress ${done}/${total} ${unit} (${Math.round((done / total) * 100)}%), ${Math.round(rate)} ${unit}/s, ETA ${eta} s\n`,
      );
    },
    stop() {},
  };
}
