import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { EXAMPLES } from '../support/family.ts';

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

  it('tirkeu help loads no command', () => {
    const seen = modulesLoadedBy(['help']);
    assert.deepEqual(
      seen.filter((url) => url.includes('/src/cli/commands/')),
      [],
    );
  });
});
