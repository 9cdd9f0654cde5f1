// pilot.md §0 ("Sources and validity"): rulesets are effective-dated; outside kz-pilot-2025's
// period (2025-11-11 – 2026-06-30) the deployment chooses a ruleset, by default the pilot
// continued with a note. A succession makes that choice explicit: an administrator records the
// legal act that extends a ruleset's period or replaces it by another ruleset, and decisions on
// the dates it covers cite the act instead of carrying the "outside validity" note.
import type { IsoDate } from './dates.ts';
import type { Ruleset } from './rulesets.ts';

export interface LegalAct {
  /** The act's title and number as published, e.g. "Joint order No. 123 of 20 June 2026". */
  reference: string;
  /** The act's date. */
  date: IsoDate;
}

export type SuccessionChange = { kind: 'extension'; validTo: IsoDate } | { kind: 'replacement'; replacedBy: string };

export type RulesetSuccession = SuccessionChange & {
  ruleset: string;
  act: LegalAct;
  /** The day (Astana) the administrator recorded it. */
  recordedOn: IsoDate;
};

/**
 * Whether a succession counts for a decision dated `date`. Effective-dated by both dates (see
 * docs/decisions.md, "Ruleset succession"): the act must exist (its date ≤ the decision's date) and
 * must have been recorded by then, so replaying a decision gives the answer it gave on its day.
 */
export function successionCounts(s: RulesetSuccession, date: IsoDate): boolean {
  return s.act.date <= date && s.recordedOn <= date;
}

/** The newest extension of `ruleset` that counts on `date` and covers it, if any. */
export function extensionCovering(
  ruleset: Ruleset,
  date: IsoDate,
  successions: readonly RulesetSuccession[],
): (RulesetSuccession & { kind: 'extension' }) | undefined {
  return successions
    .filter((s): s is RulesetSuccession & { kind: 'extension' } => s.kind === 'extension' && s.ruleset === ruleset.id)
    .filter((s) => successionCounts(s, date) && ruleset.validFrom <= date && date <= s.validTo)
    .sort((a, b) => (a.recordedOn < b.recordedOn ? -1 : a.recordedOn > b.recordedOn ? 1 : 0))
    .at(-1);
}

/** The replacement of `ruleset` that counts on a date after its period, if any (the newest). */
export function replacementOn(
  ruleset: Ruleset,
  date: IsoDate,
  successions: readonly RulesetSuccession[],
): (RulesetSuccession & { kind: 'replacement' }) | undefined {
  if (date <= ruleset.validTo) return undefined;
  return successions
    .filter(
      (s): s is RulesetSuccession & { kind: 'replacement' } => s.kind === 'replacement' && s.ruleset === ruleset.id,
    )
    .filter((s) => successionCounts(s, date))
    .at(-1);
}

export type SuccessionProblem = 'succession.unknown-ruleset' | 'succession.not-later' | 'succession.self-replacement';

/** Why a succession cannot be recorded, or null: it must name known rulesets and move forward. */
export function successionProblem(
  change: SuccessionChange & { ruleset: string },
  rulesets: readonly Ruleset[],
): { code: SuccessionProblem; id: string } | null {
  const ruleset = rulesets.find((r) => r.id === change.ruleset);
  if (!ruleset) return { code: 'succession.unknown-ruleset', id: change.ruleset };
  if (change.kind === 'extension')
    return change.validTo > ruleset.validTo ? null : { code: 'succession.not-later', id: ruleset.id };
  if (change.replacedBy === ruleset.id) return { code: 'succession.self-replacement', id: ruleset.id };
  return rulesets.some((r) => r.id === change.replacedBy)
    ? null
    : { code: 'succession.unknown-ruleset', id: change.replacedBy };
}
