// Issue 18 item 1, S1 passports and identity cards on the case engine (002 R1 App1): the chain
// ЦОН/ҚАІІб → КҚПБ → КҚПД → АӨО РМК → КҚПД → КҚПБ → ҚАІІб → ЦОН step by step, each step done by
// its role at its unit's office, its limit by urgency (U1–U3, general) counted on the F2
// calendar, the overdue flag, the stop on a wanted-persons hit, and "where is my document".
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Case, CaseActor } from '../../src/domain/cases/case.ts';
import { machineOf } from '../../src/domain/cases/machine.ts';
import { type Filing, openCase } from '../../src/domain/cases/open.ts';
import { slaOf } from '../../src/domain/cases/sla.ts';
import { transition } from '../../src/domain/cases/transition.ts';
import { stepOffice } from '../../src/domain/cases/units.ts';
import type { IsoDate } from '../../src/domain/dates.ts';
import { parseFilingMoment } from '../../src/domain/deadlines/clock.ts';
import { chainOf } from '../../src/domain/identity-documents/s1.ts';
import { S9 } from '../../src/domain/public-services/cadastre-services.ts';
import { S1 } from '../../src/domain/public-services/identity-document-services.ts';
import type { Urgency } from '../../src/domain/public-services/definition.ts';

const d = (s: string) => s as IsoDate;
const OFFICE = 'astana-1';
// Monday 6 April 2026, 10:00 in Astana: no holiday in the weeks that follow.
const FILED = '2026-04-06T10:00:00+05:00';

function open(facts: Filing['facts'], definition = S1, variant = 'S1') {
  const moment = parseFilingMoment(FILED);
  assert.ok(moment);
  return openCase(definition, 'case-1', {
    variant,
    channel: 'con',
    filedAt: moment,
    facts,
    applicant: '900701300108',
    office: OFFICE,
  });
}

function opened(urgency: Urgency): Case {
  const result = open({ urgency });
  assert.ok(result.ok, JSON.stringify(!result.ok && result.error));
  return result.case;
}

/** The employee who does the case's current step: its role at its unit's office. */
function doer(kase: Case, office?: string): Extract<CaseActor, { kind: 'staff' }> {
  const step = machineOf(kase).steps.find((s) => s.id === kase.currentStep);
  assert.ok(step);
  return { kind: 'staff', iin: '850101300001', role: step.actor, office: office ?? stepOffice(kase.office, step) };
}

function complete(kase: Case, today: string, office?: string): Case {
  const step = kase.currentStep;
  assert.ok(step);
  const result = transition(kase, { kind: 'complete-step', step, actor: doer(kase, office) }, d(today));
  assert.ok(result.ok, JSON.stringify(!result.ok && result.error));
  return result.case;
}

/** Completes every step on its due day; returns [step, role, office, due day] of each. */
function walk(urgency: Urgency): { case: Case; steps: [string, string, string, string][] } {
  let kase = opened(urgency);
  const steps: [string, string, string, string][] = [];
  while (kase.currentStep !== null) {
    const actor = doer(kase);
    assert.ok(kase.stepDueOn);
    steps.push([kase.currentStep, actor.role, actor.office, kase.stepDueOn]);
    kase = complete(kase, kase.stepDueOn);
  }
  return { case: kase, steps };
}

