// What a check of the rules yields: a trace entry (scenario.md "Output"), and a verdict when it
// ends the judgement. Shared by the applicant's checks, the members' (I7) and the person checks.
import type { Basis, Explanation, FactValue, Outcome, Reason, TraceEntry } from './types.ts';

export interface Verdict {
  outcome: Outcome;
  basis: Basis | null;
  reason: Reason | null;
  hints: string[];
  explanation: Explanation;
}

/** One check made: its trace entry, and the verdict that stops the judgement, when it does. */
export interface Check extends TraceEntry {
  stop: Verdict | null;
}

export class Trace {
  readonly entries: TraceEntry[] = [];

  add(clause: string, check: string, facts: Record<string, FactValue>, result: string): void {
    this.entries.push({ clause, check, facts, result });
  }

  /** Records the check; returns the verdict it stops with, or null to go on. */
  run({ stop, ...entry }: Check): Verdict | null {
    this.entries.push(entry);
    return stop;
  }
}

export const eligible = (basis: Basis, params: Explanation['params'] = {}): Verdict => ({
  outcome: 'eligible',
  basis,
  reason: null,
  hints: [],
  explanation: { key: `eligible.${basis}`, params },
});

export const stop = (
  outcome: Exclude<Outcome, 'eligible'>,
  reason: Reason,
  params: Explanation['params'] = {},
  hints: string[] = [],
): Verdict => ({
  outcome,
  basis: null,
  reason,
  hints,
  explanation: { key: `${outcome}.${reason}`, params },
});
