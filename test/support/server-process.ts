// The real server as a child process (`tirkeu start`), for tests of how it starts and stops
// (issue 16: graceful shutdown, restore from a backup).
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

export interface ServerProcess {
  child: ChildProcessWithoutNullStreams;
  base: string;
  /** Everything it printed so far, stdout and stderr. */
  output(): string;
  /** Resolves with the exit code when the process has exited. */
  exited: Promise<number | null>;
  /** Sends the signal and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Starts `tirkeu start` on a free port in development mode with `env` added; waits until it listens. */
export async function startServer(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, [join(ROOT, 'src', 'cli', 'main.ts'), 'start'], {
    env: { ...process.env, PORT: '0', LANG: 'C', TIRKEU_DEMO_PERSONS: '1000', ...env },
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const exited = (once(child, 'exit') as Promise<[number | null]>).then(([code]) => code);
  const stop = (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    return exited;
  };
  let port: string | undefined;
  for (let i = 0; i < 480 && port === undefined && child.exitCode === null; i++) {
    await new Promise((r) => setTimeout(r, 250));
    port = /running at http:\/\/localhost:(\d+)\//.exec(output)?.[1];
  }
  if (port === undefined) {
    await stop('SIGKILL');
    throw new Error(`the server did not start:\n${output}`);
  }
  return { child, base: `http://127.0.0.1:${port}`, output: () => output, exited, stop };
}
