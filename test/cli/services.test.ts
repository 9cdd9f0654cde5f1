import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SERVICES as LIFECYCLE_SERVICES } from '../../src/domain/lifecycle/states.ts';
import { issueCertificate } from '../../src/services/certificates/issue.ts';
import { caseMachine } from '../../src/domain/cases/machine.ts';
import { latestDefinitions } from '../../src/domain/public-services/catalogue.ts';
import { IMPLEMENTED_FLOWS } from '../../src/services/service-catalogue.ts';
import { runCli } from '../support/cli.ts';

describe('tirkeu services --json: the catalogue S1–S10 (issue 17)', () => {
  it('lists every service with id, name in kk/ru/en, source, channels and implemented', async () => {
    const r = await runCli(['services', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const catalogue = JSON.parse(r.stdout) as Record<string, unknown>[];
    assert.deepEqual(
      catalogue.map((s) => s['id']),
      ['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8', 'S9', 'S10'],
    );
    for (const s of catalogue) {
      assert.deepEqual(Object.keys(s).sort(), ['channels', 'id', 'implemented', 'name', 'source']);
      assert.deepEqual(Object.keys(s['name'] as object).sort(), ['en', 'kk', 'ru']);
      assert.match(s['source'] as string, /^00[234] /);
      assert.ok((s['channels'] as string[]).length >= 1);
    }
    const s9 = catalogue.find((s) => s['id'] === 'S9')!;
    assert.deepEqual(s9['channels'], ['portal']);
  });

  it('reports every service implemented: S3, S4, S5 hand-built, the others on the engine, each running end to end', async () => {
    const catalogue = JSON.parse((await runCli(['services', '--json'])).stdout) as {
      id: string;
      implemented: boolean;
    }[];
    assert.deepEqual(
      catalogue.filter((s) => s.implemented).map((s) => s.id),
      ['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8', 'S9', 'S10'],
    );
  });

  it('names flows that exist: lifecycle services of applications, the certificate issuer, case machines', () => {
    for (const [id, flow] of Object.entries(IMPLEMENTED_FLOWS)) {
      if (flow.kind === 'applications') for (const s of flow.lifecycle) assert.ok(LIFECYCLE_SERVICES.includes(s), s);
      else if (flow.kind === 'certificates') assert.equal(typeof issueCertificate, 'function');
      else {
        // Each variant the engine runs has a machine with back-office steps in the latest definition.
        const definition = latestDefinitions().find((d) => d.id === id);
        assert.ok(definition, id);
        for (const variant of flow.variants) assert.ok(caseMachine(definition, variant)?.steps.length, variant);
      }
    }
  });
});

describe('tirkeu services: text in the chosen language', () => {
  it('prints each service in Russian with --lang ru', async () => {
    const r = await runCli(['--lang', 'ru', 'services']);
    assert.equal(r.code, 0);
    assert.match(
      r.stdout,
      /^S3 {2}Регистрация граждан Республики Казахстан по месту жительства\n {4}работает в Tirkeu · портал, ЦОН/m,
    );
    assert.match(r.stdout, /^S10 Выдача дубликата кадастрового паспорта/m);
    assert.match(r.stdout, /работает в Tirkeu · портал · 004 cl\.9, 11; L2$/m);
  });

  it('refuses arguments it does not know', async () => {
    assert.equal((await runCli(['services', 'S9'])).code, 2);
    assert.equal((await runCli(['services', '--xml'])).code, 2);
  });
});
