// Owners and the people who act for them (P1.1, P2.1, P2.2, I4, P7): whether an owner is a minor or
// legally incapable on a date, who is a minor or incapable owner's legal representative, and who
// must consent to a registration. The rules (decision/decide.ts), the hall console and the ЦОН
// desk (services/hall-checks.ts) and the consent round (services/applications/checks.ts) all ask
// here, so each of these is read from the pilot in one place.
import { ageOn, type IsoDate } from './dates.ts';
import type { FactView } from './fact-index.ts';
import type { ParentRole } from './kinship.ts';
import type { BirthAct, Guardianship, Person } from './registry-facts.ts';

/** I8: a person is deceased from the date of death on. */
export function isDeadOn(person: Person, date: IsoDate): boolean {
  return person.deathDate !== null && person.deathDate <= date;
}

/** An owner as P1.1 and P2.1 see them on a date (the ФЛК by ГБД ФЛ and Е-Собес). */
export interface OwnerStatus {
  person: Person;
  /** Full years on the date, by the ГБД ФЛ birth date. */
  age: number;
  /** P1.1: under the ruleset's adult age on the date. */
  minor: boolean;
  /** Е-Собес: legally incapable. */
  incapable: boolean;
  /** I8: died on or before the date. */
  deceased: boolean;
  /**
   * P2.1: the ФЛК is positive — alive, and a minor or incapable. Such an owner sends the dwelling
   * to the operational hall (P1.1, I4) and answers through a legal representative (P2.2, I4).
   */
  positive: boolean;
}

/** P1.1, P2.1: the owner's status on the date; `adultAge` is the ruleset's (RulesetParams.adultAge). */
export function ownerStatus(person: Person, date: IsoDate, adultAge: number): OwnerStatus {
  const age = ageOn(person.birthDate, date);
  const minor = age < adultAge;
  const deceased = isDeadOn(person, date);
  return {
    person,
    age,
    minor,
    incapable: person.incapable,
    deceased,
    positive: !deceased && (minor || person.incapable),
  };
}

/**
 * I4, P1.1: the owners ГБД ФЛ holds and who are alive on the date, with their status, in the order
 * given (ЕГКН's: by IIN). An owner ГБД ФЛ does not hold is left out.
 */
export function livingOwners(
  facts: Pick<FactView, 'person'>,
  owners: readonly string[],
  date: IsoDate,
  adultAge: number,
): OwnerStatus[] {
  return owners
    .map((iin) => facts.person(iin))
    .filter((p): p is Person => p !== null)
    .map((p) => ownerStatus(p, date, adultAge))
    .filter((s) => !s.deceased);
}

/**
 * P2.2: what ЗАГС and the guardianship records show about who may act for the owner — the owner's
 * parents by the birth act and the guardians on record on the date — and what the representative
 * is by them: a parent, else a guardian, else nobody with authority.
 */
export type Authority = { mother: string | null; father: string | null; guardians: string[] } & (
  { kind: 'parent'; role: ParentRole } | { kind: 'guardian'; guardianship: Guardianship } | { kind: 'none' }
);

/** P2.2: the parent of the owner's birth act the representative is, if any. */
export function parentRoleOf(act: BirthAct | null, representative: string | null): ParentRole | null {
  if (act === null || representative === null) return null;
  return act.mother === representative ? 'mother' : act.father === representative ? 'father' : null;
}

/**
 * P2.2: the representative's authority over the owner, by the owner's birth act (ЗАГС) and the
 * guardianships on record on the date (`guardians`, as FactView.guardiansOf gives them). A
 * representative the application does not name (null) has none.
 */
export function authorityOf(
  act: BirthAct | null,
  guardians: readonly Guardianship[],
  representative: string | null,
): Authority {
  const facts = {
    mother: act?.mother ?? null,
    father: act?.father ?? null,
    guardians: guardians.map((g) => g.guardian),
  };
  const role = parentRoleOf(act, representative);
  if (role) return { ...facts, kind: 'parent', role };
  const guardianship = representative === null ? undefined : guardians.find((g) => g.guardian === representative);
  if (guardianship) return { ...facts, kind: 'guardian', guardianship };
  return { ...facts, kind: 'none' };
}

/** Who must answer for one owner (P7, I4). */
export interface Consenter {
  owner: string;
  /** The owner, or the legal representative of a minor or incapable owner (I4). */
  answerer: string;
}

export interface ConsentRequest {
  rka: string;
  applicant: string;
  /** The representative the hall verified (P2.2), for a minor or incapable owner. */
  representative: string | null;
  /** The application date: an owner's age is taken on it (P1.1). */
  date: IsoDate;
  adultAge: number;
}

/**
 * P7, I4: who must consent to the registration — every owner, through the legal representative
 * for a minor or incapable owner. Nobody when the applicant is an owner (I2). An owner ГБД ФЛ does
 * not hold is not asked, nor a minor or incapable owner when the application names no
 * representative (an online application: the rules sent such dwellings to the hall, P1.1).
 */
export function consenters(facts: Pick<FactView, 'person' | 'dwelling'>, request: ConsentRequest): Consenter[] {
  const owners = facts.dwelling(request.rka)?.owners.map((o) => o.iin) ?? [];
  // I2: an owner registering in their own dwelling needs nobody's consent.
  if (owners.includes(request.applicant)) return [];
  const result: Consenter[] = [];
  for (const person of owners.map((iin) => facts.person(iin))) {
    // A dead owner is never asked, even one who died after the application date: the question
    // goes out now, when the facts are read.
    if (person === null || person.deathDate !== null) continue;
    const status = ownerStatus(person, request.date, request.adultAge);
    if (!status.positive) result.push({ owner: person.iin, answerer: person.iin });
    else if (request.representative) result.push({ owner: person.iin, answerer: request.representative });
  }
  return result;
}
