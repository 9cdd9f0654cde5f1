// Who may act for a party on the filing date (issue 19 item 4). A natural person acts for
// themself; the head a legal entity has in ГБД ЮЛ acts for it without a power of attorney; anyone
// else needs a power of attorney that, on the filing date, is in force, was given by that party
// (signed by the person, or by the entity's head) to this person, and covers the service.
// S8 (services.md S8 Special): the result is handed to a representative only on a notarized one.
import type { IsoDate } from '../dates.ts';
import type { Iin } from '../iin.ts';
import { isActiveOn, type LegalEntity } from '../legal-entity.ts';
import type { ServiceId } from '../public-services/definition.ts';
import { sameParty } from './parties.ts';
import { coversService, type PowerOfAttorney } from './power-of-attorney.ts';

/** The represented party as the registries describe it: a person's IIN, or ГБД ЮЛ's entity. */
export type PartyFacts = { kind: 'natural'; iin: Iin } | { kind: 'legal'; entity: LegalEntity };

export interface RepresentationQuestion {
  actor: Iin;
  party: PartyFacts;
  powerOfAttorney: PowerOfAttorney | null;
  filingDate: IsoDate;
  service: ServiceId;
  /** A notarized power of attorney is required (S8: the result handed over at a ЦОН). */
  notarized?: boolean;
}

export type RepresentationProblem =
  | 'entity-not-active'
  | 'poa-missing'
  | 'poa-other-party'
  | 'poa-other-representative'
  | 'poa-issuer'
  | 'poa-not-yet-issued'
  | 'poa-expired'
  | 'poa-out-of-scope'
  | 'poa-not-notarized';

export type Authority =
  { ok: true; basis: 'self' | 'head' | 'power-of-attorney' } | { ok: false; problem: RepresentationProblem };

export function authorityToAct(q: RepresentationQuestion): Authority {
  const { actor, party, filingDate } = q;
  // A liquidated entity, or one not yet registered, has nobody to act for it.
  if (party.kind === 'legal' && !isActiveOn(party.entity, filingDate))
    return { ok: false, problem: 'entity-not-active' };
  if (party.kind === 'natural' && actor === party.iin) return { ok: true, basis: 'self' };
  if (party.kind === 'legal' && actor === party.entity.head) return { ok: true, basis: 'head' };
  const poa = q.powerOfAttorney;
  if (poa === null) return { ok: false, problem: 'poa-missing' };
  const represented =
    party.kind === 'natural'
      ? ({ kind: 'natural', iin: party.iin } as const)
      : ({ kind: 'legal', bin: party.entity.bin } as const);
  if (!sameParty(poa.represented, represented)) return { ok: false, problem: 'poa-other-party' };
  if (poa.representative !== actor) return { ok: false, problem: 'poa-other-representative' };
  // Signed by the person represented, or for an entity by its head as ГБД ЮЛ names them today
  // (the register holds no history of heads: docs/legal-entities.md).
  const signer = party.kind === 'natural' ? party.iin : party.entity.head;
  if (poa.issuer !== signer) return { ok: false, problem: 'poa-issuer' };
  if (poa.issuedOn > filingDate) return { ok: false, problem: 'poa-not-yet-issued' };
  if (poa.validUntil < filingDate) return { ok: false, problem: 'poa-expired' };
  if (!coversService(poa.scope, q.service)) return { ok: false, problem: 'poa-out-of-scope' };
  if (q.notarized === true && poa.notary === null) return { ok: false, problem: 'poa-not-notarized' };
  return { ok: true, basis: 'power-of-attorney' };
}
