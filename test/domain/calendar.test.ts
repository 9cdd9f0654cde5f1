import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { CALENDAR_YEARS, STATUTORY_RULES_FROM } from '../../src/domain/calendar-data.ts';
import {
  addWorkingDays,
  calendarCoverage,
  holidaysOf,
  isWorkingDay,
  workingDaysBetween,
  workingDaysInYear,
} from '../../src/domain/calendar.ts';
import { addDays, fromEpochDay, type IsoDate, toEpochDay } from '../../src/domain/dates.ts';

const d = (s: string) => s as IsoDate;
const anyDate = fc.integer({ min: toEpochDay(d('2023-01-01')), max: toEpochDay(d('2032-12-31')) }).map(fromEpochDay);
const decreeYears = Object.entries(CALENDAR_YEARS).flatMap(([year, data]) => (data?.decree ? [Number(year)] : []));
const isWeekend = (date: IsoDate) => [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());
const decreeWorkingDays = new Set(
  Object.values(CALENDAR_YEARS).flatMap((data) => data?.decree?.transfers.map((t) => t.workingDay) ?? []),
);

/** Day-by-day reference for the fast paths. */
function stepWorkingDays(date: IsoDate, n: number): IsoDate {
  let day = date;
  if (n === 0) {
    while (!isWorkingDay(day)) day = addDays(day, 1);
    return day;
  }
  for (let left = n; left > 0;) {
    day = addDays(day, 1);
    if (isWorkingDay(day)) left--;
  }
  return day;
}

function countWorkingDays(from: IsoDate, to: IsoDate): number {
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (isWorkingDay(day)) count++;
  return count;
}

describe('F2 working days per year', () => {
  it('counts 246 working days in 2025 and in 2026 (the spec)', () => {
    assert.equal(workingDaysInYear(2025), 246);
    assert.equal(workingDaysInYear(2026), 246);
  });

  it('matches the published count of every year with decree data', () => {
    assert.deepEqual(decreeYears, [2023, 2024, 2025, 2026]);
    for (const year of decreeYears)
      assert.equal(workingDaysInYear(year), CALENDAR_YEARS[year]!.decree!.workingDays, `${year}`);
  });

  it('agrees with a day-by-day count of isWorkingDay', () => {
    for (let year = STATUTORY_RULES_FROM; year <= 2032; year++)
      assert.equal(workingDaysInYear(year), countWorkingDays(d(`${year - 1}-12-31`), d(`${year}-12-31`)), `${year}`);
  });
});

describe('F2 holidays on a weekend move to the next working day', () => {
  it('moves the 2025 weekend holidays to the following Mondays (and Tuesday for Nauryz)', () => {
    // 8 Mar Sat → Mon 10; Nauryz 22 Sat, 23 Sun → Mon 24, Tue 25; 6 Jul Sun → Mon 7;
    // 30 Aug Sat → Mon 1 Sep; 25 Oct Sat → Mon 27.
    for (const off of [
      '2025-03-10',
      '2025-03-21',
      '2025-03-24',
      '2025-03-25',
      '2025-07-07',
      '2025-09-01',
      '2025-10-27',
    ])
      assert.ok(!isWorkingDay(d(off)), off);
    for (const worked of ['2025-03-11', '2025-03-26', '2025-07-08', '2025-09-02', '2025-10-28'])
      assert.ok(isWorkingDay(d(worked)), worked);
  });

  it('moves past a holiday that is already a weekday day off (Nauryz 2026)', () => {
    // 21 Sat and 22 Sun: Monday 23 is Nauryz itself, so the moved days are Tue 24 and Wed 25.
    for (const off of ['2026-03-23', '2026-03-24', '2026-03-25']) assert.ok(!isWorkingDay(d(off)), off);
    assert.ok(isWorkingDay(d('2026-03-26')));
    // 1 Jan 2023 Sun: Monday 2 Jan is New Year too, so the moved day is Tuesday 3 Jan.
    assert.ok(!isWorkingDay(d('2023-01-03')));
    assert.ok(isWorkingDay(d('2023-01-04')));
  });

  it('moves Victory Day 2026 and Independence Day 2023 from Saturday to Monday', () => {
    assert.ok(!isWorkingDay(d('2026-05-11')));
    assert.ok(!isWorkingDay(d('2023-12-18')));
  });
});

