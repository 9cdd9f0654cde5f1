import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  addDays,
  addMonths,
  ageOn,
  fromEpochDay,
  type IsoDate,
  parseIsoDate,
  parseTypedDate,
  toEpochDay,
  withinPeriod,
} from '../../src/domain/dates.ts';

const d = (s: string) => s as IsoDate;
const anyDate = fc.integer({ min: toEpochDay(d('1900-01-01')), max: toEpochDay(d('2099-12-31')) }).map(fromEpochDay);

describe('calendar dates', () => {
  it('reads a typed day as pages show it (DD.MM.YYYY) or as links carry it (YYYY-MM-DD)', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        const [y, m, day] = date.split('-');
        assert.equal(parseTypedDate(`${day}.${m}.${y}`), date);
        assert.equal(parseTypedDate(` ${date} `), date);
        assert.equal(parseTypedDate(`${Number(day)}.${Number(m)}.${y}`), date);
      }),
    );
    for (const bad of ['31.04.2025', '29.02.2025', '12/01/2025', '2025.12.01', '1.12.25', ''])
      assert.equal(parseTypedDate(bad), null, bad);
  });

  it('accepts only real dates in YYYY-MM-DD form', () => {
    assert.equal(parseIsoDate('2024-02-29'), '2024-02-29');
    for (const bad of [
      '2025-02-29',
      '2025-02-30',
      '2025-13-01',
      '2025-00-10',
      '2025-1-01',
      '01.12.2025',
      '',
      '2025-12-01T00:00',
    ])
      assert.equal(parseIsoDate(bad), null, bad);
  });

  it('adds a month to the 31st landing on the last day of the month (scenario.md)', () => {
    assert.equal(addMonths(d('2025-01-31'), 1), '2025-02-28');
    assert.equal(addMonths(d('2024-01-31'), 1), '2024-02-29');
    assert.equal(addMonths(d('2025-12-01'), 12), '2026-12-01');
    assert.equal(addMonths(d('2025-03-31'), -1), '2025-02-28');
  });

  it('counts completed years of age, a 29 February birthday counting on 28 February', () => {
    assert.equal(ageOn(d('2007-12-01'), d('2025-11-30')), 17);
    assert.equal(ageOn(d('2007-12-01'), d('2025-12-01')), 18);
    assert.equal(ageOn(d('2008-02-29'), d('2026-02-28')), 17);
    assert.equal(ageOn(d('2008-02-29'), d('2026-03-01')), 18);
  });

  it('treats a period as active from its first to its last day, open-ended when `to` is null', () => {
    assert.ok(withinPeriod(d('2025-12-01'), d('2025-12-01'), d('2025-12-01')));
    assert.ok(withinPeriod(d('2030-01-01'), d('2025-12-01'), null));
    assert.ok(!withinPeriod(d('2025-11-30'), d('2025-12-01'), null));
    assert.ok(!withinPeriod(d('2025-12-02'), d('2025-11-01'), d('2025-12-01')));
  });

  it('round-trips days and keeps the ISO text order equal to time order', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -40000, max: 40000 }), (date, n) => {
        assert.equal(addDays(addDays(date, n), -n), date);
        assert.equal(parseIsoDate(date), date);
        assert.equal(Math.sign(toEpochDay(addDays(date, n)) - toEpochDay(date)), Math.sign(n));
        assert.equal(addDays(date, n) > date, n > 0);
        // The digits are read one by one (issue 20): the same day as Date's own parser gives.
        assert.equal(toEpochDay(date), Date.parse(`${date}T00:00:00Z`) / 86_400_000);
      }),
    );
  });

  it('never lets age go down as time passes', () => {
    fc.assert(
      fc.property(anyDate, anyDate, fc.integer({ min: 0, max: 5000 }), (birth, on, later) => {
        fc.pre(birth <= on);
        assert.ok(ageOn(birth, addDays(on, later)) >= ageOn(birth, on));
      }),
    );
  });
});
