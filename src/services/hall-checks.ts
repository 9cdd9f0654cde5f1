// What a ЦОН operator sees of an owner and a representative before filing (P1.1, P2.1, P2.2):
// the format-logical check (ФЛК) of the owner by ГБД ФЛ and Е-Собес, and the representative's
// authority by the owner's birth act (ЗАГС) or the guardianship record. The rules (decide.ts)
// judge the filed application again on the same facts; these only let the operator see the
// answer at the counter, before the applicant's other details are taken.
// Every read the hall makes is an operator's read of a person's data: the exported functions
// take the operator and record whom they asked about in the access log (issue 13).
import type { IsoDate } from '../domain/dates.ts';
import { type Authority, authorityOf, type OwnerStatus, ownerStatus, parentRoleOf } from '../domain/owners.ts';
import type { Dwelling, Person } from '../domain/registry-facts.ts';
import { chooseRuleset, DEFAULT_RULESET, effectiveParams } from '../domain/rulesets.ts';
import type { Registries } from '../registries/ports.ts';
import type { Actor } from './actor.ts';
import type { ServiceContext } from './context.ts';
import { readRecorded } from './privacy/reads.ts';

type Operator = Actor & { kind: 'operator' };

/** P2.1: the owner's ФЛК, as the rules judge it (domain/owners.ts). */
export type OwnerFlk = OwnerStatus;
export type { Authority };

/** P2.1 ФЛК of the owner on the date; null when ГБД ФЛ has no such person (I8). Not recorded. */
export async function readOwnerFlk(registries: Registries, iin: string, date: IsoDate): Promise<OwnerFlk | null> {
  const person = await registries.persons.person(iin);
  if (!person) return null;
  // Without an id the choice never fails: outside every period the pilot continues (§0).
  const choice = chooseRuleset(date);
  const { adultAge } = effectiveParams(choice.ok ? choice.ruleset : DEFAULT_RULESET);
  return ownerStatus(person, date, adultAge);
}

/** P2.1 in the hall: the owner's ФЛК, recorded as the operator's read. */
export function ownerFlk(ctx: ServiceContext, actor: Operator, iin: string, date: IsoDate): Promise<OwnerFlk | null> {
  return readRecorded(ctx, { actor, purpose: 'hall-filing' }, (registries) => readOwnerFlk(registries, iin, date));
}

/** P2.2: a parent by the owner's birth act, else a guardian recorded on the date, else none. */
export async function readAuthority(
  registries: Registries,
  owner: string,
  representative: string,
  date: IsoDate,
): Promise<Authority> {
  const act = await registries.civil.birthActOf(owner);
  // The guardianship register is asked only when the birth act does not already show a parent:
  // every read of a person's data is logged (issue 13), so none is made that the answer does not need.
  const guardians =
    parentRoleOf(act, representative) === null ? await registries.guardianships.guardiansOf(owner, date) : [];
  return authorityOf(act, guardians, representative);
}

/** readAuthority for the hall console, recorded in the access log. */
export function representativeAuthority(
  ctx: ServiceContext,
  actor: Operator,
  owner: string,
  representative: string,
  date: IsoDate,
): Promise<Authority> {
  return readRecorded(ctx, { actor, purpose: 'hall-filing' }, (registries) =>
    readAuthority(registries, owner, representative, date),
  );
}

/** The ГБД ФЛ records of the people a hall case names (I8: typed IINs must exist), recorded. */
export function hallPersons(ctx: ServiceContext, actor: Operator, iins: readonly string[]): Promise<Person[]> {
  return readRecorded(ctx, { actor, purpose: 'hall-filing' }, (registries) => registries.persons.persons(iins));
}

/** The dwelling a hall case is filed for, with its owners (ЕГКН), recorded. */
export function hallDwelling(ctx: ServiceContext, actor: Operator, rka: string): Promise<Dwelling | null> {
  return readRecorded(ctx, { actor, purpose: 'hall-filing' }, (registries) => registries.realEstate.dwelling(rka));
}