describe('F2 Orthodox Christmas and Kurban ait are days off that are not moved', () => {
  it('does not move 7 January off a weekend', () => {
    assert.ok(!isWorkingDay(d('2025-01-07'))); // a Tuesday
    assert.ok(isWorkingDay(d('2024-01-08'))); // 7 Jan 2024 was a Sunday
    assert.ok(isWorkingDay(d('2023-01-09'))); // 7 Jan 2023 was a Saturday
    assert.ok(isWorkingDay(d('2029-01-08'))); // 7 Jan 2029 is a Sunday
  });

  it('rests the first day of Kurban ait and does not move it off a weekend', () => {
    assert.ok(!isWorkingDay(d('2025-06-06')));
    assert.ok(!isWorkingDay(d('2026-05-27')));
    assert.ok(isWorkingDay(d('2024-06-17'))); // 16 Jun 2024 was a Sunday
  });

  it('lists the weekday days off of 2025 and 2026', () => {
    assert.deepEqual(holidaysOf(2025), [
      ...['2025-01-01', '2025-01-02', '2025-01-03', '2025-01-07', '2025-03-10', '2025-03-21', '2025-03-24'],
      ...['2025-03-25', '2025-05-01', '2025-05-07', '2025-05-09', '2025-06-06', '2025-07-07', '2025-09-01'],
      ...['2025-10-27', '2025-12-16'],
    ]);
    assert.deepEqual(holidaysOf(2026), [
      ...['2026-01-01', '2026-01-02', '2026-01-07', '2026-03-09', '2026-03-23', '2026-03-24', '2026-03-25'],
      ...['2026-05-01', '2026-05-07', '2026-05-11', '2026-05-27', '2026-07-06', '2026-08-31', '2026-10-26'],
      '2026-12-16',
    ]);
  });

  it('hands out a copy of the list', () => {
    holidaysOf(2025).pop();
    assert.equal(holidaysOf(2025).length, 16);
  });
});

