// Kinship over ЗАГС acts (P5, I1, I6): who is whose parent, child, spouse, sibling, grandparent,
// grandchild or in-law on a date. Pure functions over the fact view.
import type { IsoDate } from './dates.ts';
import type { FactView } from './fact-index.ts';
import type { MarriageAct } from './registry-facts.ts';

export type ParentRole = 'mother' | 'father';

/** A relation as the applicant states it: what the applicant is to the owner. */
export type Relation =
  | { kind: 'child' | 'parent' | 'spouse' | 'sibling-full' | 'in-law' }
  | { kind: 'sibling-half'; parent: ParentRole }
  | { kind: 'grandparent' | 'grandchild'; side: ParentRole };

export type KinshipFacts = Pick<FactView, 'birthActOf' | 'birthActsAsParent' | 'marriagesOf'>;

/** The act facts a confirmation rests on, for the decision trace. */
export interface KinshipProof {
  confirmed: boolean;
  /** Short, auditable facts: which acts linked whom. */
  facts: Record<string, string | null | string[]>;
}

export function parentOf(facts: KinshipFacts, iin: string, role: ParentRole): string | null {
  return facts.birthActOf(iin)?.[role] ?? null;
}

export function childrenOf(facts: KinshipFacts, iin: string): string[] {
  return facts.birthActsAsParent(iin).map((b) => b.child);
}

/** I6: a marriage counts if registered by the date and not dissolved on it. */
export function marriageStandsOn(marriage: MarriageAct, date: IsoDate): boolean {
  return marriage.date <= date && (marriage.dissolved === null || marriage.dissolved > date);
}

export function spousesOn(facts: KinshipFacts, iin: string, date: IsoDate): string[] {
  return facts
    .marriagesOf(iin)
    .filter((m) => marriageStandsOn(m, date))
    .map((m) => (m.spouses[0] === iin ? m.spouses[1] : m.spouses[0]));
}

/** P5.2: both parents of the applicant are known and are the owner's parents. */
function fullSiblings(facts: KinshipFacts, a: string, b: string): KinshipProof {
  const mother = parentOf(facts, a, 'mother');
  const father = parentOf(facts, a, 'father');
  // As P5.2 describes it: find the applicant's parents, then look for the owner among their children.
  const viaMother = mother ? childrenOf(facts, mother).includes(b) : false;
  const viaFather = father ? childrenOf(facts, father).includes(b) : false;
  return { confirmed: a !== b && viaMother && viaFather, facts: { mother, father } };
}

/** P5.3: the stated parent of the applicant is that same parent of the owner. */
function halfSiblings(facts: KinshipFacts, a: string, b: string, parent: ParentRole): KinshipProof {
  const common = parentOf(facts, a, parent);
  const confirmed = a !== b && common !== null && parentOf(facts, b, parent) === common;
  return { confirmed, facts: { [parent]: common } };
}

/** P5.4: `grandparent` is a parent of `grandchild`'s father (side father) or mother (side mother). */
function grandparentBySide(
  facts: KinshipFacts,
  grandparent: string,
  grandchild: string,
  side: ParentRole,
): KinshipProof {
  const middle = parentOf(facts, grandchild, side);
  const act = middle ? facts.birthActOf(middle) : null;
  const confirmed = act !== null && (act.mother === grandparent || act.father === grandparent);
  return { confirmed, facts: { [side]: middle } };
}

/**
 * Whether `applicant` stands in `relation` to `owner` on `date`, and the facts that show it.
 * The relation is read as the applicant's: `child` means the applicant is the owner's child.
 */
