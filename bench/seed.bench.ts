// npm run bench:seed — persons per second and peak RSS of `tirkeu seed`, on PGlite and on the
// PostgreSQL server, for 100k and 1M persons. Each case runs in a fresh process and database.
// BENCH_SIZES=100000,1000000 and BENCH_ENGINES=postgres,pglite choose the cases.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const sizes = (process.env['BENCH_SIZES'] ?? '100000,1000000').split(',').map(Number);
const engines = (process.env['BENCH_ENGINES'] ?? 'postgres,pglite').split(',');
const rows: string[][] = [];
const format = (n: number) => Math.round(n).toLocaleString('en-US');

for (const engine of engines) {
  for (const persons of sizes) {
    const child = spawnSync(process.execPath, [join(import.meta.dirname, 'seed-case.ts'), engine, String(persons)], {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    });
    const line = (child.stdout ?? '').trim().split('\n').at(-1) ?? '';
    if (child.status !== 0 || !line.startsWith('{')) {
      const why = child.error?.message ?? child.signal ?? (child.stderr ?? '').trim().split('\n').at(-1) ?? '';
      rows.push([engine, format(persons), 'failed', '', '', why]);
      console.error(`failed: ${engine} ${persons}: ${why}`);
      continue;
    }
    const r = JSON.parse(line) as { seconds: number; rows: number; peakRssMiB: number };
    rows.push([
      engine,
      format(persons),
      r.seconds.toFixed(1),
      format(persons / r.seconds),
      format(r.rows),
      format(r.peakRssMiB),
    ]);
    console.error(`done: ${engine} ${persons}`);
  }
}

const header = ['engine', 'persons', 'seconds', 'persons/s', 'rows written', 'peak RSS MiB'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const print = (cells: string[]) => console.log(cells.map((c, i) => c.padStart(widths[i]!)).join('  '));
print(header);
print(widths.map((w) => '-'.repeat(w)));
for (const r of rows) print(r);
console.log(`machine: ${(await import('node:os')).cpus().length} cores, Node ${process.version}`);
