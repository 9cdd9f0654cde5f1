// What an applicant may state they are to the owner (P5, P6), as the value of a form option: the
// relation kinds of the rules, with the parent or side folded in ("sibling-half.mother"), the
// full-time student, and "none". The wizard and the hall console ask the same question.
import type { Claim } from '../../../domain/decision/types.ts';
import { relationLabel } from '../../../domain/kinship.ts';

export const RELATION_OPTIONS = [
  'child',
  'parent',
  'spouse',
  'sibling-full',
  'sibling-half.mother',
  'sibling-half.father',
  'grandparent.father',
  'grandparent.mother',
  'grandchild.father',
  'grandchild.mother',
  'in-law',
  'student',
  'none',
] as const;
export type RelationOption = (typeof RELATION_OPTIONS)[number];

export function isRelationOption(value: string | null | undefined): value is RelationOption {
  return (RELATION_OPTIONS as readonly string[]).includes(value ?? '');
}

/** The claim the rules read from an option. */
export function claimOf(option: RelationOption): Claim {
  const [kind, part] = option.split('.') as [string, 'mother' | 'father' | undefined];
  if (kind === 'sibling-half') return { kind, parent: part! };
  if (kind === 'grandparent' || kind === 'grandchild') return { kind, side: part! };
  return { kind } as Claim;
}

/** The option that states a claim (the rules' label, "sibling-half:mother", as an option value). */
export function optionOf(claim: Claim): RelationOption {
  const option =
    claim.kind === 'student' || claim.kind === 'none' ? claim.kind : relationLabel(claim).replace(':', '.');
  return option as RelationOption;
}
