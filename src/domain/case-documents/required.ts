// services.md §5.4, 004 L1 r.8: the e-copies the applicant uploads for a variant are the
// definition's documents of kind `e-copy` from the applicant whose `when` conditions all hold.
// Nothing about S9 is written here: S9a asks for the commissioning act and the land-plot
// document, S9b/S9c for the title document and the land-plot document "if any" because the
// definition says so.
import type { ApplicantFact, ServiceDefinition } from '../public-services/definition.ts';

/**
 * What the applicant stated about themselves (the `applicant-states` conditions), and
 * `representative` when a representative files (the `representative` condition: S6, S8 ask for
 * the authority document).
 */
export type ApplicantStatements = ReadonlySet<ApplicantFact | 'representative'>;

/**
 * The documents uploaded on the portal: e-copies, and for the services filed on paper as well
 * (S6, S8: 003 ¶B1, ¶B3) the copies, forms and the authority the applicant brings — scanned.
 * Not the application form: on the portal the request itself is the application.
 */
const UPLOADED_KINDS: readonly string[] = ['e-copy', 'copy', 'form', 'authority'];
const uploaded = (d: ServiceDefinition['documents'][number]) =>
  d.from === 'applicant' && UPLOADED_KINDS.includes(d.kind) && d.id !== 'application';

export interface NeededDocument {
  readonly id: string;
  readonly title: string;
  readonly source: string;
}

/** Documents whose `when` conditions could apply to the variant, whatever the applicant states. */
export function documentsOfVariant(definition: ServiceDefinition, variant: string): NeededDocument[] {
  return definition.documents
    .filter(uploaded)
    .filter((d) => d.when.every((c) => c.kind !== 'variant' || c.variants.includes(variant)))
    .map(({ id, title, source }) => ({ id, title, source }));
}

/** The e-copies the applicant must upload for the variant, given what they stated. */
export function documentsNeeded(
  definition: ServiceDefinition,
  variant: string,
  statements: ApplicantStatements,
): NeededDocument[] {
  const ids = new Set(documentsOfVariant(definition, variant).map((d) => d.id));
  return definition.documents
    .filter((d) => ids.has(d.id))
    .filter((d) =>
      d.when.every((c) => {
        if (c.kind === 'variant') return c.variants.includes(variant);
        if (c.kind === 'applicant-states') return statements.has(c.fact);
        if (c.kind === 'representative') return statements.has('representative');
        // Other conditions (payment outside the gateway, registration dates) are not asked on the portal.
        return false;
      }),
    )
    .map(({ id, title, source }) => ({ id, title, source }));
}

/** The applicant facts the variant's documents depend on (the questions to ask). */
export function statementsAsked(definition: ServiceDefinition, variant: string): ApplicantFact[] {
  const ids = new Set(documentsOfVariant(definition, variant).map((d) => d.id));
  return definition.documents
    .filter((d) => ids.has(d.id))
    .flatMap((d) => d.when.flatMap((c) => (c.kind === 'applicant-states' ? [c.fact] : [])));
}
