import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from '../../src/domain/calendar.ts';
import { addDays, fromEpochDay, type IsoDate, toEpochDay } from '../../src/domain/dates.ts';
import { acceptanceDay, formatAstanaMoment, parseFilingMoment } from '../../src/domain/deadlines/clock.ts';
import { dueDate, extensionNoticeBy, termOf } from '../../src/domain/deadlines/counting.ts';
import { agreeExtension, computeDeadline, deadlineProblem } from '../../src/domain/deadlines/deadline.ts';
import {
  objectionDeadline,
  objectionInTime,
  refusalPath,
  workingDaysBefore,
} from '../../src/domain/deadlines/hearing.ts';
import { DEADLINE_RULES, type DeadlineService, OBJECT_KINDS } from '../../src/domain/deadlines/rules.ts';

const d = (s: string) => s as IsoDate;
const moment = (text: string) => {
  const m = parseFilingMoment(text);
  assert.ok(m, text);
  return m;
};
const anyDate = fc.integer({ min: toEpochDay(d('2023-01-01')), max: toEpochDay(d('2030-12-31')) }).map(fromEpochDay);
const anyMinutes = fc.integer({ min: 0, max: 24 * 60 - 1 });
const due = (service: DeadlineService, filedAt: string, facts = {}, channel: 'portal' | 'con' = 'portal') =>
  computeDeadline(DEADLINE_RULES[service], { channel, filedAt: moment(filedAt), facts });

describe('D1 clock: a filing moment is read on Astana time (UTC+5)', () => {
  it('converts Z and other offsets to Astana', () => {
    assert.deepEqual(moment('2026-10-23T13:45:00Z'), { date: '2026-10-23', minutes: 18 * 60 + 45 });
    assert.deepEqual(moment('2026-03-20T17:05:00+03:00'), { date: '2026-03-20', minutes: 19 * 60 + 5 });
    assert.deepEqual(moment('2026-03-20T23:30:00-01:00'), { date: '2026-03-21', minutes: 5 * 60 + 30 });
    assert.equal(moment('2026-03-20T19:05+05:00').minutes, 19 * 60 + 5);
  });

  it('refuses a moment without an offset, or one that is not real', () => {
    for (const text of [
      '2026-03-20T19:05:00',
      '2026-03-20',
      '2026-02-30T10:00:00+05:00',
      '2026-03-20T24:00:00+05:00',
      '2026-03-20T10:60:00+05:00',
      '2026-03-20T10:00:00+19:00',
      '2026-03-20 10:00:00+05:00',
    ])
      assert.equal(parseFilingMoment(text), null, text);
  });

  it('names the same instant the same way whatever the offset', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2023-01-02'), max: new Date('2030-12-30'), noInvalidDate: true }), (t) => {
        const z = moment(t.toISOString());
        const astana = moment(formatAstanaMoment(z));
        assert.deepEqual({ ...astana, minutes: Math.floor(astana.minutes) }, { ...z, minutes: Math.floor(z.minutes) });
      }),
    );
  });
});

describe('D2 acceptance day', () => {
  it('portal: before 18:30 on a working day (also before 9:00) is that day; at 18:30 or later the next', () => {
    assert.equal(acceptanceDay('portal', moment('2026-03-19T18:29:59+05:00')), '2026-03-19');
    assert.equal(acceptanceDay('portal', moment('2026-03-19T06:00:00+05:00')), '2026-03-19');
    assert.equal(acceptanceDay('portal', moment('2026-03-19T18:30:00+05:00')), '2026-03-20');
    // Friday 20 March 2026 evening: the weekend and Nauryz (23–25) pass first.
    assert.equal(acceptanceDay('portal', moment('2026-03-20T19:00:00+05:00')), '2026-03-26');
  });

  it('counter: the day it is handed in if working, otherwise the next working day', () => {
    assert.equal(acceptanceDay('con', moment('2026-03-19T18:45:00+05:00')), '2026-03-19');
    assert.equal(acceptanceDay('con', moment('2026-03-22T11:00:00+05:00')), '2026-03-26');
  });

  it('is always a working day, never before the filing, at most the next working day after it', () => {
    fc.assert(
      fc.property(anyDate, anyMinutes, fc.constantFrom('portal', 'con' as const), (date, minutes, channel) => {
        const accepted = acceptanceDay(channel, { date, minutes });
        assert.ok(isWorkingDay(accepted));
        assert.ok(accepted >= date && accepted <= addWorkingDays(date, 1));
        const sameDay = isWorkingDay(date) && (channel === 'con' || minutes < 18 * 60 + 30);
        assert.equal(accepted === date, sameDay);
      }),
      { numRuns: 500 },
    );
  });
});

