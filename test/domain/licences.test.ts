// Issue 19, the pure half of S6 (003 ¶B1) and S8 (003 ¶B3), clause by clause: which documents a
// filing needs (each `when` condition), the terms (S6 20 working days, 10 in Astana; S8 15), the
// committee's chain review → sign with no payment holding the result, the refusal after a hearing
// (D5: the terms are over three working days), and the ЦОН's keeping of a paper result — one
// month, then back to the provider, sent again within one working day on request (F2 calendar).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { documentsNeeded } from '../../src/domain/case-documents/required.ts';
import type { Case, CaseActor } from '../../src/domain/cases/case.ts';
import { caseMachine } from '../../src/domain/cases/machine.ts';
import { openCase } from '../../src/domain/cases/open.ts';
import { type CaseEvent, transition } from '../../src/domain/cases/transition.ts';
import { addWorkingDays, isWorkingDay } from '../../src/domain/calendar.ts';
import { addDays, type IsoDate } from '../../src/domain/dates.ts';
import { parseFilingMoment } from '../../src/domain/deadlines/clock.ts';
import { atCon, custodyOf, moveCustody } from '../../src/domain/licences/custody.ts';
import { answersProblem, licenceStatements } from '../../src/domain/licences/filing.ts';
import { serviceOn } from '../../src/domain/public-services/catalogue.ts';

const d = (s: string) => s as IsoDate;
const S6 = serviceOn('S6', d('2026-04-28')).definition;
const S8 = serviceOn('S8', d('2026-11-10')).definition;
const APPLICANT = '850517410090';
const OFFICE = 'idis-committee';
const staff = (role: string): CaseActor => ({ kind: 'staff', iin: '840707310144', role, office: OFFICE });
const ids = (docs: readonly { id: string }[]) => docs.map((x) => x.id);

function open(
  service: 'S6' | 'S8',
  filedAt: string,
  facts: { astana?: boolean } = {},
  channel: 'portal' | 'con' = 'con',
) {
  const moment = parseFilingMoment(filedAt);
  assert.ok(moment);
  const opened = openCase(service === 'S6' ? S6 : S8, 'case-1', {
    variant: service,
    channel,
    filedAt: moment,
    facts,
    applicant: APPLICANT,
    office: OFFICE,
  });
  assert.ok(opened.ok, JSON.stringify(!opened.ok && opened.error));
  return opened.case;
}

function move(kase: Case, event: CaseEvent, today: string) {
  const result = transition(kase, event, d(today));
  assert.ok(result.ok, JSON.stringify(!result.ok && result.error));
  return result;
}

describe('003 ¶B3 documents (S8): the competent body’s document unless the purpose is repair', () => {
  it('asks the information form, the processing contract and the competent body’s document', () => {
    const statements = licenceStatements('S8', { purposeRepair: false }, 'head');
    assert.deepEqual(ids(documentsNeeded(S8, 'S8', statements)), [
      'information-form',
      'processing-contract',
      'processing-conditions',
    ]);
  });
  it('does not ask the competent body’s document when the purpose is repair', () => {
    const statements = licenceStatements('S8', { purposeRepair: true }, 'head');
    assert.deepEqual(ids(documentsNeeded(S8, 'S8', statements)), ['information-form', 'processing-contract']);
  });
  it('asks a representative for the power of attorney; the head and the person themself need none', () => {
    for (const basis of ['head', 'self'] as const)
      assert.ok(
        !ids(documentsNeeded(S8, 'S8', licenceStatements('S8', { purposeRepair: true }, basis))).includes('authority'),
      );
    const represented = licenceStatements('S8', { purposeRepair: true }, 'power-of-attorney');
    assert.deepEqual(ids(documentsNeeded(S8, 'S8', represented)), [
      'authority',
      'information-form',
      'processing-contract',
    ]);
  });
  it('never asks for an upload of the application itself: on the portal the request is the application', () => {
    assert.ok(
      !ids(documentsNeeded(S8, 'S8', licenceStatements('S8', {}, 'power-of-attorney'))).includes('application'),
    );
  });
  it('needs the purpose answered for S8, and no intermediary question', () => {
    assert.equal(answersProblem('S8', {}), '/purposeRepair');
    assert.equal(answersProblem('S8', { purposeRepair: true, intermediary: false }), '/intermediary');
    assert.equal(answersProblem('S8', { purposeRepair: false }), null);
  });
});

