import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parseScenarioText } from '../../src/registries/scenario/read.ts';
import { cliDatabase, ENGINES } from '../support/engines.ts';
import { runCli } from '../support/cli.ts';

const ROOT = join(import.meta.dirname, '..', '..');

const run = (args: string[], env: Record<string, string> = {}) => runCli(args, env);

function assertOneCodedLine(stderr: string, code: string) {
  const lines = stderr.trimEnd().split('\n');
  assert.equal(lines.length, 1, stderr);
  assert.match(lines[0]!, new RegExp(`^tirkeu: ${code}[ :(]`));
  assert.doesNotMatch(stderr, /\n\s+at |Error:/, 'no stack trace');
}

describe('tirkeu CLI: bad input gets one coded line and a non-zero exit', () => {
  it('an unknown command', async () => {
    const r = await run(['frobnicate']);
    assert.equal(r.code, 2);
    assertOneCodedLine(r.stderr, 'unknown-command');
  });

  it('unknown and malformed flags', async () => {
    for (const args of [
      ['seed', '--persons', '5000', '--seed', '1', '--colour', 'red'],
      ['seed', '--persons', 'many', '--seed', '1'],
      ['seed', '--persons', '999', '--seed', '1'],
      ['seed', '--persons', '20500001', '--seed', '1'],
      ['seed', '--persons', '5000'],
      ['seed', '--persons', '5000', '--seed', '-3'],
      ['scenario', '--applicant', '123', '--rka', '0101000000000001'],
      ['scenario', '--applicant', '900701300108', '--rka', '0101000000000001', '--relation', 'cousin'],
      ['scenario', '--applicant', '900701300108', '--rka', '0101000000000001', '--date', '2025-02-30'],
      ['--lang', 'de', 'help'],
    ]) {
      const r = await run(args);
      assert.equal(r.code, 2, args.join(' '));
      assertOneCodedLine(r.stderr, 'invalid-arguments');
    }
  });

  it('speaks Kazakh, Russian or English, by --lang, TIRKEU_LANG or the locale', async () => {
    assert.match((await run(['--lang', 'ru', 'nope'])).stderr, /Неизвестная команда/);
    assert.match((await run(['nope'], { TIRKEU_LANG: 'kk' })).stderr, /деген пәрмен жоқ/);
    assert.match((await run(['nope'], { LANG: 'ru_RU.UTF-8' })).stderr, /Неизвестная команда/);
    assert.match((await run(['nope', '--lang=en'])).stderr, /Unknown command/);
  });

  it('an invalid setting in the environment names the variable', async () => {
    const r = await run(['migrate'], { DATABASE_URL: 'mysql://localhost/x' });
    assert.equal(r.code, 2);
    assertOneCodedLine(r.stderr, 'invalid-config');
    assert.match(r.stderr, /DATABASE_URL/);
    assert.match((await run(['migrate'], { PORT: '70000' })).stderr, /invalid-config.*PORT/);
  });

  it('an unreachable DATABASE_URL, without the password in the message', async () => {
    const r = await run(['seed', '--persons', '1000', '--seed', '1'], {
      DATABASE_URL: 'postgres://postgres:s3cret@127.0.0.1:1/none',
    });
    assert.equal(r.code, 1);
    assertOneCodedLine(r.stderr, 'database-unreachable');
    assert.doesNotMatch(r.stderr, /s3cret/);
  });

  it('prints usage for help', async () => {
    const r = await run(['help']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /tirkeu seed --persons N --seed S/);
  });
});