describe('D3 counting from the acceptance day, which does not count', () => {
  it('"N working days" is the Nth working day after the acceptance day', () => {
    assert.equal(dueDate(d('2026-03-19'), { unit: 'working-days', days: 3 }), '2026-03-27');
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 30 }), (accepted, n) => {
        const on = dueDate(accepted, { unit: 'working-days', days: n });
        assert.equal(workingDaysBetween(accepted, on), n);
        assert.ok(isWorkingDay(on));
      }),
    );
  });

  it('"N calendar days" is acceptance day + N, moved to the next working day when that is off', () => {
    assert.equal(dueDate(d('2026-05-22'), { unit: 'calendar-days', days: 15 }), '2026-06-08');
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 60 }), (accepted, n) => {
        const on = dueDate(accepted, { unit: 'calendar-days', days: n });
        const plain = addDays(accepted, n);
        assert.ok(isWorkingDay(on) && on >= plain);
        if (isWorkingDay(plain)) assert.equal(on, plain);
        else assert.equal(workingDaysBetween(plain, on), 1);
      }),
    );
  });

  it('S7: an extension lengthens the calendar term itself (≤ 15), told within 2 working days', () => {
    assert.equal(due('S7', '2026-05-22T12:00:00+05:00', { extensionDays: 15 }, 'con').dueOn, '2026-06-22');
    assert.equal(extensionNoticeBy(d('2026-06-05'), 2), '2026-06-09');
    assert.deepEqual(
      deadlineProblem(DEADLINE_RULES.S7, {
        channel: 'con',
        filedAt: moment('2026-05-22T12:00Z'),
        facts: { extensionDays: 16 },
      }),
      {
        kind: 'extension-too-long',
        maxDays: 15,
      },
    );
  });

  it('S9: an agreed extension goes to a later working day within two months of filing', () => {
    const rule = DEADLINE_RULES.S9b;
    assert.deepEqual(agreeExtension(rule, d('2026-03-19'), d('2026-03-27'), d('2026-05-19')), {
      ok: true,
      dueOn: '2026-05-19',
    });
    assert.deepEqual(agreeExtension(rule, d('2026-03-19'), d('2026-03-27'), d('2026-05-20')), {
      ok: false,
      reason: 'over-cap',
    });
    assert.deepEqual(agreeExtension(rule, d('2026-03-19'), d('2026-03-27'), d('2026-03-28')), {
      ok: false,
      reason: 'not-a-working-day',
    });
    assert.deepEqual(agreeExtension(rule, d('2026-03-19'), d('2026-03-27'), d('2026-03-26')), {
      ok: false,
      reason: 'not-later',
    });
    assert.deepEqual(agreeExtension(DEADLINE_RULES.S10, d('2026-03-19'), d('2026-03-20'), d('2026-03-26')), {
      ok: false,
      reason: 'not-extendable',
    });
  });
});

