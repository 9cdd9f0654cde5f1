// pilot.md §0: a ruleset's period extended (or the ruleset replaced) by a recorded legal act.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { IsoDate } from '../../src/domain/dates.ts';
import { type RulesetSuccession, successionProblem } from '../../src/domain/ruleset-succession.ts';
import { chooseRuleset, RULESETS } from '../../src/domain/rulesets.ts';

const d = (s: string) => s as IsoDate;
const ACT = { reference: 'Joint order No. 412 of 20 June 2026', date: d('2026-06-20') };
const extension = (over: Partial<RulesetSuccession> = {}): RulesetSuccession =>
  ({
    ruleset: 'kz-pilot-2025',
    kind: 'extension',
    validTo: d('2026-12-31'),
    act: ACT,
    recordedOn: d('2026-06-25'),
    ...over,
  }) as RulesetSuccession;

describe('§0 ruleset succession: choosing the ruleset', () => {
  it('without a recorded extension, a date after 30 June 2026 is outside validity (as before)', () => {
    const choice = chooseRuleset(d('2026-07-01'), undefined, []);
    assert.deepEqual(choice, { ok: true, ruleset: RULESETS[0], inForce: false });
  });
  it('an extension covering the date keeps the pilot in force and names the act', () => {
    const choice = chooseRuleset(d('2026-07-01'), undefined, [extension()]);
    assert.ok(choice.ok);
    assert.equal(choice.inForce, true);
    assert.deepEqual(choice.extendedBy, { ...ACT, validTo: '2026-12-31' });
  });
  it('applies also when the ruleset is requested by id', () => {
    const choice = chooseRuleset(d('2026-12-31'), 'kz-pilot-2025', [extension()]);
    assert.ok(choice.ok && choice.inForce && choice.extendedBy);
  });
  it('does not cover dates after the extended end', () => {
    const choice = chooseRuleset(d('2027-01-01'), undefined, [extension()]);
    assert.ok(choice.ok && !choice.inForce && choice.extendedBy === undefined);
  });
  it('does not apply on a date before it was recorded, even if the act was older', () => {
    const choice = chooseRuleset(d('2026-07-01'), undefined, [extension({ recordedOn: d('2026-07-02') })]);
    assert.ok(choice.ok && !choice.inForce);
  });
  it('does not apply on a date before the act itself', () => {
    const late = extension({ act: { ...ACT, date: d('2026-07-05') }, recordedOn: d('2026-07-05') });
    assert.ok(!(chooseRuleset(d('2026-07-03'), undefined, [late]) as { inForce: boolean }).inForce);
    assert.ok((chooseRuleset(d('2026-07-05'), undefined, [late]) as { inForce: boolean }).inForce);
  });
  it('leaves dates inside the own period alone (no act cited)', () => {
    const choice = chooseRuleset(d('2026-03-01'), undefined, [extension()]);
    assert.deepEqual(choice, { ok: true, ruleset: RULESETS[0], inForce: true });
  });
});

describe('§0 ruleset succession: what can be recorded', () => {
  it('refuses an extension of an unknown ruleset', () => {
    const problem = successionProblem({ ruleset: 'kz-2099', kind: 'extension', validTo: d('2027-01-01') }, RULESETS);
    assert.deepEqual(problem, { code: 'succession.unknown-ruleset', id: 'kz-2099' });
  });
  it('refuses an extension that does not move the end later', () => {
    const problem = successionProblem(
      { ruleset: 'kz-pilot-2025', kind: 'extension', validTo: d('2026-06-30') },
      RULESETS,
    );
    assert.equal(problem?.code, 'succession.not-later');
  });
  it('refuses a replacement by a ruleset that does not exist', () => {
    const problem = successionProblem(
      { ruleset: 'kz-pilot-2025', kind: 'replacement', replacedBy: 'kz-2027' },
      RULESETS,
    );
    assert.deepEqual(problem, { code: 'succession.unknown-ruleset', id: 'kz-2027' });
  });
  it('refuses a ruleset replacing itself', () => {
    const problem = successionProblem(
      { ruleset: 'kz-pilot-2025', kind: 'replacement', replacedBy: 'kz-pilot-2025' },
      RULESETS,
    );
    assert.equal(problem?.code, 'succession.self-replacement');
  });
  it('accepts an extension to a later date', () => {
    assert.equal(
      successionProblem({ ruleset: 'kz-pilot-2025', kind: 'extension', validTo: d('2026-12-31') }, RULESETS),
      null,
    );
  });
});
