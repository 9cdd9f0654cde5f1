// Who a public service is for and who files it (issue 19 item 4; services.md §5.2): a natural
// person (IIN) or a legal person (BIN), filing in person, through the head of the legal person,
// or through a representative with a power of attorney. S6 and S8 are for "legal and natural
// persons or representative" (services.md S6, S8 Applicant).
import type { Bin } from '../bin.ts';
import type { Iin } from '../iin.ts';
import type { Intermediary } from './intermediary.ts';
import type { PowerOfAttorney } from './power-of-attorney.ts';

export interface NaturalPerson {
  kind: 'natural';
  iin: Iin;
}

export interface LegalPerson {
  kind: 'legal';
  bin: Bin;
}

export type Party = NaturalPerson | LegalPerson;

export function sameParty(a: Party, b: Party): boolean {
  return a.kind === 'natural' ? b.kind === 'natural' && a.iin === b.iin : b.kind === 'legal' && a.bin === b.bin;
}

/**
 * An application's applicant: the party it is for, the person who files it (`actor`: the party
 * itself, the head of a legal person, or a representative), the power of attorney the actor
 * shows, if any, and — for S6 — the intermediary's contract when the legal person files as one.
 */
export type Applicant =
  | { kind: 'natural'; party: NaturalPerson; actor: Iin; powerOfAttorney: PowerOfAttorney | null }
  | {
      kind: 'legal';
      party: LegalPerson;
      actor: Iin;
      powerOfAttorney: PowerOfAttorney | null;
      /** S6 (003 ¶B1): the applicant is an intermediary between the importer and the end user. */
      intermediary: Intermediary | null;
    };