describe('002 R1 App1 Table 1: the chain, its actors and units, limits by urgency', () => {
  it('walks U2 step by step: each role at its office, each due day from the day the step before was done', () => {
    const { case: done, steps } = walk('u2');
    assert.deepEqual(steps, [
      ['accept', 'reception', 'astana-1', '2026-04-06'], // st.1: 30 min
      ['formular', 'reception', 'astana-1', '2026-04-06'], // st.2: 30 min
      ['register', 'qaiib', 'astana-1', '2026-04-07'], // st.3: U1–2 1 wd
      ['regional-check', 'kqpb', 'kqpb-astana', '2026-04-08'], // st.4: U1–2 1 wd
      ['log-incoming', 'kqpd', 'kqpd', '2026-04-09'], // st.5: 1 day
      ['department-check', 'kqpd', 'kqpd', '2026-04-10'], // st.6: U1–2 1 wd
      ['send-to-production', 'kqpd', 'kqpd', '2026-04-13'], // st.7: 1 day (over the weekend)
      ['produce', 'aoo-rmk', 'aoo-rmk', '2026-04-16'], // st.8: U2 3 wd
      ['register-ready', 'kqpd', 'kqpd', '2026-04-17'], // st.9: U1–3 daily
      ['dispatch-down', 'kqpd', 'kqpd', '2026-04-20'], // st.10: U1–3 daily
      ['regional-file', 'kqpb', 'kqpb-astana', '2026-04-21'], // st.11: 1 day
      ['regional-send', 'kqpb', 'kqpb-astana', '2026-04-22'], // st.12: 1 day
      ['to-con', 'qaiib', 'astana-1', '2026-04-23'], // st.13: 1 day
      ['hand-over', 'reception', 'astana-1', '2026-04-23'], // st.14: 10 min
    ]);
    assert.equal(done.state, 'issued');
  });

  it('gives each urgency its own limits at the steps App1 sets by urgency', () => {
    // Every step done the day it starts (6 April): the due day of the steps with urgency limits.
    const dueAt = (urgency: Urgency, step: string): string => {
      let kase = opened(urgency);
      while (kase.currentStep !== step) kase = complete(kase, '2026-04-06');
      assert.ok(kase.stepDueOn);
      return kase.stepDueOn;
    };
    const table = (step: string) => (['u1', 'u2', 'u3', 'general'] as const).map((u) => dueAt(u, step));
    // st.3, st.4, st.6: U1–2 1 wd; U3 2 wd; general 5 wd.
    for (const step of ['register', 'regional-check', 'department-check'])
      assert.deepEqual(table(step), ['2026-04-07', '2026-04-07', '2026-04-08', '2026-04-13'], step);
    // st.8: U1 1 wd; U2 3 wd; U3 5 wd; general 10 wd.
    assert.deepEqual(table('produce'), ['2026-04-07', '2026-04-09', '2026-04-13', '2026-04-20']);
    // st.9–10: U1–3 daily; general ≤ 5 wd.
    for (const step of ['register-ready', 'dispatch-down'])
      assert.deepEqual(table(step), ['2026-04-07', '2026-04-07', '2026-04-07', '2026-04-13'], step);
    // st.5, 7, 11–13: "1 day" whatever the urgency.
    assert.deepEqual(table('log-incoming'), ['2026-04-07', '2026-04-07', '2026-04-07', '2026-04-07']);
  });

  it('asks every S1 filing for its urgency, and no other service for one', () => {
    const missing = open({});
    assert.equal(missing.ok ? 'opened' : `${missing.error.code} ${missing.error.path}`, 'missing-field /urgency');
    const odd = open({ urgency: 'u9' as Urgency });
    assert.equal(odd.ok ? 'opened' : odd.error.code, 'invalid-value');
    const s9 = open({ urgency: 'u1', object: 'flat', areaM2: 50 }, S9, 'S9b');
    assert.equal(s9.ok ? 'opened' : s9.error.code, 'field-not-for-service');
  });
});

describe('002 R1 App1: each step at its unit — another region or office cannot do it', () => {
  it('refuses the КҚПБ of another region, and a ҚАІІб of another ЦОН', () => {
    let kase = complete(complete(opened('u1'), '2026-04-06'), '2026-04-06');
    const other = transition(
      kase,
      { kind: 'complete-step', step: 'register', actor: doer(kase, 'astana-2') },
      d('2026-04-06'),
    );
    assert.equal(other.ok ? 'moved' : other.error.code, 'case.wrong-office');
    kase = complete(kase, '2026-04-06');
    const almaty = transition(
      kase,
      { kind: 'complete-step', step: 'regional-check', actor: doer(kase, 'kqpb-almaty') },
      d('2026-04-07'),
    );
    assert.equal(almaty.ok ? 'moved' : almaty.error.code, 'case.wrong-office');
    const wrongRole = transition(
      kase,
      { kind: 'complete-step', step: 'regional-check', actor: { ...doer(kase), role: 'kqpd' } },
      d('2026-04-07'),
    );
    assert.equal(wrongRole.ok ? 'moved' : wrongRole.error.code, 'case.wrong-role');
  });
});

