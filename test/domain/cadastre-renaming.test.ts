// 004 cl.7, pure: a renaming decision as recorded (checkRenaming: coded refusals), what it does to
// an address, and the correction case the system opens — S9's variant `S9-correction`: correct
// (executor, no visit) → sign (management), free, due 1 working day after the decision is
// accepted (D2, as a portal filing), across weekends and holidays on the F2 calendar. The worked
// examples in test/fixtures/deadlines/ are answered by the rule and by `tirkeu deadline` (D6).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CORRECTION, openCorrectionCase, PASSPORT_VARIANTS } from '../../src/domain/cases/correction.ts';
import { caseMachine } from '../../src/domain/cases/machine.ts';
import { type CaseEvent, transition } from '../../src/domain/cases/transition.ts';
import type { IsoDate } from '../../src/domain/dates.ts';
import { parseFilingMoment } from '../../src/domain/deadlines/clock.ts';
import { computeDeadline } from '../../src/domain/deadlines/deadline.ts';
import { DEADLINE_RULES } from '../../src/domain/deadlines/rules.ts';
import { serviceOn } from '../../src/domain/public-services/catalogue.ts';
import { checkRenaming, type RenamingInput, renameStreetIn, renumberIn } from '../../src/domain/renaming.ts';
import { runCli } from '../support/cli.ts';

const d = (s: string) => s as IsoDate;
const TODAY = d('2026-03-20');
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'deadlines');
const S9 = serviceOn('S9', TODAY).definition;

const street: RenamingInput = {
  kind: 'street',
  body: 'Astana city akimat and maslikhat',
  number: '12/345',
  decidedOn: '2026-03-19',
  city: 'astana',
  street: 'Жаңа көше',
  newStreet: 'Абай даңғылы',
};

const opening = (recordedAt: string) => ({
  recordedAt: parseFilingMoment(recordedAt)!,
  holder: '900701300108',
  office: 'astana-1',
  correction: {
    decisionId: 'decision-1',
    decisionNumber: '12/345',
    decidedOn: '2026-03-19',
    rka: '0201004000009961',
    oldAddress: 'Астана қ., Жаңа көше, 1-үй, 61-пәтер',
    newAddress: 'Астана қ., Абай даңғылы, 1-үй, 61-пәтер',
    passportCase: 'case-0',
  },
});

describe('004 cl.7: the decision as recorded (coded refusals, nothing guessed)', () => {
  it('takes a street renaming and a building renumbering, spacing evened out', () => {
    const checked = checkRenaming({ ...street, street: '  Жаңа   көше ' }, TODAY);
    assert.ok(!('code' in checked));
    assert.deepEqual(checked.change, { kind: 'street', from: 'Жаңа көше', to: 'Абай даңғылы' });
    const building = checkRenaming({ ...street, kind: 'building', house: '1', newHouse: '3' }, TODAY);
    assert.ok(!('code' in building));
    assert.deepEqual(building.change, { kind: 'building', street: 'Жаңа көше', from: 1, to: 3 });
  });

  const refused: [string, Partial<RenamingInput>, string, string][] = [
    ['the same old and new name', { newStreet: ' Жаңа  көше' }, 'renaming.same-name', '/newStreet'],
    ['a malformed date', { decidedOn: '19.03.2026' }, 'renaming.invalid-date', '/decidedOn'],
    ['a date that is not a day', { decidedOn: '2026-02-30' }, 'renaming.invalid-date', '/decidedOn'],
    ['a decision dated after today', { decidedOn: '2026-03-21' }, 'renaming.future-date', '/decidedOn'],
    ['no number', { number: '  ' }, 'renaming.invalid-text', '/number'],
    ['no body', { body: '' }, 'renaming.invalid-text', '/body'],
    ['a comma in the new name', { newStreet: 'Абай, даңғылы' }, 'renaming.invalid-text', '/newStreet'],
    ['the same building number', { kind: 'building', house: '4', newHouse: '4' }, 'renaming.same-house', '/newHouse'],
    [
      'a building number with a letter',
      { kind: 'building', house: '4А', newHouse: '5' },
      'renaming.invalid-house',
      '/house',
    ],
    ['no new building number', { kind: 'building', house: '4' }, 'renaming.invalid-house', '/newHouse'],
  ];
  for (const [what, change, code, path] of refused)
    it(`refuses ${what}: ${code}`, () =>
      assert.deepEqual(checkRenaming({ ...street, ...change }, TODAY), { code, path }));
});

describe('004 cl.7: the address follows the decision, the house and flat kept', () => {
  it('renames the street of an address', () =>
    assert.equal(
      renameStreetIn('Астана қ., Жаңа көше, 1-үй, 61-пәтер', 'Астана қ., Жаңа көше', 'Астана қ., Абай даңғылы'),
      'Астана қ., Абай даңғылы, 1-үй, 61-пәтер',
    ));
  it('renumbers the building of an address', () =>
    assert.equal(renumberIn('Астана қ., Жаңа көше, 1-үй, 61-пәтер', 1, 3), 'Астана қ., Жаңа көше, 3-үй, 61-пәтер'));
  it('keeps a street whose name holds the number ("8 Наурыз көшесі, 8-үй")', () =>
    assert.equal(renumberIn('Астана қ., 8 Наурыз көшесі, 8-үй', 8, 10), 'Астана қ., 8 Наурыз көшесі, 10-үй'));
});

