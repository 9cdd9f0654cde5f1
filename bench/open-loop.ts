// The pure parts of the open-loop mode of `npm run bench:api` (issue 20, item 1): when the
// applications are due, the percentiles, and the JSON line the run ends with. An open loop sends
// each application at its scheduled time whether or not earlier ones have been answered, and
// measures its latency from that time: a server that falls behind makes the latencies grow instead
// of making the load generator wait (coordinated omission), so queueing cannot hide.

/** Send times, in ms after the start, of `rate` applications a second for `seconds` seconds, evenly spaced. */
export function arrivalOffsets(rate: number, seconds: number): number[] {
  if (!(rate > 0) || !(seconds >= 0)) return [];
  const count = Math.floor(rate * seconds + 1e-9);
  return Array.from({ length: count }, (_, i) => (i * 1000) / rate);
}

/** The index of the first arrival after `from` that is not yet due `elapsed` ms after the start. */
export function dueUpTo(offsets: readonly number[], from: number, elapsed: number): number {
  let i = from;
  while (i < offsets.length && offsets[i]! <= elapsed) i++;
  return i;
}

/** The p-th percentile (nearest rank) of ascending `sorted`: NaN for none. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export interface OpenLoopSummary {
  /** Applications a second the schedule asked for. */
  rate: number;
  /** Applications a second answered successfully within the measured window. */
  achieved: number;
  /** Scheduled arrival → decision, in ms. */
  p50: number;
  p99: number;
  /** Applications of the measured window that failed, were not sent or not answered. */
  errors: number;
}

/** The last line of an open-loop run: one JSON object, numbers rounded (null for none measured). */
export function summaryLine(summary: OpenLoopSummary): string {
  const round = (n: number, digits: number) => (Number.isFinite(n) ? Number(n.toFixed(digits)) : null);
  return JSON.stringify({
    rate: summary.rate,
    achieved: round(summary.achieved, 1),
    p50: round(summary.p50, 2),
    p99: round(summary.p99, 2),
    errors: summary.errors,
  });
}
