// issue 17: the catalogue as `tirkeu services` (and later the portal) shows it. A service is
// `implemented` only where a flow runs it end to end in Tirkeu today — never for a catalogue
// entry alone. S3–S5 are the hand-built flows of issues 5 and 13; S7 (issue 18), S9 and S10
// (issue 17) run on the service engine (src/domain/cases).
import type { ChannelKind, ServiceDefinition, ServiceId } from '../domain/public-services/definition.ts';
import { latestDefinitions } from '../domain/public-services/catalogue.ts';
import type { Localized } from '../i18n/messages.ts';
import type { ServiceId as LifecycleService } from '../domain/lifecycle/states.ts';

/**
 * A flow that runs a catalogue service: lifecycle services (applications), the certificate issuer,
 * or the case engine (src/domain/cases) for the variants whose filing, back office and result work
 * end to end.
 */
export type ServiceFlow =
  | { readonly kind: 'applications'; readonly lifecycle: readonly LifecycleService[] }
  | { readonly kind: 'certificates'; readonly module: 'src/services/certificates/issue.ts' }
  | { readonly kind: 'cases'; readonly variants: readonly string[] };

export const IMPLEMENTED_FLOWS: Partial<Record<ServiceId, ServiceFlow>> = {
  S3: { kind: 'applications', lifecycle: ['registration-permanent', 'registration-temporary'] },
  S4: { kind: 'applications', lifecycle: ['deregistration'] },
  S5: { kind: 'certificates', module: 'src/services/certificates/issue.ts' },
  // Issue 18 item 4: the ЦОН intake (console/restoration), ЗАГС's restore step in the back office,
  // the request in the cabinet (services/civil-records/intake.ts, cases/registry-writes.ts).
  S7: { kind: 'cases', variants: ['S7'] },
  // Issue 17: filed on the portal (S9a with the new object's description), the back office's
  // chain, the sealed results to the cabinet after the payments, and the correction a renaming
  // decision opens (004 cl.7).
  S9: { kind: 'cases', variants: ['S9a', 'S9b', 'S9c', 'S9-correction'] },
  S10: { kind: 'cases', variants: ['S10'] },
  // Issue 19: the guarantee obligation and the processing permit — portal and ЦОН filing, the
  // committee's back office, the signed result (docs/licences.md).
  S6: { kind: 'cases', variants: ['S6'] },
  S8: { kind: 'cases', variants: ['S8'] },
  // Issue 18: S1 intake → registers through the units → hand-over; S2 accept → journal → issue
  // (src/services/identity-documents/, docs/identity-documents.md).
  S1: { kind: 'cases', variants: ['S1'] },
  S2: { kind: 'cases', variants: ['S2'] },
};

export interface CatalogueEntry {
  readonly id: ServiceId;
  readonly name: Localized;
  readonly source: string;
  readonly channels: readonly ChannelKind[];
  readonly implemented: boolean;
}

function entryOf(definition: ServiceDefinition): CatalogueEntry {
  return {
    id: definition.id,
    name: { ...definition.name },
    source: definition.source,
    channels: definition.channels.map((c) => c.kind),
    implemented: IMPLEMENTED_FLOWS[definition.id] !== undefined,
  };
}

/** Every service S1–S10 with its latest definition. */
export function serviceCatalogue(): CatalogueEntry[] {
  return latestDefinitions().map(entryOf);
}
