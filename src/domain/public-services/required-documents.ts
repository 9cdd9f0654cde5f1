// services.md §5.4: which of a service's documents an application needs. A document is required
// when all its `when` conditions hold for the application's facts (none: always).
import type { IsoDate } from '../dates.ts';
import type { ApplicantFact, ServiceDefinition } from './definition.ts';

export type ServiceDocument = ServiceDefinition['documents'][number];
export type DocumentCondition = ServiceDocument['when'][number];

/** The facts the conditions of definition.ts read. */
export interface DocumentFacts {
  /** The variant applied for (S9a…); null for a service with one variant. */
  variant: string | null;
  /** Filed by a representative on the applicant's behalf. */
  representative: boolean;
  /** The fee is paid outside the payment gateway (ЭҮТШ), so its proof is needed. */
  paidOutsideGateway: boolean;
  /**
   * The day the civil-status registration the service is about was made (S7: the lost record).
   * Null when the service has no such registration: conditions on it then do not hold.
   */
  registered: IsoDate | null;
  /** What the applicant states about themselves. */
  states: readonly ApplicantFact[];
}

export function conditionHolds(condition: DocumentCondition, facts: DocumentFacts): boolean {
  switch (condition.kind) {
    case 'variant':
      return facts.variant !== null && condition.variants.includes(facts.variant);
    case 'representative':
      return facts.representative;
    case 'paid-outside-gateway':
      return facts.paidOutsideGateway;
    case 'registered-before':
      return facts.registered !== null && facts.registered < condition.date;
    case 'registered-from':
      return facts.registered !== null && facts.registered >= condition.date;
    case 'applicant-states':
      return facts.states.includes(condition.fact);
  }
}

/** The documents the application needs, in the definition's order. */
export function requiredDocuments(definition: ServiceDefinition, facts: DocumentFacts): ServiceDocument[] {
  return definition.documents.filter((d) => d.when.every((c) => conditionHolds(c, facts)));
}
