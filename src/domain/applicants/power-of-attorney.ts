// A power of attorney as the representative shows it (issue 19 item 4): its number and date,
// how long it is valid, who signed it and whether a notary certified it, whom it represents,
// to whom it is given and for which services. services.md S6/S8 ask for the representative's
// "authority"; S8 asks, at the ЦОН's issue of the result, for a notarized one.
import type { IsoDate } from '../dates.ts';
import type { Iin } from '../iin.ts';
import type { ServiceId } from '../public-services/definition.ts';
import type { Party } from './parties.ts';

/** What the power of attorney lets the representative do: any public service, or the ones named. */
export type PowerScope = { kind: 'all-services' } | { kind: 'services'; services: readonly ServiceId[] };

export interface PowerOfAttorney {
  number: string;
  issuedOn: IsoDate;
  /** Last day it is valid, as written on it. */
  validUntil: IsoDate;
  /** Who signed it for the represented party: the person themself, or a legal person's head. */
  issuer: Iin;
  /** The notary who certified it, or null for a simple written power of attorney. */
  notary: string | null;
  represented: Party;
  representative: Iin;
  scope: PowerScope;
}

export function coversService(scope: PowerScope, service: ServiceId): boolean {
  return scope.kind === 'all-services' || scope.services.includes(service);
}
