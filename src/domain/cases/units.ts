// Which office does a step (S1's chain, 002 R1 App1): the ЦОН that accepted the case and its
// ҚАІІб do steps 1–3, 13 and 14; the region's migration police directorate (КҚПБ) steps 4, 11
// and 12; the MVD's Migration Police Department (КҚПД) steps 5–7, 9 and 10; its production
// centre (АӨО РМК) step 8. Offices are named by the project (docs/identity-documents.md):
// a ЦОН's region is the first part of its id (`astana-1` → `astana`), the region's КҚПБ is
// `kqpb-<region>`, and the two national units are `kqpd` and `aoo-rmk`.
import type { ServiceDefinition, StepUnit } from '../public-services/definition.ts';
import type { CaseFacts } from './case.ts';

type Step = ServiceDefinition['steps'][number];

/** The region of an office id: its first part (`astana-esil-1` → `astana`). */
export function regionOf(office: string): string {
  return office.split('-')[0] ?? office;
}

/** The office of `unit` that serves cases accepted at `caseOffice`. */
export function unitOffice(caseOffice: string, unit: StepUnit): string {
  return unit === 'kqpb' ? `kqpb-${regionOf(caseOffice)}` : unit;
}

/** The office whose staff do `step` of a case accepted at `caseOffice`. */
export function stepOffice(caseOffice: string, step: Step | undefined): string {
  return step?.unit === undefined ? caseOffice : unitOffice(caseOffice, step.unit);
}

/**
 * The office whose staff do `step` of `kase`: as `stepOffice`, except that an issuing step (S1's
 * hand-over) of a case with an issue office is done there (003 ¶B5: an extra check or decision —
 * the document is issued only at the registered address).
 */
export function caseStepOffice(
  kase: { readonly office: string; readonly facts: CaseFacts },
  step: Step | undefined,
): string {
  const issueOffice = kase.facts.issueOffice;
  return step?.issuing === true && issueOffice !== undefined ? issueOffice : stepOffice(kase.office, step);
}