describe('003 ¶B1 documents (S6): the intermediary’s contract only from an intermediary', () => {
  it('asks the guarantee obligation and the sale contract or alienation document', () => {
    const statements = licenceStatements('S6', { intermediary: false }, 'head');
    assert.deepEqual(ids(documentsNeeded(S6, 'S6', statements)), ['guarantee-obligation', 'sale-contract']);
  });
  it('asks an intermediary also for the contract between the importer and the end user', () => {
    const statements = licenceStatements('S6', { intermediary: true }, 'head');
    assert.deepEqual(ids(documentsNeeded(S6, 'S6', statements)), [
      'guarantee-obligation',
      'sale-contract',
      'end-user-contract',
    ]);
  });
  it('asks a representative for the power of attorney', () => {
    const statements = licenceStatements('S6', { intermediary: false }, 'power-of-attorney');
    assert.ok(ids(documentsNeeded(S6, 'S6', statements)).includes('authority'));
  });
  it('needs the intermediary question answered for S6', () => {
    assert.equal(answersProblem('S6', {}), '/intermediary');
    assert.equal(answersProblem('S6', { intermediary: true, purposeRepair: true }), '/purposeRepair');
  });
});

describe('D4: S6 20 working days, 10 in Astana; S8 15 working days (the public examples)', () => {
  it('S6 in Astana, handed in on 28 April 2026: due 15 May (1, 7 and 9 May are holidays)', () => {
    const kase = open('S6', '2026-04-28T16:00:00+05:00', { astana: true });
    assert.deepEqual([kase.acceptedOn, kase.dueOn], ['2026-04-28', '2026-05-15']);
  });
  it('S6 elsewhere: twenty working days from the same day', () => {
    const kase = open('S6', '2026-04-28T16:00:00+05:00', { astana: false });
    assert.deepEqual([kase.acceptedOn, kase.dueOn], ['2026-04-28', addWorkingDays(d('2026-04-28'), 20)]);
    assert.ok(kase.dueOn !== null && kase.dueOn > '2026-05-15');
  });
  it('S6 without the Astana fact counts as not in Astana (D4: "absent means not in Astana")', () => {
    const kase = open('S6', '2026-04-28T16:00:00+05:00');
    assert.equal(kase.dueOn, addWorkingDays(d('2026-04-28'), 20));
  });
  it('S8 at a ЦОН on 10 November 2026: due 1 December', () => {
    const kase = open('S8', '2026-11-10T10:00:00+05:00');
    assert.deepEqual([kase.acceptedOn, kase.dueOn], ['2026-11-10', '2026-12-01']);
  });
  it('S8 on the portal after 18:30 is accepted the next working day (D2)', () => {
    const kase = open('S8', '2026-11-10T19:00:00+05:00', {}, 'portal');
    assert.equal(kase.acceptedOn, '2026-11-11');
  });
});

