import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../support/cli.ts';
import { EXAMPLES } from '../support/family.ts';

const DEADLINES = join(EXAMPLES, 'deadlines');
const deadline = (input: unknown, lang?: string) =>
  runCli(
    [...(lang ? ['--lang', lang] : []), 'deadline', '-'],
    {},
    typeof input === 'string' ? input : JSON.stringify(input),
  );

describe('tirkeu deadline: the shared examples (deadlines.md D6, examples/deadlines/)', () => {
  const files = readdirSync(DEADLINES).filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'));
  it('finds the examples', () => assert.ok(files.length >= 9));
  for (const file of files) {
    it(`answers ${file} as expected`, async () => {
      const r = await runCli(['deadline', join(DEADLINES, file)]);
      assert.equal(r.code, 0, r.stdout);
      const got = JSON.parse(r.stdout);
      const expected = JSON.parse(readFileSync(join(DEADLINES, file.replace(/\.json$/, '.expected.json')), 'utf8'));
      assert.deepEqual({ acceptedOn: got.acceptedOn, dueOn: got.dueOn }, expected);
      assert.match(got.rule.source, /^00[34] /, 'the rule applied names its source');
      assert.equal(got.calendar, 'decree');
    });
  }
});

describe('tirkeu deadline: the answer', () => {
  const filing = { service: 'S9c', channel: 'portal', filedAt: '2026-04-06T04:30:00Z', object: 'other', areaM2: 1450 };

  it('gives the rule applied, the filing on Astana time and the refusal path (D5)', async () => {
    const r = await deadline(filing);
    assert.equal(r.code, 0);
    const got = JSON.parse(r.stdout);
    assert.equal(got.filedAt, '2026-04-06T09:30:00+05:00');
    assert.deepEqual(got.rule.term, { unit: 'working-days', days: 10 });
    assert.equal(got.rule.case, 'other-over-1000');
    assert.equal(got.rule.source, '004 cl.5, L1 r.3');
    assert.equal(got.refusal.procedure, 'hearing');
    assert.equal(got.refusal.noticeBy, '2026-04-15');
  });

  it('answers a date the calendar does not know exactly, marked statutory', async () => {
    const r = await deadline({ service: 'S8', channel: 'con', filedAt: '2027-11-10T10:00:00+05:00' });
    assert.equal(r.code, 0);
    assert.equal(JSON.parse(r.stdout).calendar, 'statutory');
  });
});

describe('tirkeu deadline: bad input is a coded error in three languages, exit 2', () => {
  const base = { service: 'S9b', channel: 'portal', filedAt: '2026-03-19T11:00:00+05:00', object: 'flat' };
  const cases: [string, unknown, string, string][] = [
    ['not JSON', '{"service": ', 'invalid-json', ''],
    ['not an object', '[]', 'invalid-type', ''],
    ['a missing service', { ...base, service: undefined }, 'missing-field', '/service'],
    ['an unknown service', { ...base, service: 'S11' }, 'invalid-value', '/service'],
    ['an unknown field', { ...base, colour: 'red' }, 'unknown-field', '/colour'],
    ['a wrong type', { ...base, areaM2: '64' }, 'invalid-type', '/areaM2'],
    ['a negative area', { ...base, areaM2: -1 }, 'invalid-value', '/areaM2'],
    ['an unknown object', { ...base, object: 'castle' }, 'invalid-value', '/object'],
    ['a moment without an offset', { ...base, filedAt: '2026-03-19T11:00:00' }, 'invalid-moment', '/filedAt'],
    ['a moment that is not real', { ...base, filedAt: '2026-02-30T11:00:00Z' }, 'invalid-moment', '/filedAt'],
    ['a year before the calendar', { ...base, filedAt: '2022-06-01T11:00:00Z' }, 'date-outside-calendar', '/filedAt'],
    ['a missing object', { ...base, object: undefined }, 'missing-field', '/object'],
    ['"other" without its area', { ...base, object: 'other' }, 'missing-field', '/areaM2'],
    ['a fact the service does not use', { ...base, astana: true }, 'field-not-for-service', '/astana'],
    ['an object for S9a', { ...base, service: 'S9a' }, 'field-not-for-service', '/object'],
    ['a channel the service does not have', { ...base, channel: 'con' }, 'channel-not-for-service', '/channel'],
    ['an unknown channel', { ...base, channel: 'fax' }, 'invalid-value', '/channel'],
    [
      'an extension over 15 days',
      { service: 'S7', channel: 'con', filedAt: base.filedAt, extensionDays: 16 },
      'invalid-value',
      '/extensionDays',
    ],
    [
      'a fractional extension',
      { service: 'S7', channel: 'con', filedAt: base.filedAt, extensionDays: 1.5 },
      'invalid-type',
      '/extensionDays',
    ],
  ];
  for (const [what, input, code, path] of cases) {
    it(`refuses ${what}: ${code}`, async () => {
      const r = await deadline(input);
      assert.equal(r.code, 2, r.stdout);
      const { error } = JSON.parse(r.stdout);
      assert.equal(error.code, code);
      assert.equal(error.path, path);
      assert.deepEqual(Object.keys(error.message).sort(), ['en', 'kk', 'ru']);
      for (const text of Object.values<string>(error.message)) assert.ok(text.length > 10);
    });
  }

  it('also prints the coded line in the chosen language with --lang', async () => {
    const r = await deadline({ ...base, channel: 'con' }, 'kk');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^tirkeu: channel-not-for-service: S9b қызметіне/);
  });

  it('answers a missing file with file-unreadable, and wants exactly one file', async () => {
    const r = await runCli(['deadline', '/no/such/file.json']);
    assert.equal(r.code, 2);
    assert.equal(JSON.parse(r.stdout).error.code, 'file-unreadable');
    assert.equal((await runCli(['deadline'])).code, 2);
    assert.equal((await runCli(['deadline', 'a.json', 'b.json'])).code, 2);
  });
});