export function confirmRelation(
  facts: KinshipFacts,
  applicant: string,
  owner: string,
  relation: Relation,
  date: IsoDate,
): KinshipProof {
  switch (relation.kind) {
    case 'child': {
      const act = facts.birthActOf(applicant);
      return {
        confirmed: act?.mother === owner || act?.father === owner,
        facts: { mother: act?.mother ?? null, father: act?.father ?? null },
      };
    }
    case 'parent': {
      const act = facts.birthActOf(owner);
      return {
        confirmed: act?.mother === applicant || act?.father === applicant,
        facts: { mother: act?.mother ?? null, father: act?.father ?? null },
      };
    }
    case 'spouse': {
      const spouses = spousesOn(facts, owner, date);
      return { confirmed: spouses.includes(applicant), facts: { spousesOnDate: spouses } };
    }
    case 'sibling-full':
      return fullSiblings(facts, applicant, owner);
    case 'sibling-half':
      return halfSiblings(facts, applicant, owner, relation.parent);
    case 'grandparent':
      return grandparentBySide(facts, applicant, owner, relation.side);
    case 'grandchild':
      return grandparentBySide(facts, owner, applicant, relation.side);
    case 'in-law':
      return inLaw(facts, applicant, owner, date);
  }
}

/** I1: close relatives are parents, children, full and half siblings, grandparents, grandchildren. */
export function isCloseRelative(facts: KinshipFacts, a: string, b: string, date: IsoDate): boolean {
  return CLOSE_RELATIONS.some((r) => confirmRelation(facts, a, b, r, date).confirmed);
}

/**
 * I1: through a marriage standing on the date, (a) the applicant is a close relative of the
 * owner's spouse, or (b) the owner is a close relative of the applicant's spouse.
 */
function inLaw(facts: KinshipFacts, applicant: string, owner: string, date: IsoDate): KinshipProof {
  const ownerSpouses = spousesOn(facts, owner, date);
  const viaOwnerSpouse =
    ownerSpouses.find((s) => s !== applicant && isCloseRelative(facts, applicant, s, date)) ?? null;
  if (viaOwnerSpouse) return { confirmed: true, facts: { ownerSpouse: viaOwnerSpouse } };
  const applicantSpouses = spousesOn(facts, applicant, date);
  const viaApplicantSpouse =
    applicantSpouses.find((s) => s !== owner && isCloseRelative(facts, owner, s, date)) ?? null;
  return {
    confirmed: viaApplicantSpouse !== null,
    facts: { ownerSpouses, applicantSpouses, applicantSpouse: viaApplicantSpouse },
  };
}

/** Every relation the applicant could claim that the acts confirm, in a fixed order. */
export const ALL_RELATIONS: readonly Relation[] = [
  { kind: 'child' },
  { kind: 'parent' },
  { kind: 'spouse' },
  { kind: 'sibling-full' },
  { kind: 'sibling-half', parent: 'mother' },
  { kind: 'sibling-half', parent: 'father' },
  { kind: 'grandparent', side: 'father' },
  { kind: 'grandparent', side: 'mother' },
  { kind: 'grandchild', side: 'father' },
  { kind: 'grandchild', side: 'mother' },
  { kind: 'in-law' },
];

/** I1's close relatives: every relation but marriage and affinity themselves. */
const CLOSE_RELATIONS = ALL_RELATIONS.filter((r) => r.kind !== 'spouse' && r.kind !== 'in-law');

export function relationLabel(r: Relation): string {
  return r.kind === 'sibling-half'
    ? `${r.kind}:${r.parent}`
    : r.kind === 'grandparent' || r.kind === 'grandchild'
      ? `${r.kind}:${r.side}`
      : r.kind;
}

/**
 * Every relation the acts confirm between applicant and owner. Affinity (I1) is listed only when
 * no blood relation is found: a common grandchild is also a relative of the owner's spouse, but
 * naming "in-law" beside "grandchild" would only confuse.
 */
export function confirmedRelations(facts: KinshipFacts, applicant: string, owner: string, date: IsoDate): Relation[] {
  const found = ALL_RELATIONS.filter((r) => confirmRelation(facts, applicant, owner, r, date).confirmed);
  const blood = found.filter((r) => r.kind !== 'in-law' && r.kind !== 'spouse');
  return blood.length > 0 ? found.filter((r) => r.kind !== 'in-law') : found;
}
