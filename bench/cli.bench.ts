// npm run bench:cli [-- --runs N] [--file SCENARIO] [--entry bin/tirkeu.js] — start-up of
// `tirkeu decide` on a small scenario against `node -e 0` with the same Node (issue 20, item 3:
// within 5× in wall time, under 100 MB max RSS). The runs are interleaved so that a machine loaded
// by others slows both alike; the medians, their ratio and the largest max RSS are printed, and
// as the last line one JSON object. "warm" uses Node's compile cache (a fresh directory, filled by
// one run first), as bin/tirkeu.js does; "cold" runs with the cache off; "first" is the first run
// after an install: each in a fresh cache directory primed as `npm ci` primes it
// (scripts/prime-compile-cache.js), so what the priming does not load is compiled in the run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = join(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    file: { type: 'string', default: join(ROOT, '..', 'shared', 'spec', 'examples', 'online-norm-not-reached.json') },
    entry: { type: 'string', default: join(ROOT, 'bin', 'tirkeu.js') },
  },
});
const RUNS = Number(values.runs);

interface Run {
  ms: number;
  rssMiB: number;
}

/** One run under /usr/bin/time -v: wall time from here, max RSS from its report. */
function measure(args: string[], env: NodeJS.ProcessEnv): Run {
  const start = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-v', process.execPath, ...args], { env, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  if (!kb) throw new Error('no max RSS in /usr/bin/time -v output');
  return { ms, rssMiB: Number(kb[1]) / 1024 };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const cacheDir = mkdtempSync(join(tmpdir(), 'tirkeu-bench-cli-'));
const decideArgs = [values.entry, 'decide', values.file];
const variants: Record<string, { args: string[]; env: NodeJS.ProcessEnv }> = {
  'node -e 0': { args: ['-e', '0'], env: process.env },
  'decide warm': { args: decideArgs, env: { ...process.env, NODE_COMPILE_CACHE: cacheDir } },
  'decide cold': { args: decideArgs, env: { ...process.env, NODE_DISABLE_COMPILE_CACHE: '1' } },
  'decide first': { args: decideArgs, env: process.env },
};
let primed = 0;
/** A fresh cache directory, primed as `npm ci` primes it; the first run's environment. */
function afterInstall(): NodeJS.ProcessEnv {
  const dir = join(cacheDir, `install-${primed++}`);
  mkdirSync(dir);
  const env = { ...process.env, NODE_COMPILE_CACHE: dir };
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'prime-compile-cache.js')], { env, encoding: 'utf8' });
  if (r.status !== 0 || r.stderr !== '') throw new Error(`priming failed: ${r.stderr}`);
  return env;
}
const runs: Record<string, Run[]> = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
try {
  measure(variants['decide warm']!.args, variants['decide warm']!.env); // fills the cache
  for (let i = 0; i < RUNS; i++) {
    for (const [name, v] of Object.entries(variants))
      runs[name]!.push(measure(v.args, name === 'decide first' ? afterInstall() : v.env));
  }
} finally {
  rmSync(cacheDir, { recursive: true, force: true });
}

const summary = Object.fromEntries(
  Object.entries(runs).map(([name, rs]) => [
    name,
    { ms: median(rs.map((r) => r.ms)), maxRssMiB: Math.max(...rs.map((r) => r.rssMiB)) },
  ]),
);
const base = summary['node -e 0']!.ms;
console.log(`${RUNS} runs each, interleaved, ${process.execPath} (Node ${process.version})`);
console.log('what          median ms  × node -e 0  max RSS MiB');
for (const [name, s] of Object.entries(summary)) {
  console.log(
    `${name.padEnd(12)}  ${s.ms.toFixed(0).padStart(9)}  ${(s.ms / base).toFixed(2).padStart(11)}  ${s.maxRssMiB.toFixed(1).padStart(11)}`,
  );
}
const round = (x: number): number => Math.round(x * 100) / 100;
console.log(
  JSON.stringify({
    runs: RUNS,
    nodeMs: round(base),
    warmMs: round(summary['decide warm']!.ms),
    warmRatio: round(summary['decide warm']!.ms / base),
    warmMaxRssMiB: round(summary['decide warm']!.maxRssMiB),
    coldMs: round(summary['decide cold']!.ms),
    coldRatio: round(summary['decide cold']!.ms / base),
    coldMaxRssMiB: round(summary['decide cold']!.maxRssMiB),
    firstMs: round(summary['decide first']!.ms),
    firstRatio: round(summary['decide first']!.ms / base),
    firstMaxRssMiB: round(summary['decide first']!.maxRssMiB),
  }),
);