describe('The committee’s chain (docs/licences.md): the executor reviews, management signs, the result is issued', () => {
  for (const service of ['S6', 'S8'] as const) {
    it(`${service}: review → sign → issued, with no payment holding the result (free)`, () => {
      const machine = caseMachine(service === 'S6' ? S6 : S8, service);
      assert.deepEqual(
        machine?.steps.map((s) => [s.id, s.actor]),
        [
          ['review', 'executor'],
          ['sign', 'management'],
        ],
      );
      assert.equal(machine?.holdsResultForPayment, false);
      let kase = open(service, '2026-11-10T10:00:00+05:00', service === 'S6' ? { astana: false } : {});
      kase = move(kase, { kind: 'complete-step', step: 'review', actor: staff('executor') }, '2026-11-12').case;
      const signed = move(kase, { kind: 'complete-step', step: 'sign', actor: staff('management') }, '2026-11-13');
      assert.equal(signed.case.state, 'issued');
      assert.deepEqual(
        signed.told.map((t) => t.notification),
        ['result'],
      );
    });
  }
  it('another office (a ЦОН) cannot take a step of the committee', () => {
    const kase = open('S8', '2026-11-10T10:00:00+05:00');
    const result = transition(
      kase,
      {
        kind: 'complete-step',
        step: 'review',
        actor: { kind: 'staff', iin: '840707310144', role: 'executor', office: 'astana-1' },
      },
      d('2026-11-11'),
    );
    assert.equal(result.ok ? 'moved' : result.error.code, 'case.wrong-office');
  });
});

describe('D5: a refusal of S8 goes through a hearing (a term of 15 working days)', () => {
  const kase = () => open('S8', '2026-11-10T10:00:00+05:00');
  it('the intended refusal sends a hearing notice with the last day to object', () => {
    const intended = move(kase(), { kind: 'intend-refusal', ground: 1, actor: staff('executor') }, '2026-11-16');
    assert.equal(intended.case.state, 'refusal-intended');
    assert.deepEqual(intended.told, [{ notification: 'hearing', params: { ground: 1, objectionBy: '2026-11-18' } }]);
  });
  it('the notice may go no later than the 3rd working day before the due date (26 November)', () => {
    const late = transition(kase(), { kind: 'intend-refusal', ground: 1, actor: staff('executor') }, d('2026-11-27'));
    assert.equal(late.ok ? 'moved' : late.error.code, 'case.hearing-notice-late');
    assert.ok(transition(kase(), { kind: 'intend-refusal', ground: 1, actor: staff('executor') }, d('2026-11-26')).ok);
  });
  it('after the objection the committee refuses with the ground, or goes on with the work', () => {
    let k = move(kase(), { kind: 'intend-refusal', ground: 2, actor: staff('executor') }, '2026-11-16').case;
    k = move(k, { kind: 'object', actor: { kind: 'applicant', iin: APPLICANT } }, '2026-11-18').case;
    const refused = move(
      k,
      { kind: 'decide-after-hearing', outcome: 'refuse', actor: staff('management') },
      '2026-11-19',
    );
    assert.equal(refused.case.state, 'refused');
    assert.equal(refused.case.procedure.refusalGround, 2);
    assert.deepEqual(refused.told, [{ notification: 'refusal', params: { ground: 2 } }]);
    const provided = move(
      k,
      { kind: 'decide-after-hearing', outcome: 'provide', actor: staff('management') },
      '2026-11-19',
    );
    assert.equal(provided.case.state, 'accepted');
  });
  it('a ground the definition does not list is refused', () => {
    const result = transition(kase(), { kind: 'intend-refusal', ground: 9, actor: staff('executor') }, d('2026-11-16'));
    assert.equal(result.ok ? 'moved' : result.error.code, 'case.unknown-ground');
  });
});

