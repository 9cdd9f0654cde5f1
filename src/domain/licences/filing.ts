// Issue 19: what an S6 or S8 filing states, as the definitions' `when` conditions read it
// (services.md §5.4). S8 (003 ¶B3): the competent body's document on the processing conditions
// only when the purpose is not repair; S6 (003 ¶B1): the contract between importer and end user
// when an intermediary files; both: the representative's authority when a representative files.
import type { ApplicantStatements } from '../case-documents/required.ts';
import type { Authority } from '../applicants/representation.ts';
import type { PowerOfAttorney } from '../applicants/power-of-attorney.ts';
import type { IsoDate } from '../dates.ts';
import type { ApplicantFact } from '../public-services/definition.ts';

export const LICENCE_SERVICES = ['S6', 'S8'] as const;
export type LicenceService = (typeof LICENCE_SERVICES)[number];
export const isLicenceService = (s: string): s is LicenceService => (LICENCE_SERVICES as readonly string[]).includes(s);

/** A power of attorney as a filing keeps it (licence_filings.power_of_attorney). */
export type LicencePowerOfAttorney = PowerOfAttorney;

/** What the applicant answers that the document list depends on. */
export interface LicenceAnswers {
  /** S8: the goods are processed abroad for repair (¶B3: then no competent body's document). */
  readonly purposeRepair?: boolean | undefined;
  /** S6: the applicant files as an intermediary between importer and end user (¶B1). */
  readonly intermediary?: boolean | undefined;
}

/** The statements for requiredDocuments / documentsNeeded, given the basis the actor acts on. */
export function licenceStatements(
  service: LicenceService,
  answers: LicenceAnswers,
  basis: Extract<Authority, { ok: true }>['basis'],
): ApplicantStatements {
  const facts = new Set<ApplicantFact | 'representative'>();
  if (basis === 'power-of-attorney') facts.add('representative');
  if (service === 'S8' && answers.purposeRepair !== true) facts.add('purpose-not-repair');
  if (service === 'S6' && answers.intermediary === true) facts.add('intermediary');
  return facts;
}

/**
 * The question that must be answered for the service: S8 asks the purpose, S6 whether an
 * intermediary files; an answer for the other service is not asked.
 */
export function answersProblem(service: LicenceService, answers: LicenceAnswers): string | null {
  if (service === 'S8' && answers.purposeRepair === undefined) return '/purposeRepair';
  if (service === 'S6' && answers.intermediary === undefined) return '/intermediary';
  if (service === 'S8' && answers.intermediary !== undefined) return '/intermediary';
  if (service === 'S6' && answers.purposeRepair !== undefined) return '/purposeRepair';
  return null;
}

/** 003 ¶B3: the receipt given on acceptance at a ЦОН, as its page prints it. */
export interface LicenceReceipt {
  readonly number: string;
  readonly service: LicenceService;
  readonly conOffice: string;
  readonly acceptedOn: IsoDate;
  readonly dueOn: IsoDate | null;
  readonly documents: readonly string[];
}