for (const engine of ENGINES) {
  describe(`tirkeu seed, migrate and scenario on ${engine}`, () => {
    let env: Record<string, string>;
    let cleanup: () => Promise<void>;
    const dir = mkdtempSync(join(tmpdir(), 'tirkeu-cli-'));
    before(async () => {
      ({ env, cleanup } = await cliDatabase(engine, dir));
    });
    after(() => cleanup());

    it('migrates (repeatably) and seeds a population, logging progress as plain lines', async () => {
      assert.equal((await run(['migrate'], env)).code, 0);
      const again = await run(['migrate'], env);
      assert.deepEqual(JSON.parse(again.stdout).applied, []);
      const r = await run(['seed', '--persons', '1_500', '--seed', '42', '--chunk-size', '500'], env);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stderr, /progress 1500\/1500 persons \(100%\)/);
      assert.match(r.stderr, /Seeded 1,500 persons/);
      if (engine === 'pglite') assert.ok(existsSync(env['TIRKEU_DATA_DIR']!));
    });

    it('refuses to seed another population into the same store', async () => {
      const r = await run(['seed', '--persons', '1000', '--seed', '43'], env);
      assert.equal(r.code, 1);
      assertOneCodedLine(r.stderr, 'target-not-empty');
    });

    it('exports a scenario file for a generated application that reads back', async () => {
      const { PopulationGenerator } = await import('../../src/population/generator.ts');
      const data = PopulationGenerator.generateAll({ seed: 42n, persons: 1500, chunkSize: 500 });
      const dwelling = data.dwellings.find((d) => d.owners.length > 0)!;
      const applicant = data.persons.find((p) => !dwelling.owners.some((o) => o.iin === p.iin))!.iin;
      const out = join(dir, 'case.json');
      const args = [
        'scenario',
        '--applicant',
        applicant,
        '--rka',
        dwelling.rka,
        '--date',
        '2025-12-01',
        '--relation',
        'sibling-half:mother',
        '--out',
        out,
      ];
      const r = await run(args, env);
      assert.equal(r.code, 0, r.stderr);
      const scenario = parseScenarioText(readFileSync(out, 'utf8'));
      assert.equal(scenario.application.applicant, applicant);
      assert.deepEqual(scenario.application.relation, { kind: 'sibling-half', parent: 'mother' });
      const missing = await run(['scenario', '--applicant', applicant, '--rka', '0000000000000000'], env);
      assert.equal(missing.code, 1);
      assertOneCodedLine(missing.stderr, 'scenario-not-found');
    });
  });
}

describe('the tirkeu executable', () => {
  it('runs on the machine’s old Node through the project’s own Node 24', () => {
    const oldNode = ['/usr/bin/node', '/usr/local/bin/node'].find((p) => existsSync(p)) ?? process.execPath;
    const r = spawnSync(oldNode, [join(ROOT, 'bin', 'tirkeu.js'), 'help'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /Usage: tirkeu/);
  });

  it('exits non-zero with a coded line, not a stack trace', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tirkeu-bin-')), 'x.json');
    writeFileSync(file, '{}');
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'tirkeu.js'), 'nonsense'], {
      encoding: 'utf8',
      env: { ...process.env, LANG: 'C' },
    });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^tirkeu: unknown-command/);
    rmSync(file);
  });
});

describe('tirkeu seed resumes an interrupted population', () => {
  it('says so, reports only the persons it added, and completes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tirkeu-resume-'));
    const env = { TIRKEU_DATA_DIR: join(dir, 'data') };
    try {
      const { openDatabase } = await import('../../src/db/database.ts');
      const { seedDatabase } = await import('../../src/population/seed-database.ts');
      const database = await openDatabase({ dataDir: env.TIRKEU_DATA_DIR });
      await seedDatabase(database, { seed: 8n, persons: 2000, chunkSize: 500, maxChunks: 2 });
      await database.close();
      const r = await run(['seed', '--persons', '2000', '--seed', '8', '--chunk-size', '500'], env);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stderr, /Resuming seed 8: 2 of 4 chunks were already committed/);
      assert.match(r.stderr, /Seeded 1,000 persons/);
      const again = await run(['seed', '--persons', '2000', '--seed', '8', '--chunk-size', '500'], env);
      assert.match(again.stderr, /already holds the population of seed 8 with 2,000 persons/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('tirkeu start', () => {
  it('creates the schema, seeds the demo population, serves, and stops cleanly on SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tirkeu-start-'));
    const env = {
      ...process.env,
      TIRKEU_DATA_DIR: join(dir, 'data'),
      PORT: '0',
      TIRKEU_DEMO_PERSONS: '1000',
      LANG: 'C',
    };
    const child = spawn(process.execPath, [join(ROOT, 'src', 'cli', 'main.ts'), 'start'], { env });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    try {
      // The port the system chose is in the start line.
      let port: string | undefined;
      for (let i = 0; i < 240 && port === undefined; i++) {
        await new Promise((r) => setTimeout(r, 250));
        port = /running at http:\/\/localhost:(\d+)\//.exec(output)?.[1];
      }
      assert.ok(port, output);
      const { registries, ...ready } = (await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.json())) as {
        registries: Record<string, string>;
      };
      assert.deepEqual(
        ready,
        { status: 'ready', database: 'pglite', population: { persons: 1000, complete: true }, degraded: false },
        output,
      );
      // Issue 16: each registry's circuit breaker, all closed.
      assert.deepEqual(Object.keys(registries).sort(), [
        'addresses',
        'civil',
        'education',
        'guardianships',
        'legalEntities',
        'persons',
        'phones',
        'realEstate',
        'registrations',
      ]);
      assert.ok(Object.values(registries).every((state) => state === 'closed'));
      assert.match(output, /Seeded 1,000 persons/);
    } finally {
      child.kill('SIGTERM');
      const [code] = (await once(child, 'exit')) as [number | null];
      rmSync(dir, { recursive: true, force: true });
      assert.equal(code, 0, output);
    }
  });
});
