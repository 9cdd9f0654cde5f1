import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { main } from '../../src/cli/main.ts';
import { EXAMPLES } from '../support/family.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const MAIN = pathToFileURL(join(import.meta.dirname, '..', '..', 'src', 'cli', 'main.ts')).href;

/** The modules one CLI run loads, from a load hook in a child process. */
function modulesLoadedBy(args: string[]): string[] {
  const script = `
    import { registerHooks } from 'node:module';
    const seen = [];
    registerHooks({ load(url, context, next) { seen.push(url); return next(url, context); } });
    const { main } = await import(${JSON.stringify(MAIN)});
    const code = await main(${JSON.stringify(args)}, { stdout: () => {}, stderr: () => {}, isTty: false });
    process.stdout.write(JSON.stringify({ code, seen }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const { code, seen } = JSON.parse(r.stdout) as { code: number; seen: string[] };
  assert.equal(code, 0);
  return seen;
}

// Issue 20, item 3: commands are loaded when used; `decide` loads the pure rules, the scenario
// reader and the decision messages, not the database, PDF, PKI, HTTP or logging libraries.
describe('a lean CLI (issue 20)', () => {
  it('tirkeu decide loads no database, PDF, PKI, HTTP or logging library, and not the whole catalog', () => {
    const seen = modulesLoadedBy(['decide', join(EXAMPLES, 'online-norm-not-reached.json')]);
    const heavy = seen.filter(
      (url) =>
        /node_modules\/(kysely|pg|@electric-sql|pdfkit|pdf-lib|qrcode|pkijs|@peculiar|node-forge|hono|pino)\//.test(
          url,
        ) ||
        /\/src\/(db|http)\//.test(url) ||
        /\/i18n\/messages\/(en|kk|ru)\.ts$/.test(url),
    );
    assert.deepEqual(heavy, []);
    assert.ok(seen.some((url) => url.endsWith('/src/domain/decision/decide.ts')));
  });

  // The next cut (docs/benchmarks.md, Lean CLI): zod alone cost a first run about 17 MB, so the
  // scenario reader checks scenario.md without it (src/registries/scenario/check.ts, compared
  // with the zod schema in test/registries/scenario-check.test.ts) and `decide`, which reads no
  // setting, skips the configuration check (src/config.ts).
  it('tirkeu decide loads neither zod nor the configuration check', () => {
    const seen = modulesLoadedBy(['decide', join(EXAMPLES, 'online-norm-not-reached.json')]);
    assert.deepEqual(
      seen.filter((url) => /node_modules\/zod\//.test(url) || /\/src\/config\.ts$/.test(url)),
      [],
    );
    assert.ok(seen.some((url) => url.endsWith('/src/registries/scenario/check.ts')));
    assert.ok(seen.length < 80, `${seen.length} modules`);
  });

  // The cut after that: a first run with no cache strips the TypeScript of every module it loads,
  // most of its start-up; `npm ci` primes the cache bin/tirkeu.js uses, so the first run after an
  // install finds every module of `decide` stripped already.
  it('after the install primes the compile cache, tirkeu decide strips no TypeScript', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tirkeu-lean-'));
    try {
      const env: NodeJS.ProcessEnv = { ...process.env, NODE_COMPILE_CACHE: dir };
      delete env['NODE_DISABLE_COMPILE_CACHE'];
      const prime = spawnSync(process.execPath, [join(ROOT, 'scripts', 'prime-compile-cache.js')], {
        env,
        encoding: 'utf8',
      });
      assert.equal(prime.status, 0, prime.stderr);
      const run = spawnSync(
        process.execPath,
        [join(ROOT, 'bin', 'tirkeu.js'), 'decide', join(EXAMPLES, 'online-norm-not-reached.json')],
        { env: { ...env, NODE_DEBUG_NATIVE: 'COMPILE_CACHE' }, encoding: 'utf8' },
      );
      assert.equal(run.status, 0, run.stderr);
      // Node's own trace: one "retrieving transpile cache for StrippedTypeScript …" line per module.
      const stripped = run.stderr
        .split('\n')
        .filter((line) => line.includes('retrieving transpile cache for StrippedTypeScript'));
      assert.ok(stripped.length > 30, `${stripped.length} TypeScript modules traced`);
      assert.deepEqual(
        run.stderr.split('\n').filter((line) => line.includes('no transpile cache')),
        [],
        'a module was stripped in the run',
      );
      assert.deepEqual(
        stripped.filter((line) => !line.endsWith('success')),
        [],
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('tirkeu decide refuses a bad TIRKEU_LANG with the same coded error as a command that checks every setting', async () => {
    const file = join(EXAMPLES, 'online-norm-not-reached.json');
    const run = async (args: string[], env: NodeJS.ProcessEnv) => {
      const err: string[] = [];
      const code = await main(args, { stdout: () => {}, stderr: (t) => err.push(t), isTty: false }, env);
      return { code, stderr: err.join('') };
    };
    for (const value of ['de', '', 'KK']) {
      // `migrate` stops at the configuration check (config.ts) before it touches a database.
      const checked = await run(['migrate'], { TIRKEU_LANG: value });
      assert.match(checked.stderr, /^tirkeu: invalid-config: .*TIRKEU_LANG/);
      assert.deepEqual(await run(['decide', file], { TIRKEU_LANG: value }), checked);
    }
    // The settings decide does not read are not its input.
    assert.equal((await run(['decide', file], { TIRKEU_LANG: 'ru', PORT: '70000' })).code, 0);
  });

  it('tirkeu help loads no command', () => {
    const seen = modulesLoadedBy(['help']);
    assert.deepEqual(
      seen.filter((url) => url.includes('/src/cli/commands/')),
      [],
    );
  });
});