describe('003 ¶B3: the ЦОН keeps the result one month, then it goes back to the provider', () => {
  it('a month ending on a day off runs to the next working day (Nauryz 2026: 21 March + days off)', () => {
    const state = atCon(d('2026-02-21'));
    assert.ok(state.kind === 'at-con');
    if (state.kind !== 'at-con') return;
    assert.ok(!isWorkingDay(d('2026-03-21')));
    assert.ok(isWorkingDay(state.keepUntil));
    for (let day = d('2026-03-21'); day < state.keepUntil; day = addDays(day, 1)) assert.ok(!isWorkingDay(day), day);
    assert.equal(state.returnFrom, addWorkingDays(state.keepUntil, 1));
  });
  it('a month counts to the same date: 10 March → kept until 10 April, back from 13 April (a Monday)', () => {
    const state = atCon(d('2026-03-10'));
    assert.deepEqual(state, { kind: 'at-con', since: '2026-03-10', keepUntil: '2026-04-10', returnFrom: '2026-04-13' });
  });
  it('is handed over within the month', () => {
    const moved = moveCustody(atCon(d('2026-03-10')), { kind: 'handed-over', on: d('2026-03-20') }, d('2026-03-10'));
    assert.ok(moved.ok);
    assert.deepEqual(moved.state, { kind: 'handed-over', on: '2026-03-20' });
  });
  it('cannot go back to the provider before the month is over', () => {
    const early = moveCustody(
      atCon(d('2026-03-10')),
      { kind: 'returned-to-provider', on: d('2026-04-10') },
      d('2026-03-10'),
    );
    assert.deepEqual(early, { ok: false, code: 'custody.storage-not-over', params: { returnFrom: '2026-04-13' } });
    assert.ok(
      moveCustody(atCon(d('2026-03-10')), { kind: 'returned-to-provider', on: d('2026-04-13') }, d('2026-03-10')).ok,
    );
  });
  it('a handed-over result cannot be returned or handed over again', () => {
    const state = custodyOf(d('2026-03-10'), [{ kind: 'handed-over', on: d('2026-03-11') }]);
    const again = moveCustody(state, { kind: 'handed-over', on: d('2026-03-12') }, d('2026-03-11'));
    assert.equal(again.ok ? 'moved' : again.code, 'custody.invalid-event');
  });
});

describe('003 ¶B3: on request the provider sends it back to the ЦОН within one working day', () => {
  const returned = () => custodyOf(d('2026-03-10'), [{ kind: 'returned-to-provider', on: d('2026-04-13') }]);
  it('a request on Friday 17 April is due back on Monday 20 April', () => {
    const moved = moveCustody(returned(), { kind: 'requested', on: d('2026-04-17') }, d('2026-04-13'));
    assert.ok(moved.ok);
    assert.deepEqual(moved.state, { kind: 'requested', on: '2026-04-17', sendBackBy: '2026-04-20' });
  });
  it('a request on a holiday (Friday 1 May 2026) counts from the next working day: due 5 May', () => {
    const moved = moveCustody(returned(), { kind: 'requested', on: d('2026-05-01') }, d('2026-04-13'));
    assert.ok(moved.ok && moved.state.kind === 'requested');
    assert.equal(moved.ok && moved.state.kind === 'requested' && moved.state.sendBackBy, '2026-05-05');
  });
  it('sent back in time, it is at the ЦОН again for another month; late is marked', () => {
    const requested = custodyOf(d('2026-03-10'), [
      { kind: 'returned-to-provider', on: d('2026-04-13') },
      { kind: 'requested', on: d('2026-04-17') },
    ]);
    const inTime = moveCustody(requested, { kind: 'sent-back', on: d('2026-04-20') }, d('2026-04-17'));
    assert.deepEqual(inTime, {
      ok: true,
      late: false,
      state: { kind: 'at-con', since: '2026-04-20', keepUntil: '2026-05-20', returnFrom: '2026-05-21' },
    });
    const late = moveCustody(requested, { kind: 'sent-back', on: d('2026-04-21') }, d('2026-04-17'));
    assert.ok(late.ok && late.late);
  });
  it('only a result at the provider can be requested, and no event is dated before the last one', () => {
    const atTheCon = moveCustody(atCon(d('2026-03-10')), { kind: 'requested', on: d('2026-03-20') }, d('2026-03-10'));
    assert.equal(atTheCon.ok ? 'moved' : atTheCon.code, 'custody.invalid-event');
    const backwards = moveCustody(returned(), { kind: 'requested', on: d('2026-04-01') }, d('2026-04-13'));
    assert.equal(backwards.ok ? 'moved' : backwards.code, 'custody.before-last-event');
  });
});
