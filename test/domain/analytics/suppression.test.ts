// Issue 21, privacy: aggregates only, and no published cell about 1–9 persons — neither shown
// nor recoverable from its row's total by subtraction.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  isSmallCell,
  MIN_CELL_PERSONS,
  publishCount,
  publishRow,
  suppressedInRow,
} from '../../../src/domain/analytics/suppression.ts';

describe('issue 21 privacy: a cell about fewer than 10 persons is suppressed', () => {
  it('suppresses 1 to 9 persons, shows 0 and 10 or more', () => {
    assert.equal(MIN_CELL_PERSONS, 10);
    assert.deepEqual(
      [0, 1, 9, 10, 11].map((n) => publishCount(n)),
      [0, null, null, 10, 11],
    );
    assert.equal(isSmallCell(0), false, 'nobody names no one');
  });

  it('suppresses a count of dwellings with the persons it is about', () => {
    assert.equal(publishCount(3, 2), null, '2 dwellings holding 3 persons');
    assert.equal(publishCount(40, 12), 12);
  });

  it('hides a second cell when one alone would be the total minus the others', () => {
    // 5 is small; with the total 125 shown it would be 125 − 100 − 20: 20 goes too.
    assert.deepEqual(publishRow([100, 5, 20, 0]), { cells: [100, null, null, 0], total: 125 });
    // Two small cells already hide each other.
    assert.deepEqual(publishRow([100, 5, 20, 3]), { cells: [100, null, 20, null], total: 128 });
  });

  it('hides the whole row when its total is small', () => {
    assert.deepEqual(publishRow([4, 0, 3]), { cells: [null, 0, null], total: null });
  });

  it('property: no shown cell or total is about 1–9 persons, shown cells are exact, no lone hidden cell', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 5000 })), { maxLength: 9 }),
        (persons) => {
          const { cells, total } = publishRow(persons);
          const hidden = suppressedInRow(persons);
          cells.forEach((cell, i) => {
            if (cell !== null) {
              assert.equal(cell, persons[i]);
              assert.ok(!isSmallCell(cell));
            } else assert.ok(hidden[i] && persons[i]! > 0);
          });
          if (total !== null) {
            assert.ok(!isSmallCell(total));
            // With the total shown, hidden non-empty cells come in twos or more.
            assert.notEqual(cells.filter((c, i) => c === null && persons[i]! > 0).length, 1);
          }
        },
      ),
    );
  });
});
