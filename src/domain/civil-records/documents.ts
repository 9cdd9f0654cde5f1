// S7 (003 ¶B2): the documents a restoration needs, from the applicant's facts. Items 1–8 always
// or as the applicant's situation says; items 9–12 only when the lost record was registered
// before 2008; from 2008 the civil certificates come from the state system instead. The list is
// S7's service definition (public-services/standards-003-services.ts), read by requiredDocuments.
import type { IsoDate } from '../dates.ts';
import type { ApplicantFact } from '../public-services/definition.ts';
import { requiredDocuments, type ServiceDocument } from '../public-services/required-documents.ts';
import { S7 } from '../public-services/standards-003-services.ts';

export interface RestorationApplicant {
  /** The day the lost record was registered (its year is what item 9–12's condition reads). */
  recordRegistered: IsoDate;
  /** Filed by a representative with a notarized power of attorney (item 13). */
  representative: boolean;
  married: boolean;
  hasChildren: boolean;
  /** The applicant's parents were married (item 12, "if any"). */
  parentsMarried: boolean;
  hasLabourBook: boolean;
  student: boolean;
  militaryLiable: boolean;
  pensioner: boolean;
}

/** The S7 documents this applicant brings or the ЦОН receives from the state system. */
export function restorationDocuments(applicant: RestorationApplicant): ServiceDocument[] {
  const states: ApplicantFact[] = [];
  if (applicant.married) states.push('married');
  if (applicant.hasChildren) states.push('has-children');
  if (applicant.parentsMarried) states.push('parents-married');
  if (applicant.hasLabourBook) states.push('has-labour-book');
  if (applicant.student) states.push('student');
  if (applicant.militaryLiable) states.push('military-liable');
  if (applicant.pensioner) states.push('pensioner');
  return requiredDocuments(S7, {
    variant: 'S7',
    representative: applicant.representative,
    paidOutsideGateway: false,
    registered: applicant.recordRegistered,
    states,
  });
}