describe('F2 decree transfers', () => {
  it('works Sunday 5 January 2025 and rests Friday 3 January', () => {
    assert.ok(isWorkingDay(d('2025-01-05')));
    assert.ok(!isWorkingDay(d('2025-01-03')));
    assert.ok(!isWorkingDay(d('2025-01-04'))); // the Saturday stays off
    assert.equal(addWorkingDays(d('2025-01-02'), 1), '2025-01-05');
  });

  it('applies the 2023 and 2024 transfers', () => {
    assert.ok(isWorkingDay(d('2024-05-04')));
    assert.ok(!isWorkingDay(d('2024-05-08')));
    assert.ok(isWorkingDay(d('2023-07-01')));
    assert.ok(!isWorkingDay(d('2023-07-07')));
  });

  it('keeps the data well-formed: swaps inside the year, Kurban ait in its year', () => {
    for (const [key, data] of Object.entries(CALENDAR_YEARS)) {
      if (data?.kurbanAit) assert.equal(data.kurbanAit.firstDay.slice(0, 4), key);
      if (data?.decree) assert.ok(data.kurbanAit, `${key}: a decree year needs its Kurban ait`);
      for (const t of data?.decree?.transfers ?? []) {
        assert.ok(isWeekend(t.workingDay) && t.workingDay.startsWith(key), t.workingDay);
        assert.ok(!isWeekend(t.dayOff) && t.dayOff.startsWith(key), t.dayOff);
      }
    }
  });

  it('never works a weekend day unless a decree says so, and lists every weekday off', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        const working = isWorkingDay(date);
        if (isWeekend(date)) assert.equal(working, decreeWorkingDays.has(date));
        else assert.equal(working, !holidaysOf(Number(date.slice(0, 4))).includes(date));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('F2 coverage: decree years are exact, others statutory', () => {
  it('reports which years have their transfers recorded', () => {
    for (const year of [2023, 2024, 2025, 2026]) assert.equal(calendarCoverage(year), 'decree');
    for (const year of [2027, 2030]) assert.equal(calendarCoverage(year), 'statutory');
  });

  it('applies only the statutory rules to a year without data (2028: New Year on a weekend)', () => {
    assert.deepEqual(holidaysOf(2028).slice(0, 3), ['2028-01-03', '2028-01-04', '2028-01-07']);
  });

  it('refuses years before the current list of holidays', () => {
    assert.throws(() => calendarCoverage(2022), RangeError);
    assert.throws(() => isWorkingDay(d('2022-12-30')), RangeError);
    assert.throws(() => holidaysOf(1999), RangeError);
    assert.throws(() => workingDaysBetween(d('2022-12-30'), d('2023-01-10')), RangeError);
  });
});

describe('F2 working-day arithmetic for deadlines', () => {
  it('counts "within 3 working days" from the day after the event', () => {
    // Fri 21 Mar 2025 is Nauryz; 22–25 are off; 26, 27, 28 are the three working days.
    assert.equal(addWorkingDays(d('2025-03-21'), 3), '2025-03-28');
    assert.equal(addWorkingDays(d('2025-12-12'), 3), '2025-12-18'); // past Independence Day
    assert.equal(addWorkingDays(d('2025-12-30'), 3), '2026-01-06'); // across the year end
  });

  it('gives the day itself or the next working day for n = 0', () => {
    assert.equal(addWorkingDays(d('2025-03-20'), 0), '2025-03-20');
    assert.equal(addWorkingDays(d('2025-03-22'), 0), '2025-03-26');
  });

  it('rejects a negative or fractional n', () => {
    assert.throws(() => addWorkingDays(d('2025-03-20'), -1), RangeError);
    assert.throws(() => addWorkingDays(d('2025-03-20'), 1.5), RangeError);
  });

  it('counts working days in (from, to]', () => {
    assert.equal(workingDaysBetween(d('2025-03-20'), d('2025-03-26')), 1);
    assert.equal(workingDaysBetween(d('2025-03-26'), d('2025-03-20')), -1);
    assert.equal(workingDaysBetween(d('2025-03-26'), d('2025-03-26')), 0);
    assert.equal(workingDaysBetween(d('2024-12-31'), d('2025-12-31')), 246);
    assert.equal(workingDaysBetween(d('2024-12-31'), d('2026-12-31')), 492);
  });

  it('always lands on a working day, later as n grows', () => {
    fc.assert(
      fc.property(anyDate, fc.nat(400), fc.nat(400), (date, n, m) => {
        const a = addWorkingDays(date, n);
        assert.ok(isWorkingDay(a));
        assert.ok(n === 0 ? a >= date : a > date);
        // From a day off, 0 working days is the next working day — the same day as 1 (so ≤, not <).
        if (n < m) assert.ok(n === 0 ? a <= addWorkingDays(date, m) : a < addWorkingDays(date, m));
      }),
    );
  });

  it('composes: a + b working days is a, then b more (a, b ≥ 1)', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 600 }), fc.integer({ min: 1, max: 600 }), (date, a, b) => {
        assert.equal(addWorkingDays(date, a + b), addWorkingDays(addWorkingDays(date, a), b));
      }),
    );
  });

  it('inverts: workingDaysBetween(d, addWorkingDays(d, n)) = n for n ≥ 1', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 1500 }), (date, n) => {
        assert.equal(workingDaysBetween(date, addWorkingDays(date, n)), n);
      }),
    );
  });

  it('agrees with stepping day by day, across years', () => {
    fc.assert(
      fc.property(anyDate, fc.nat(800), (date, n) => {
        assert.equal(addWorkingDays(date, n), stepWorkingDays(date, n));
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(anyDate, anyDate, (from, to) => {
        fc.pre(from <= to && toEpochDay(to) - toEpochDay(from) <= 800);
        assert.equal(workingDaysBetween(from, to), countWorkingDays(from, to));
      }),
      { numRuns: 200 },
    );
  });

  it('adds counts over consecutive spans and flips sign when reversed', () => {
    fc.assert(
      fc.property(anyDate, anyDate, anyDate, (a, b, c) => {
        assert.equal(workingDaysBetween(a, b) + workingDaysBetween(b, c), workingDaysBetween(a, c));
        assert.equal(workingDaysBetween(a, b) + workingDaysBetween(b, a), 0);
      }),
    );
  });

  it('adds 3 working days cheaply', () => {
    const start = performance.now();
    for (let i = 0; i < 100_000; i++) addWorkingDays(fromEpochDay(toEpochDay(d('2025-01-01')) + (i % 700)), 3);
    assert.ok(performance.now() - start < 2000);
  });
});
