// 003 ¶B1, ¶B3: S6 and S8 at a counter — a ЦОН, or the provider's office (the committee's own,
// channel `provider-office` in the definitions). The reception operator of the ЦОН, or the
// committee's executor at its office, takes the paper documents, the applicant's written consent
// to use legally protected data (¶B3: "the ЦОН employee obtains the written consent") and gives a
// receipt on acceptance; the case then goes to the committee.
import type { PowerOfAttorney } from '../../domain/applicants/power-of-attorney.ts';
import { type ApplicantStatements, documentsNeeded } from '../../domain/case-documents/required.ts';
import {
  isLicenceService,
  type LicenceAnswers,
  type LicenceReceipt,
  type LicenceService,
} from '../../domain/licences/filing.ts';
import { serviceOn } from '../../domain/public-services/catalogue.ts';
import { isUuid } from '../../domain/uuid.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { COMMITTEE_OFFICE, type CounterChannel, fileLicenceCase, type LicenceParty } from './file-licence.ts';

export interface ConIntake extends LicenceAnswers {
  readonly caseId: string;
  readonly service: LicenceService;
  readonly party: LicenceParty;
  /** The person at the counter (identified by the identity document the operator saw). */
  readonly applicant: string;
  readonly powerOfAttorney: PowerOfAttorney | null;
  /** The operator has the applicant's signed written consent. */
  readonly writtenConsent: boolean;
  /** The definition's document ids the applicant handed in. */
  readonly presented: readonly string[];
  /** S6 without an РКА for the legal address: whether the applicant is located in Astana. */
  readonly astana?: boolean | undefined;
}

/**
 * The counter the operator works at: a ЦОН's reception, or the committee's executor at the
 * provider's office (docs/licences.md "At the provider's office": the role that receives the
 * documents there, as it reviews them next); anyone else accepts nothing.
 */
export function counterOf(operator: Actor): CounterChannel {
  if (operator.kind === 'operator' && operator.role === 'reception') return 'con';
  if (operator.kind === 'operator' && operator.role === 'executor' && operator.office === COMMITTEE_OFFICE)
    return 'provider-office';
  throw new AppError('operator-only');
}

/** The channel a counter filing came through: the committee's office is the provider's office. */
export const counterOfOffice = (office: string): CounterChannel =>
  office === COMMITTEE_OFFICE ? 'provider-office' : 'con';

/** Accepts the filing at the operator's counter and gives the receipt; nothing is written on a refusal. */
export async function acceptAtCon(ctx: ServiceContext, operator: Actor, intake: ConIntake): Promise<LicenceReceipt> {
  const channel = counterOf(operator);
  if (operator.kind !== 'operator') throw new AppError('operator-only');
  if (!intake.writtenConsent) throw new AppError('case-document.no-consent', {}, { path: '/writtenConsent' });
  const filed = await fileLicenceCase(ctx, {
    caseId: intake.caseId,
    service: intake.service,
    party: intake.party,
    actor: intake.applicant,
    powerOfAttorney: intake.powerOfAttorney,
    consent: { means: 'written' },
    purposeRepair: intake.purposeRepair,
    intermediary: intake.intermediary,
    astana: intake.astana,
    con: { office: operator.office, operator, presented: intake.presented, channel },
  });
  if (!filed.receipt) throw new RangeError('acceptAtCon: a counter filing without a receipt');
  return filed.receipt;
}

/** The receipt of a filing accepted at the operator's counter (to print again), or case.not-found. */
export async function receiptOf(ctx: ServiceContext, operator: Actor, caseId: string): Promise<LicenceReceipt> {
  if (operator.kind !== 'operator' || !isUuid(caseId)) throw new AppError('case.not-found');
  const row = await ctx.database.db
    .selectFrom('licence_filings as f')
    .innerJoin('cases as c', 'c.id', 'f.case_id')
    .select([
      'f.receipt_number',
      'f.con_office',
      'f.statements',
      'c.service',
      'c.filed_on',
      'c.accepted_on',
      'c.due_on',
    ])
    .where('f.case_id', '=', caseId)
    .executeTakeFirst();
  if (!row?.receipt_number || row.con_office !== operator.office || !isLicenceService(row.service))
    throw new AppError('case.not-found');
  const { definition } = serviceOn(row.service, row.filed_on);
  const statements = new Set(row.statements) as ApplicantStatements;
  return {
    number: row.receipt_number,
    service: row.service,
    conOffice: row.con_office,
    acceptedOn: row.accepted_on,
    dueOn: row.due_on,
    documents: documentsNeeded(definition, row.service, statements).map((d) => d.id),
  };
}