describe('SLA per step: overdue flags (sla.ts)', () => {
  it('flags the step overdue the day after its due day, and due-today on it', () => {
    let kase = opened('u3');
    while (kase.currentStep !== 'produce') kase = complete(kase, '2026-04-06');
    assert.equal(kase.stepDueOn, '2026-04-13'); // U3: 5 wd
    assert.equal(slaOf(kase, d('2026-04-10')).band, 'on-time');
    assert.equal(slaOf(kase, d('2026-04-13')).band, 'due-today');
    const late = slaOf(kase, d('2026-04-14'));
    assert.deepEqual([late.band, late.overdue, late.step.dueOn], ['overdue', true, '2026-04-13']);
  });
});

describe('002 R1 App1 st.6: a wanted-persons hit stops the case', () => {
  it('is refused on ground 1 by the КҚПД at its check, with nothing told to the applicant', () => {
    let kase = opened('general');
    while (kase.currentStep !== 'department-check') kase = complete(kase, '2026-04-06');
    const stop = transition(kase, { kind: 'intend-refusal', ground: 1, actor: doer(kase) }, d('2026-04-07'));
    assert.ok(stop.ok);
    assert.deepEqual([stop.case.state, stop.case.procedure.refusalGround, stop.told], ['refused', 1, []]);
    const chain = chainOf(machineOf(stop.case), stop.case, new Map(), d('2026-04-07'));
    assert.ok(chain.every((s) => s.status === 'stopped'));
  });
});

describe('"Where is my document": each step with its due day', () => {
  it('projects the later steps from the current one, as the walk finds them when each ends on its day', () => {
    const { steps } = walk('u2');
    let kase = opened('u2');
    kase = complete(complete(kase, '2026-04-06'), '2026-04-06');
    const done = new Map([
      ['accept', d('2026-04-06')],
      ['formular', d('2026-04-06')],
    ]);
    const chain = chainOf(machineOf(kase), kase, done, d('2026-04-06'));
    assert.deepEqual(
      chain.map((s) => [s.step, s.dueOn]),
      steps.map(([step, , , dueOn]) => [step, dueOn]),
    );
    assert.deepEqual(
      chain.slice(0, 4).map((s) => s.status),
      ['done', 'done', 'current', 'later'],
    );
    // A week later the current step (due 7 April) is overdue.
    assert.equal(chainOf(machineOf(kase), kase, done, d('2026-04-13'))[2]?.overdue, true);
  });
});

describe('003 ¶B5: an issuing step is done at the case’s issue office', () => {
  /** Every step done on the filing day at its office; the last one (hand-over) left current. */
  function atHandOver(facts: Filing['facts']): Case {
    const result = open(facts);
    assert.ok(result.ok, JSON.stringify(!result.ok && result.error));
    let kase = result.case;
    while (kase.currentStep !== 'hand-over') kase = complete(kase, '2026-04-06');
    return kase;
  }

  it('without an issue office, the hand-over is done where accepted', () => {
    const kase = atHandOver({ urgency: 'u1' });
    assert.equal(complete(kase, '2026-04-06', OFFICE).state, 'issued');
  });

  it('with one, only there: the accepting office is refused, the issue office issues', () => {
    const kase = atHandOver({ urgency: 'u1', issueOffice: 'almaty-1' });
    const here = transition(
      kase,
      { kind: 'complete-step', step: 'hand-over', actor: doer(kase, OFFICE) },
      d('2026-04-06'),
    );
    assert.deepEqual(here.ok ? 'moved' : [here.error.code, here.error.params], [
      'case.wrong-office',
      { office: 'almaty-1' },
    ]);
    assert.equal(complete(kase, '2026-04-06', 'almaty-1').state, 'issued');
    // Steps before the hand-over stay with the accepting office's chain.
    const view = chainOf(machineOf(kase), kase, new Map(), d('2026-04-06'));
    assert.deepEqual(
      view.slice(-2).map((s) => s.office),
      [OFFICE, 'almaty-1'],
    );
  });

  it('a service with no issuing step refuses the fact', () => {
    const s9 = open({ object: 'flat', areaM2: 50, issueOffice: 'almaty-1' }, S9, 'S9b');
    assert.deepEqual(s9.ok ? 'opened' : [s9.error.code, s9.error.params['field']], [
      'field-not-for-service',
      'issueOffice',
    ]);
  });
});