describe('004 cl.7: the correction is S9-correction — correct (no visit) → sign, free', () => {
  const machine = caseMachine(S9, CORRECTION.variant)!;

  it('has the chain correct (executor) → sign (management), no inspection, no archive search', () =>
    assert.deepEqual(
      machine.steps.map((s) => [s.id, s.actor]),
      [
        ['correct', 'executor'],
        ['sign', 'management'],
      ],
    ));

  it('is free: no fee stage names it, and the result is not held for payment', () => {
    assert.equal(machine.holdsResultForPayment, false);
    assert.ok(S9.fees.kind === 'price-list');
    if (S9.fees.kind !== 'price-list') return;
    assert.ok(S9.fees.stages.every((s) => s.variants !== undefined && !s.variants.includes(CORRECTION.variant)));
  });

  it('leaves the filed variants’ chains as they were', () => {
    const chain = (v: string) => caseMachine(S9, v)!.steps.map((s) => s.id);
    assert.deepEqual(chain('S9a'), ['archive', 'enter-data', 'sign', 'file-away']);
    assert.deepEqual(chain('S9b'), ['archive', 'inspect', 'payment-due', 'sign', 'file-away']);
    assert.deepEqual(chain('S9c'), ['archive', 'inspect', 'discrepancies', 'payment-due', 'sign', 'file-away']);
  });

  it('counts the passports of S9b, S9c, S10 and an earlier correction, not S9a’s data entry', () =>
    assert.deepEqual([...PASSPORT_VARIANTS].sort(), ['S10', 'S9-correction', 'S9b', 'S9c']));

  it('opens at `correct`, channel system, nobody told "accepted"; signing issues it', () => {
    const { case: kase } = openCorrectionCase(S9, 'c-1', opening('2026-03-20T11:00:00+05:00'));
    assert.deepEqual(
      [kase.state, kase.currentStep, kase.channel, kase.variant],
      ['accepted', 'correct', 'system', 'S9-correction'],
    );
    const staff = (role: string) => ({ kind: 'staff', iin: '850101300001', role, office: 'astana-1' }) as const;
    const step = (k: typeof kase, id: string, role: string) => {
      const event: CaseEvent = { kind: 'complete-step', step: id, actor: staff(role) };
      const moved = transition(k, event, d('2026-03-20'));
      assert.ok(moved.ok, JSON.stringify(moved));
      return moved;
    };
    const inspected = transition(
      kase,
      { kind: 'complete-step', step: 'inspect', actor: staff('technical-inspector') },
      TODAY,
    );
    assert.ok(!inspected.ok);
    const corrected = step(kase, 'correct', 'executor');
    const signed = step(corrected.case, 'sign', 'management');
    assert.equal(signed.case.state, 'issued');
    assert.deepEqual(
      signed.told.map((t) => t.notification),
      ['result'],
    );
  });
});

describe('004 cl.7: due 1 working day after the decision is accepted (D2, F2)', () => {
  const due = (at: string) => {
    const { case: kase } = openCorrectionCase(S9, 'c-1', opening(at));
    return [kase.acceptedOn, kase.dueOn, kase.stepDueOn];
  };
  it('a Friday: due Monday', () =>
    assert.deepEqual(due('2026-02-13T15:00:00+05:00'), ['2026-02-13', '2026-02-16', '2026-02-16']));
  it('a Friday after 18:30 is accepted on Monday, due Tuesday', () =>
    assert.deepEqual(due('2026-02-13T18:30:00+05:00'), ['2026-02-16', '2026-02-17', '2026-02-17']));
  it('a Saturday: accepted Monday, due Tuesday', () =>
    assert.deepEqual(due('2026-02-14T10:00:00+05:00'), ['2026-02-16', '2026-02-17', '2026-02-17']));
  it('the Friday before Nauryz: due after the holidays', () =>
    assert.deepEqual(due('2026-03-20T11:00:00+05:00'), ['2026-03-20', '2026-03-26', '2026-03-26']));

  const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'));
  it('finds the worked examples', () => assert.ok(files.length >= 3));
  for (const file of files) {
    const input = JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as { filedAt: string; channel: 'portal' };
    const expected = JSON.parse(readFileSync(join(FIXTURES, file.replace(/\.json$/, '.expected.json')), 'utf8'));
    it(`answers ${file} by the rule`, () => {
      const got = computeDeadline(DEADLINE_RULES['S9-correction'], {
        channel: input.channel,
        filedAt: parseFilingMoment(input.filedAt)!,
        facts: {},
      });
      assert.deepEqual({ acceptedOn: got.acceptedOn, dueOn: got.dueOn }, expected);
    });
    it(`answers ${file} through tirkeu deadline (D6)`, async () => {
      const r = await runCli(['deadline', join(FIXTURES, file)]);
      assert.equal(r.code, 0, r.stdout);
      const got = JSON.parse(r.stdout) as { acceptedOn: string; dueOn: string; rule: { source: string } };
      assert.deepEqual({ acceptedOn: got.acceptedOn, dueOn: got.dueOn }, expected);
      assert.equal(got.rule.source, '004 cl.7');
    });
  }
});
