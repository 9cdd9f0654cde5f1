// S4 at the ЦОН (002 R4 cl.4, App1): deregistration with its ground recorded and the address
// departure sheet (мекенжайдан кету парағы). The sheet "is provided for" persons gone abroad for
// permanent residence, sentenced to imprisonment, or whose right to use the dwelling a court
// declared terminated on the owner's claim (cl.4). Reading (services.md: ambiguous): the ЦОН
// deregisters on one of these grounds, with the reference that proves it.
import type { IsoDate } from '../dates.ts';

export const DEPARTURE_GROUNDS = ['abroad', 'imprisonment', 'court-decision'] as const;
export type DepartureGround = (typeof DEPARTURE_GROUNDS)[number];

export function isDepartureGround(value: unknown): value is DepartureGround {
  return typeof value === 'string' && (DEPARTURE_GROUNDS as readonly string[]).includes(value);
}

/** The departure sheet as the service seal signs it (canonical JSON) and the PDF prints it. */
export interface DepartureSheet {
  readonly kind: 'departure-sheet';
  /** The case's number (C-000123). */
  readonly number: string;
  readonly person: string;
  readonly rka: string;
  readonly registrationKind: 'permanent' | 'temporary';
  readonly registeredFrom: IsoDate;
  /** The registration's last day (registration-writes.ts: the day before, or the day it began). */
  readonly registeredTo: IsoDate;
  readonly ground: DepartureGround;
  /** What proves the ground: the court decision's number and date, the sentence, the country. */
  readonly reference: string;
  readonly office: string;
  /** ISO 8601 instant of issue. */
  readonly issuedAt: string;
}
