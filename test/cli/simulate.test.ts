// Issue 21: `tirkeu simulate norm` on both engines over a population made by `tirkeu seed`; bad
// input is one coded line in the chosen language with exit code 2, before any database opens.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli } from '../support/cli.ts';
import { cliDatabase, ENGINES } from '../support/engines.ts';

describe('tirkeu simulate: bad input is one coded line, exit 2', () => {
  for (const [args, code] of [
    [['simulate', 'rent'], 'analytics.unknown-simulation'],
    [['simulate', 'norm'], 'analytics.invalid-m2'],
    [['simulate', 'norm', '--m2-per-person', '0'], 'analytics.invalid-m2'],
    [['simulate', 'norm', '--m2-per-person', '15', '--date', '2025-02-30'], 'analytics.invalid-date'],
    [['simulate', 'norm', '--m2-per-person', '15', '--city', 'Astana!'], 'analytics.invalid-city'],
  ] as const) {
    it(`${code} for ${args.slice(1).join(' ')}`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'tirkeu-simulate-'));
      try {
        const r = await runCli([...args], { TIRKEU_DATA_DIR: join(dir, 'data') });
        assert.equal(r.code, 2, r.stderr);
        assert.match(r.stderr, new RegExp(`^tirkeu: ${code.replace('.', '\\.')}[ :(]`));
        assert.equal(r.stderr.trimEnd().split('\n').length, 1);
        assert.equal(r.stdout, '');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
  it('speaks Russian and Kazakh', async () => {
    assert.match((await runCli(['--lang', 'ru', 'simulate', 'norm'])).stderr, /Площадь на человека/);
    assert.match((await runCli(['--lang', 'kk', 'simulate', 'norm'])).stderr, /шаққандағы аудан/);
  });
});

for (const engine of ENGINES) {
  describe(`tirkeu simulate norm over a seeded population (${engine})`, () => {
    let env: Record<string, string>;
    let cleanup: () => Promise<void>;
    const dir = mkdtempSync(join(tmpdir(), 'tirkeu-simulate-'));
    before(async () => {
      ({ env, cleanup } = await cliDatabase(engine, dir));
      const seeded = await runCli(['seed', '--persons', '2000', '--seed', '7'], env);
      assert.equal(seeded.code, 0, seeded.stderr);
    });
    after(() => cleanup());

    it('prints the dwellings at or above the norm; a larger area per person refuses more', async () => {
      const run = async (m2: string) => {
        const r = await runCli(['simulate', 'norm', '--m2-per-person', m2, '--date', '2025-12-01'], env);
        assert.equal(r.code, 0, r.stderr);
        return JSON.parse(r.stdout) as {
          city: string;
          dwellings: { total: number; atOrAboveNorm: number | null };
          atRulesetNorm: { dwellings: { atOrAboveNorm: number | null } };
          curve: unknown[];
        };
      };
      const at15 = await run('15');
      const at25 = await run('25');
      assert.equal(at15.city, 'astana');
      assert.ok(at15.dwellings.total > 0);
      assert.equal(at25.dwellings.total, at15.dwellings.total);
      assert.ok(at15.dwellings.atOrAboveNorm !== null && at25.dwellings.atOrAboveNorm !== null);
      assert.ok(at25.dwellings.atOrAboveNorm >= at15.dwellings.atOrAboveNorm);
      assert.equal(at25.atRulesetNorm.dwellings.atOrAboveNorm, at15.dwellings.atOrAboveNorm, 'the ruleset has 15');
      assert.equal(at15.curve.length, 16);
    });
  });
}
