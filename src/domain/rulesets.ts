// Rulesets are data with a validity period and a version (pilot.md §0); every decision records
// the one that made it. Parameters can be overridden by deployment configuration.
import { type IsoDate, isoDate } from './dates.ts';
import { extensionCovering, type LegalAct, replacementOn, type RulesetSuccession } from './ruleset-succession.ts';

export type AreaRounding = 'floor' | 'round' | 'ceil';

export interface RulesetParams {
  /** N1: m² of the dwelling's area per registered person in Astana. */
  astanaAreaPerPerson: number;
  /** N1: how capacity = area / areaPerPerson is rounded to whole persons. */
  areaRounding: AreaRounding;
  /** N1: whether active temporary registrations count towards the norm. */
  countTemporaryRegistrations: boolean;
  /** I4: consent of all adult capable owners, or of any one. */
  ownerConsent: 'all' | 'any';
  /** P1.1: under this age on the application date an owner is a minor. */
  adultAge: number;
  /** I7: members registered along with a parent are under this age. */
  memberMaxAge: number;
  /** P3, N1: the city where the norm and the online-only rule apply. */
  capital: string;
  /** F4: calendar days after arrival within which the application is due. */
  arrivalWindowDays: number;
}

export interface Ruleset {
  id: string;
  version: string;
  validFrom: IsoDate;
  validTo: IsoDate;
  legalBasis: string;
  params: RulesetParams;
}

export const KZ_PILOT_2025: Ruleset = {
  id: 'kz-pilot-2025',
  version: '1.0.0',
  validFrom: isoDate(2025, 11, 11),
  validTo: isoDate(2026, 6, 30),
  legalBasis:
    'Joint order of the Minister of AI and Digital Development and the Minister of Internal Affairs of 7 Oct 2025 (pilot algorithm); Astana maslikhat decision of 26 Dec 2025 (N1)',
  params: {
    astanaAreaPerPerson: 15,
    areaRounding: 'floor',
    countTemporaryRegistrations: true,
    ownerConsent: 'all',
    adultAge: 18,
    memberMaxAge: 14,
    capital: 'astana',
    arrivalWindowDays: 10,
  },
};

export const RULESETS: readonly Ruleset[] = [KZ_PILOT_2025];

/** The ruleset used when none is in force on the date (pilot.md §0: the pilot, continued). */
export const DEFAULT_RULESET = KZ_PILOT_2025;

/** The act that keeps the ruleset in force on the date past its own period (pilot.md §0). */
export type ExtendedBy = LegalAct & { validTo: IsoDate };

export type RulesetChoice =
  { ok: true; ruleset: Ruleset; inForce: boolean; extendedBy?: ExtendedBy } | { ok: false; id: string };

function inForceChoice(ruleset: Ruleset, date: IsoDate, successions: readonly RulesetSuccession[]): RulesetChoice {
  if (ruleset.validFrom <= date && date <= ruleset.validTo) return { ok: true, ruleset, inForce: true };
  const extension = extensionCovering(ruleset, date, successions);
  return extension
    ? { ok: true, ruleset, inForce: true, extendedBy: { ...extension.act, validTo: extension.validTo } }
    : { ok: true, ruleset, inForce: false };
}

/**
 * pilot.md §0: the ruleset in force on the date, counting the recorded successions (extensions and
 * replacements by a legal act); when none is, the pilot continued, flagged as outside validity.
 */
export function chooseRuleset(
  date: IsoDate,
  requested?: string,
  successions: readonly RulesetSuccession[] = [],
): RulesetChoice {
  if (requested !== undefined) {
    const ruleset = RULESETS.find((r) => r.id === requested);
    if (!ruleset) return { ok: false, id: requested };
    return inForceChoice(ruleset, date, successions);
  }
  const own = RULESETS.find((r) => r.validFrom <= date && date <= r.validTo);
  if (own) return { ok: true, ruleset: own, inForce: true };
  const replacement = replacementOn(DEFAULT_RULESET, date, successions);
  const successor = replacement && RULESETS.find((r) => r.id === replacement.replacedBy);
  return inForceChoice(successor ?? DEFAULT_RULESET, date, successions);
}

export function effectiveParams(ruleset: Ruleset, overrides: Partial<RulesetParams> = {}): RulesetParams {
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined));
  return { ...ruleset.params, ...defined };
}
