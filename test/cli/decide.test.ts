import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { main } from '../../src/cli/main.ts';
import { EXAMPLES, scenario, P, D } from '../support/family.ts';

const ROOT = join(import.meta.dirname, '..', '..');

async function decide(args: string[], stdin = '') {
  let stdout = '';
  let stderr = '';
  const code = await main(
    ['decide', ...args],
    {
      stdout: (t) => void (stdout += t),
      stderr: (t) => void (stderr += t),
      isTty: false,
      readStdin: async () => stdin,
    },
    { LANG: 'en_US.UTF-8' },
  );
  return { code, stdout, stderr };
}

// Every example of scenario.md, the revised I7 and F4 ones (examples/members-arrival/) included:
// outcome, basis, reason, hints and notices (whole lists) and members, each where the expected file
// gives it.
for (const folder of ['', 'members-arrival']) {
  describe(`tirkeu decide: the shared examples (scenario.md) ${folder || 'examples/'}`, () => {
    const dir = join(EXAMPLES, folder);
    const files = readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'));
    it('finds examples', () => assert.ok(files.length >= 3));
    for (const file of files) {
      it(`decides ${file} as expected`, async () => {
        const r = await decide([join(dir, file)]);
        assert.equal(r.code, 0, r.stdout);
        const got = JSON.parse(r.stdout);
        const expected = JSON.parse(readFileSync(join(dir, file.replace(/\.json$/, '.expected.json')), 'utf8'));
        const actual = {
          outcome: got.outcome,
          basis: got.basis,
          reason: got.reasons[0] ?? null,
          hints: got.hints,
          notices: got.notices,
          members: (got.members ?? []).map((m: { outcome: string; basis: string | null; reasons: string[] }) => ({
            outcome: m.outcome,
            basis: m.basis,
            reason: m.reasons[0] ?? null,
          })),
        };
        for (const key of Object.keys(expected)) {
          if (key === 'members') {
            // Each member entry compares the fields it gives.
            const want = expected.members as Record<string, unknown>[];
            assert.equal(actual.members.length, want.length, 'members');
            want.forEach((m, i) => {
              for (const k of Object.keys(m))
                assert.deepEqual(
                  actual.members[i]![k as keyof (typeof actual.members)[number]],
                  m[k],
                  `members[${i}].${k}`,
                );
            });
          } else assert.deepEqual(actual[key as keyof typeof actual], expected[key], key);
        }
        assert.ok(Array.isArray(got.notices), 'notices is always present');
        for (const lang of ['kk', 'ru', 'en']) assert.ok(got.message[lang].length > 20);
        assert.deepEqual(got.ruleset, { id: 'kz-pilot-2025', version: '1.0.0', inForce: true });
        assert.ok(got.trace.length > 3);
        for (const m of got.members ?? []) {
          assert.match(m.iin, /^\d{12}$/, 'each member decision carries its IIN');
          assert.ok(
            m.trace.some((e: { clause: string }) => e.clause.includes('I7')),
            'member trace cites I7',
          );
          for (const lang of ['kk', 'ru', 'en']) assert.ok(m.message[lang].length > 10);
        }
      });
    }
  });
}

describe('tirkeu decide: input and output', () => {
  const text = JSON.stringify(
    scenario({ applicant: P.arman, rka: D.D1, owner: P.aigerim, relation: { kind: 'sibling-full' } }),
  );

  it('reads standard input with "-"', async () => {
    const r = await decide(['-'], text);
    assert.equal(r.code, 0);
    assert.equal(JSON.parse(r.stdout).outcome, 'refused');
  });

  it('prints kk, ru or en text with --lang', async () => {
    for (const [lang, phrase] of [
      ['kk', 'АХАЖ'],
      ['ru', 'ЗАГС'],
      ['en', 'civil-status records'],
    ] as const) {
      let out = '';
      const code = await main(
        ['--lang', lang, 'decide', '-'],
        { stdout: (t) => void (out += t), stderr: () => {}, isTty: false, readStdin: async () => text },
        {},
      );
      assert.equal(code, 0);
      assert.match(out, /^refused · no-kinship/);
      assert.match(out, new RegExp(phrase));
      assert.match(out, /P5\.2\s+sibling-full\s+→ not-confirmed/);
      assert.doesNotMatch(out, /^\{/);
    }
  });

  it('answers an invalid scenario with exit 2 and a JSON error with a pointer, in three languages', async () => {
    const cases: [string, string, string][] = [
      ['{"date": ', 'invalid-json', ''],
      ['[]', 'invalid-type', ''],
      [text.replace('"date":"2025-12-01"', '"date":"2025-12-32"'), 'invalid-date', '/date'],
      [text.replace('"application":{', '"application":{"colour":"red",'), 'unknown-field', '/application/colour'],
      [
        text.replace(`"mother":"${P.gulnar}","father":"${P.erlan}"`, `"mother":"${P.gulnar}","father":"900701300108"`),
        'dangling-reference',
        '/civilActs/4/father',
      ],
      [JSON.stringify({ ...JSON.parse(text), ruleset: 'nope' }), 'unknown-ruleset', '/ruleset'],
      // F4: one applies after arriving.
      [
        text.replace('"application":{', '"application":{"arrival":"2025-12-02",'),
        'arrival-after-date',
        '/application/arrival',
      ],
    ];
    for (const [input, code, path] of cases) {
      const r = await decide(['-'], input);
      assert.equal(r.code, 2, input.slice(0, 40));
      const { error } = JSON.parse(r.stdout);
      assert.equal(error.code, code);
      assert.equal(error.path, path);
      assert.deepEqual(Object.keys(error.message).sort(), ['en', 'kk', 'ru']);
    }
  });

  it('answers a missing file with exit 2 and file-unreadable', async () => {
    const r = await decide(['/no/such/file.json']);
    assert.equal(r.code, 2);
    assert.equal(JSON.parse(r.stdout).error.code, 'file-unreadable');
  });

  it('wants exactly one file', async () => {
    assert.equal((await decide([])).code, 2);
    assert.equal((await decide(['a.json', 'b.json'])).code, 2);
  });

  it('runs as npx tirkeu decide, as the spec shows', () => {
    const r = spawnSync(
      process.execPath,
      [join(ROOT, 'bin', 'tirkeu.js'), 'decide', join(EXAMPLES, 'norm-reached-none.json')],
      { encoding: 'utf8' },
    );
    assert.equal(r.status, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).reasons[0], 'norm-reached');
  });
});