describe('D4 periods by service', () => {
  const term = (service: DeadlineService, facts = {}) => termOf(DEADLINE_RULES[service].period, facts).term.days;

  it('S6 20 working days, 10 in Astana; S7 15 calendar days; S8 15 working days; S9a 1', () => {
    assert.equal(term('S6'), 20);
    assert.equal(term('S6', { astana: false }), 20);
    assert.equal(term('S6', { astana: true }), 10);
    assert.deepEqual(termOf(DEADLINE_RULES.S7.period, {}).term, { unit: 'calendar-days', days: 15 });
    assert.equal(term('S8'), 15);
    assert.equal(term('S9a'), 1);
  });

  it('S9b and S9c by object: 3rd, 5th, 7th or 10th working day', () => {
    for (const service of ['S9b', 'S9c'] as const) {
      for (const [object, days] of [
        ['flat', 3],
        ['dormitory-room', 3],
        ['house', 5],
        ['garage', 5],
        ['dacha', 5],
        ['first-category', 5],
      ] as const)
        assert.equal(term(service, { object, areaM2: 5000 }), days, `${service} ${object}`);
      assert.equal(term(service, { object: 'other', areaM2: 1000 }), 7, '1000 m² counts as ≤ 1000');
      assert.equal(term(service, { object: 'other', areaM2: 1000.01 }), 10);
    }
  });

  it('S10 by object: 1st working day; other 2nd (≤ 1000 m²) or 3rd', () => {
    for (const object of ['flat', 'dormitory-room', 'house', 'garage', 'dacha'] as const)
      assert.equal(term('S10', { object }), 1);
    assert.equal(term('S10', { object: 'other', areaM2: 1000 }), 2);
    assert.equal(term('S10', { object: 'other', areaM2: 1001 }), 3);
    assert.equal(term('S10', { object: 'first-category', areaM2: 80 }), 2, 'L2 names no first category: by area');
  });

  it('asks for the object, and for the area when the object is "other"', () => {
    const problem = (service: DeadlineService, facts = {}) =>
      deadlineProblem(DEADLINE_RULES[service], { channel: 'portal', filedAt: moment('2026-03-19T11:00Z'), facts });
    assert.deepEqual(problem('S9b'), { kind: 'missing-fact', fact: 'object' });
    assert.deepEqual(problem('S9b', { object: 'other' }), { kind: 'missing-fact', fact: 'areaM2' });
    assert.deepEqual(problem('S9a', { object: 'flat' }), { kind: 'fact-not-for-service', fact: 'object' });
    assert.deepEqual(problem('S8', { astana: true }), { kind: 'fact-not-for-service', fact: 'astana' });
    assert.deepEqual(problem('S7'), { kind: 'channel-not-for-service', channel: 'portal' });
    assert.equal(problem('S9b', { object: 'flat' }), null);
  });

  it('never shortens a period as the object grows, and is always a working day after acceptance', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('S9b', 'S9c', 'S10' as const),
        fc.constantFrom(...OBJECT_KINDS),
        fc.double({ min: 1, max: 100_000, noNaN: true }),
        fc.double({ min: 1, max: 100_000, noNaN: true }),
        anyDate,
        anyMinutes,
        (service, object, a, b, date, minutes) => {
          const [small, large] = a <= b ? [a, b] : [b, a];
          const at = (areaM2: number) =>
            computeDeadline(DEADLINE_RULES[service], {
              channel: 'portal',
              filedAt: { date, minutes },
              facts: { object, areaM2 },
            });
          const early = at(small);
          assert.ok(early.dueOn <= at(large).dueOn);
          assert.ok(early.dueOn > early.acceptedOn && isWorkingDay(early.dueOn));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('marks an answer that runs into a year without a recorded decree as statutory', () => {
    assert.equal(due('S8', '2026-03-19T11:00:00+05:00', {}, 'con').calendar, 'decree');
    assert.equal(due('S8', '2026-12-20T11:00:00+05:00', {}, 'con').calendar, 'statutory');
    assert.equal(due('S8', '2028-03-01T11:00:00+05:00', {}, 'con').calendar, 'statutory');
  });
});

describe('D5 hearing before a refusal (004 cl.5-1)', () => {
  it('sends the refusal directly when the term is three working days or less', () => {
    assert.deepEqual(due('S9b', '2026-03-19T11:00:00+05:00', { object: 'flat' }).refusal, {
      procedure: 'direct',
      termWorkingDays: 3,
    });
    assert.equal(
      due('S10', '2026-03-19T11:00:00+05:00', { object: 'other', areaM2: 5000 }).refusal.procedure,
      'direct',
    );
    assert.equal(due('S9a', '2026-03-19T11:00:00+05:00').refusal.procedure, 'direct');
  });

  it('over three: the hearing notice goes no later than the 3rd working day before the due date', () => {
    // Accepted Mon 6 Apr 2026, due on the 10th working day, Mon 20 Apr: notice by Wed 15 Apr.
    assert.deepEqual(due('S9c', '2026-04-06T09:30:00+05:00', { object: 'other', areaM2: 1450 }).refusal, {
      procedure: 'hearing',
      termWorkingDays: 10,
      noticeBy: '2026-04-15',
      objectionWorkingDays: 2,
    });
  });

  it('takes an objection within 2 working days of receiving the notice, not later', () => {
    assert.equal(objectionDeadline(d('2026-03-20')), '2026-03-27'); // Fri, then the weekend and Nauryz
    assert.ok(objectionInTime(d('2026-03-20'), d('2026-03-27')));
    assert.ok(!objectionInTime(d('2026-03-20'), d('2026-03-30')));
  });

  it('leaves room for the objection before the due date, for every term over three', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 4, max: 40 }), (accepted, n) => {
        const dueOn = addWorkingDays(accepted, n);
        const path = refusalPath('hearing-when-over-3-working-days', accepted, dueOn);
        assert.equal(path.procedure, 'hearing');
        if (path.procedure !== 'hearing') return;
        assert.ok(path.noticeBy > accepted && isWorkingDay(path.noticeBy));
        assert.equal(workingDaysBetween(path.noticeBy, dueOn), 3);
        assert.ok(objectionDeadline(path.noticeBy) < dueOn);
        assert.equal(workingDaysBefore(dueOn, 3), path.noticeBy);
      }),
    );
  });

  it('holds the hearing for S6 and S8 too (docs/licences.md: their terms are over three working days)', () => {
    const s8 = due('S8', '2026-03-19T11:00Z', {}, 'con');
    assert.equal(s8.refusal.procedure, 'hearing');
    assert.equal(
      s8.refusal.procedure === 'hearing' && workingDaysBefore(s8.dueOn, 3),
      s8.refusal.procedure === 'hearing' && s8.refusal.noticeBy,
    );
    assert.equal(due('S6', '2026-03-19T11:00Z', { astana: true }, 'con').refusal.procedure, 'hearing');
  });
});
