// The catalogue of public services (services.md §1): every definition S1–S10, effective-dated
// like the rulesets (pilot.md §0). Adding a service is adding its definition here
// (docs/service-engine.md).
import type { IsoDate } from '../dates.ts';
import type { DeadlineService } from '../deadlines/rules.ts';
import { S9, S10 } from './cadastre-services.ts';
import type { ServiceDefinition, ServiceId } from './definition.ts';
import { S1, S2 } from './identity-document-services.ts';
import { S3, S4, S5 } from './residence-services.ts';
import { S6, S7, S8 } from './standards-003-services.ts';

/** Every version of every service, in catalogue order. */
export const SERVICE_DEFINITIONS: readonly ServiceDefinition[] = [S1, S2, S3, S4, S5, S6, S7, S8, S9, S10];

export type ServiceChoice = { readonly definition: ServiceDefinition; readonly inForce: boolean };

function inForceOn(definition: ServiceDefinition, date: IsoDate): boolean {
  const { from, to } = definition.validity;
  return (from === null || from <= date) && (to === null || date <= to);
}

/**
 * The version of a service in force on `date`; when none is, the latest version, marked not in
 * force (as chooseRuleset does), so a case filed under an old version can still be read.
 */
export function serviceOn(id: ServiceId, date: IsoDate): ServiceChoice {
  const versions = SERVICE_DEFINITIONS.filter((d) => d.id === id);
  const current = versions.find((d) => inForceOn(d, date));
  if (current) return { definition: current, inForce: true };
  const latest = versions.at(-1);
  if (!latest) throw new RangeError(`service catalogue: no definition of ${id}`);
  return { definition: latest, inForce: false };
}

/** The latest version of each service, in catalogue order (S1–S10). */
export function latestDefinitions(): ServiceDefinition[] {
  const latest = new Map<ServiceId, ServiceDefinition>();
  for (const definition of SERVICE_DEFINITIONS) latest.set(definition.id, definition);
  return [...latest.values()];
}

/** The service and variant whose deadline is the D4 rule of `service` (S9b → S9, variant S9b). */
export function definitionWithDeadline(
  service: DeadlineService,
): { definition: ServiceDefinition; variant: ServiceDefinition['variants'][number] } | undefined {
  for (const definition of latestDefinitions())
    for (const variant of definition.variants)
      if (variant.deadline.kind === 'rule' && variant.deadline.rule.service === service) return { definition, variant };
  return undefined;
}
