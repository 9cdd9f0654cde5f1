// 004 cl.7 via `tirkeu cadastre rename`: an administrator records a renaming decision; the
// addresses change and the answer says so as JSON; the same decision again changes nothing; bad
// input is one coded line in the chosen language, exit 2, and writes nothing.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openDatabase } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrations/index.ts';
import { sqlCadastreWrites } from '../../src/registries/sql/cadastre-writes.ts';
import { runCli } from '../support/cli.ts';
import { cliDatabase, ENGINES } from '../support/engines.ts';

const DECISION = [
  '--body',
  'Astana city akimat and maslikhat',
  '--number',
  '77/1',
  '--date',
  '2026-03-19',
  '--city',
  'astana',
];
const STREET = [...DECISION, '--street', 'Сынақ көшесі', '--new-street', 'Бейбітшілік көшесі'];

describe('tirkeu cadastre rename: bad input is one coded line, exit 2, before any database', () => {
  for (const [args, code] of [
    [
      [...DECISION.slice(0, 4), '--date', '19.03.2026', ...DECISION.slice(6), '--street', 'А', '--new-street', 'Б'],
      'renaming.invalid-date',
    ],
    [[...DECISION, '--street', 'Сынақ көшесі', '--new-street', 'Сынақ  көшесі'], 'renaming.same-name'],
    [[...DECISION, '--street', 'Сынақ көшесі', '--house', '5', '--new-house', '5А'], 'renaming.invalid-house'],
    [[...DECISION, '--street', 'Сынақ көшесі'], 'invalid-arguments'],
    [[...DECISION, '--street', 'Сынақ көшесі', '--new-street', 'Б', '--house', '5'], 'invalid-arguments'],
  ] as const) {
    it(`${code}: exit 2`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'tirkeu-rename-'));
      try {
        const r = await runCli(['cadastre', 'rename', ...args], { TIRKEU_DATA_DIR: join(dir, 'data') });
        assert.equal(r.code, 2, r.stderr);
        assert.match(r.stderr, new RegExp(`^tirkeu: ${code.replace('.', '\\.')}[ :(]`));
        assert.equal(r.stderr.trimEnd().split('\n').length, 1);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
  it('speaks Russian and Kazakh', async () => {
    const same = ['cadastre', 'rename', ...DECISION, '--street', 'Сынақ көшесі', '--new-street', 'Сынақ көшесі'];
    assert.match((await runCli(['--lang', 'ru', ...same])).stderr, /совпадает со старым/);
    assert.match((await runCli(['--lang', 'kk', ...same])).stderr, /ескісімен бірдей/);
  });
  it('is listed in the help', async () => assert.match((await runCli(['help'])).stdout, /tirkeu cadastre rename/));
});

for (const engine of ENGINES) {
  describe(`tirkeu cadastre rename on ${engine}`, () => {
    let env: Record<string, string>;
    let cleanup: () => Promise<void>;
    const dir = mkdtempSync(join(tmpdir(), 'tirkeu-rename-'));
    const open = () =>
      openDatabase(env['DATABASE_URL'] ? { url: env['DATABASE_URL'] } : { dataDir: env['TIRKEU_DATA_DIR']! });
    before(async () => {
      ({ env, cleanup } = await cliDatabase(engine, dir));
      const database = await open();
      try {
        await migrateToLatest(database.db);
        await database.db.transaction().execute((tx) =>
          sqlCadastreWrites(tx).recordObject({
            rka: '0201004000008901',
            city: 'astana',
            address: 'Астана қ., Сынақ көшесі, 3-үй',
            area: 80,
            owners: [{ iin: '850517410090', share: '1/1' }],
            stateRental: false,
          }),
        );
      } finally {
        await database.close();
      }
    });
    after(() => cleanup());

    it('renames the street, prints what changed, and changes nothing the second time', async () => {
      const r = await runCli(['cadastre', 'rename', ...STREET], env);
      assert.equal(r.code, 0, r.stderr);
      const done = JSON.parse(r.stdout) as {
        applied: boolean;
        dueOn: string;
        acceptedOn: string;
        objects: { newAddress: string; correction: null }[];
      };
      assert.equal(done.applied, true);
      assert.ok(done.dueOn > done.acceptedOn);
      assert.deepEqual(
        done.objects.map((o) => [o.newAddress, o.correction]),
        [['Астана қ., Бейбітшілік көшесі, 3-үй', null]],
      );
      const again = await runCli(['cadastre', 'rename', ...STREET], env);
      assert.equal(again.code, 0, again.stderr);
      assert.equal((JSON.parse(again.stdout) as { applied: boolean }).applied, false);
    });

    it('an unknown street: exit 2 with its code, nothing written', async () => {
      const r = await runCli(
        [
          'cadastre',
          'rename',
          ...DECISION.slice(0, 2),
          '--number',
          '78/1',
          ...DECISION.slice(4),
          '--street',
          'Жоқ көшесі',
          '--new-street',
          'Б',
        ],
        env,
      );
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, /^tirkeu: renaming\.unknown-street \(\/street\)/);
      const database = await open();
      try {
        const decisions = await database.db.selectFrom('renaming_decisions').select('number').execute();
        assert.deepEqual(
          decisions.map((d) => d.number),
          ['77/1'],
        );
      } finally {
        await database.close();
      }
    });
  });
}
