// What a ЦОН operator sees of an owner and a representative before filing (P1.1, P2.1, P2.2):
// the format-logical check (ФЛК) of the owner by ГБД ФЛ and Е-Собес, and the representative's
// authority by the owner's birth act (ЗАГС) or the guardianship record. The rules (decide.ts)
// judge the filed application again on the same facts; these only let the operator see the
// answer at the counter, before the applicant's other details are taken.
import { ageOn, type IsoDate } from '../domain/dates.ts';
import type { Guardianship, Person } from '../domain/registry-facts.ts';
import { chooseRuleset, DEFAULT_RULESET, effectiveParams } from '../domain/rulesets.ts';
import type { ServiceContext } from './context.ts';

export interface OwnerFlk {
  person: Person;
  age: number;
  /** P1.1: under the ruleset's adult age on the date. */
  minor: boolean;
  /** Е-Собес: legally incapable. */
  incapable: boolean;
  deceased: boolean;
  /** P2.1: the hall serves the case (minor or incapable, alive); P2.3 when not. */
  positive: boolean;
}

/** P2.1 ФЛК of the owner on the date; null when ГБД ФЛ has no such person (I8). */
export async function ownerFlk(ctx: ServiceContext, iin: string, date: IsoDate): Promise<OwnerFlk | null> {
  const person = await ctx.registries.persons.person(iin);
  if (!person) return null;
  // Without an id the choice never fails: outside every period the pilot continues (§0).
  const choice = chooseRuleset(date);
  const { adultAge } = effectiveParams(choice.ok ? choice.ruleset : DEFAULT_RULESET);
  const age = ageOn(person.birthDate, date);
  const minor = age < adultAge;
  const deceased = person.deathDate !== null && person.deathDate <= date;
  return {
    person,
    age,
    minor,
    incapable: person.incapable,
    deceased,
    positive: !deceased && (minor || person.incapable),
  };
}

export type Authority =
  | { kind: 'parent'; role: 'mother' | 'father' }
  | { kind: 'guardian'; guardianship: Guardianship }
  | { kind: 'none'; mother: string | null; father: string | null; guardians: string[] };

/** P2.2: a parent by the owner's birth act, else a guardian recorded on the date, else none. */
export async function representativeAuthority(
  ctx: ServiceContext,
  owner: string,
  representative: string,
  date: IsoDate,
): Promise<Authority> {
  const act = await ctx.registries.civil.birthActOf(owner);
  if (act?.mother === representative) return { kind: 'parent', role: 'mother' };
  if (act?.father === representative) return { kind: 'parent', role: 'father' };
  const guardians = await ctx.registries.guardianships.guardiansOf(owner, date);
  const guardianship = guardians.find((g) => g.guardian === representative);
  if (guardianship) return { kind: 'guardian', guardianship };
  return {
    kind: 'none',
    mother: act?.mother ?? null,
    father: act?.father ?? null,
    guardians: guardians.map((g) => g.guardian),
  };
}
