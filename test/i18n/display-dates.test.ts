// Dates as pages and documents show them: DD.MM.YYYY in Astana time, and the last day of a
// deadline stored as the first moment of the next day (F2).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { displayAstanaDateTime, displayDate, displayLastDay } from '../../src/i18n/display-dates.ts';

describe('display dates', () => {
  it('writes a calendar date as DD.MM.YYYY', () => {
    assert.equal(displayDate('2025-12-04'), '04.12.2025');
  });

  it('writes an instant in Astana time (UTC+5)', () => {
    assert.equal(displayAstanaDateTime(new Date('2025-12-04T19:30:00Z')), '05.12.2025 00:30');
  });

  it('gives the last day of a deadline that ends at the first moment of the next Astana day', () => {
    // 05.12.2025 00:00 in Astana: the owner may answer until the end of 04.12.2025.
    assert.equal(displayLastDay(new Date('2025-12-04T19:00:00Z')), '04.12.2025');
    assert.equal(displayLastDay(new Date('2025-12-04T19:00:00.001Z')), '05.12.2025');
  });
});
