// The open-loop API benchmark's own arithmetic (bench/open-loop.ts), so that a change to it cannot
// silently change what the benchmark reports: the schedule, the percentiles and the last line.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { arrivalOffsets, dueUpTo, percentile, summaryLine } from '../../bench/open-loop.ts';

describe('the schedule: a fixed arrival rate', () => {
  it('sends rate × seconds applications, evenly spaced from the start', () => {
    const offsets = arrivalOffsets(4, 2);
    assert.deepEqual(offsets, [0, 250, 500, 750, 1000, 1250, 1500, 1750]);
    assert.equal(arrivalOffsets(150, 30).length, 4500);
    assert.ok(Math.abs(arrivalOffsets(150, 30)[4499]! - (4499 * 1000) / 150) < 1e-9);
  });

  it('sends nothing for a rate or duration of zero', () => {
    assert.deepEqual(arrivalOffsets(0, 10), []);
    assert.deepEqual(arrivalOffsets(10, 0), []);
  });

  it('makes every arrival due at its time, and the late ones all at once (none is skipped)', () => {
    const offsets = arrivalOffsets(10, 1);
    assert.equal(dueUpTo(offsets, 0, 0), 1);
    assert.equal(dueUpTo(offsets, 1, 99.9), 1);
    assert.equal(dueUpTo(offsets, 1, 100), 2);
    // The load generator woke up 450 ms late: the four arrivals it missed are all due now.
    assert.equal(dueUpTo(offsets, 2, 550), 6);
    assert.equal(dueUpTo(offsets, 6, 10_000), 10);
  });
});

describe('percentiles: nearest rank', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
  it('gives the value below which p % of the latencies lie', () => {
    assert.equal(percentile(hundred, 50), 50);
    assert.equal(percentile(hundred, 99), 99);
    assert.equal(percentile(hundred, 100), 100);
    assert.equal(percentile(hundred, 0), 1);
  });

  it('gives the slowest of a few for p99, and NaN for none', () => {
    assert.equal(percentile([3, 5, 40], 99), 40);
    assert.equal(percentile([7], 50), 7);
    assert.ok(Number.isNaN(percentile([], 50)));
  });
});

describe('the last line: one JSON object', () => {
  it('has rate, achieved, p50, p99 and errors, rounded', () => {
    const line = summaryLine({ rate: 150, achieved: 149.3333, p50: 12.3456, p99: 48.004, errors: 2 });
    assert.deepEqual(JSON.parse(line), { rate: 150, achieved: 149.3, p50: 12.35, p99: 48, errors: 2 });
    assert.ok(!line.includes('\n'));
  });

  it('writes null for latencies when nothing was answered', () => {
    const line = summaryLine({ rate: 500, achieved: 0, p50: Number.NaN, p99: Number.NaN, errors: 5000 });
    assert.deepEqual(JSON.parse(line), { rate: 500, achieved: 0, p50: null, p99: null, errors: 5000 });
  });
});
