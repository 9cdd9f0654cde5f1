// S7 (003 ¶B2): a civil-status act restored by ЗАГС, and the record of its restoration — who
// restored it, when, on what basis, in which case. Birth and marriage acts are restorable here:
// they are what the registration rules read kinship from (pilot.md P5, I1, I6).
import type { IsoDate } from '../dates.ts';
import type { BirthAct, MarriageAct } from '../registry-facts.ts';

export type RestorableAct = BirthAct | MarriageAct;

/** The ЗАГС employee who restores an act, and their office. */
export interface Restorer {
  iin: string;
  office: string;
}

export interface RestorationRecord {
  /** The documents the restoration rests on (003 ¶B2 items 3–12), as the employee names them. */
  basis: string;
  /** The S7 case the restoration closes. */
  caseReference: string;
  restoredBy: Restorer;
  restoredAt: Date;
}

export interface Restoration extends RestorationRecord {
  id: number;
  act: RestorableAct;
  /** The Astana date of restoredAt. */
  restoredOn: IsoDate;
}

/** The people an act is about: the child, or both spouses. */
export function subjectsOf(act: RestorableAct): string[] {
  return act.type === 'birth' ? [act.child] : [...act.spouses];
}

/** Whether the registry already holds this act: a child has one birth act; a marriage is its spouses and date. */
export function sameAct(a: RestorableAct, b: RestorableAct): boolean {
  if (a.type === 'birth') return b.type === 'birth' && a.child === b.child;
  if (b.type === 'birth') return false;
  const pair = (m: MarriageAct) => [...m.spouses].sort().join('|');
  return pair(a) === pair(b) && a.date === b.date;
}
