// pilot.md §0 via `tirkeu ruleset extend|list`: an administrator records the act that extends a
// ruleset's period; the record is append-only and audited; bad input is one coded line, exit 2.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { openDatabase } from '../../src/db/database.ts';
import { runCli } from '../support/cli.ts';
import { cliDatabase, ENGINES } from '../support/engines.ts';

const EXTEND = ['ruleset', 'extend', '--ruleset', 'kz-pilot-2025', '--to', '2026-12-31'];
const ACT = ['--act', 'Joint order No. 412', '--act-date', '2026-06-20'];

describe('tirkeu ruleset: bad input is one coded line in the chosen language, exit 2', () => {
  for (const [args, code] of [
    [['ruleset', 'rename'], 'succession.unknown-action'],
    [[...EXTEND.slice(0, 3), 'kz-2099', '--to', '2026-12-31', ...ACT], 'succession.unknown-ruleset'],
    [[...EXTEND.slice(0, 5), '2026-02-30', ...ACT], 'succession.invalid-date'],
    [[...EXTEND, '--act', ' ', '--act-date', '2026-06-20'], 'succession.invalid-act'],
    [[...EXTEND.slice(0, 5), '2026-06-30', ...ACT], 'succession.not-later'],
  ] as const) {
    it(`${code}: exit 2, one coded line`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'tirkeu-ruleset-'));
      try {
        const r = await runCli([...args], { TIRKEU_DATA_DIR: join(dir, 'data') });
        assert.equal(r.code, 2, r.stderr);
        assert.match(r.stderr, new RegExp(`^tirkeu: ${code.replace('.', '\\.')}[ :(]`));
        assert.equal(r.stderr.trimEnd().split('\n').length, 1);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
  it('speaks Russian and Kazakh', async () => {
    assert.match((await runCli(['--lang', 'ru', 'ruleset', 'rename'])).stderr, /Неизвестная команда ruleset/);
    assert.match((await runCli(['--lang', 'kk', 'ruleset', 'rename'])).stderr, /командасы белгісіз/);
  });
});

for (const engine of ENGINES) {
  describe(`tirkeu ruleset extend and list on ${engine}`, () => {
    let env: Record<string, string>;
    let cleanup: () => Promise<void>;
    const dir = mkdtempSync(join(tmpdir(), 'tirkeu-ruleset-'));
    const open = () =>
      openDatabase(env['DATABASE_URL'] ? { url: env['DATABASE_URL'] } : { dataDir: env['TIRKEU_DATA_DIR']! });
    before(async () => {
      ({ env, cleanup } = await cliDatabase(engine, dir));
    });
    after(() => cleanup());

    it('records the extension with the act, lists it, and audits it', async () => {
      const r = await runCli([...EXTEND, ...ACT], env);
      assert.equal(r.code, 0, r.stderr);
      const recorded = JSON.parse(r.stdout) as { validTo: string; act: { reference: string; date: string } };
      assert.equal(recorded.validTo, '2026-12-31');
      assert.deepEqual(recorded.act, { reference: 'Joint order No. 412', date: '2026-06-20' });
      const list = JSON.parse((await runCli(['ruleset', 'list'], env)).stdout) as unknown[];
      assert.equal(list.length, 1);
      assert.deepEqual(list[0], recorded);
      const database = await open();
      try {
        const audit = await database.db.selectFrom('audit_events').select('action').execute();
        assert.deepEqual(
          audit.map((a) => a.action),
          ['ruleset-extension'],
        );
      } finally {
        await database.close();
      }
    });

    it('refuses to change or delete a recorded succession (append-only)', async () => {
      const database = await open();
      try {
        await assert.rejects(
          sql`update ruleset_successions set valid_to = '2030-01-01'`.execute(database.db),
          /append-only/,
        );
        await assert.rejects(sql`delete from ruleset_successions`.execute(database.db), /append-only/);
      } finally {
        await database.close();
      }
    });
  });
}
