// Issue 19: the portal's side of S6 and S8 for the pages — which organisation the person files
// for (ГБД ЮЛ: its name, and whether ГБД ЮЛ names the person as its head), the filing with the
// documents uploaded and the consent code confirmed, and the person's own licence requests.
import type { PowerOfAttorney } from '../../domain/applicants/power-of-attorney.ts';
import { parseBin } from '../../domain/bin.ts';
import type { CaseState } from '../../domain/cases/case.ts';
import { dateInAstana, type IsoDate } from '../../domain/dates.ts';
import { isActiveOn } from '../../domain/legal-entity.ts';
import { isLicenceService, type LicenceAnswers, type LicenceService } from '../../domain/licences/filing.ts';
import { isUuid } from '../../domain/uuid.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { caseNumber } from '../cases/record.ts';
import type { ServiceContext } from '../context.ts';
import { readRecorded } from '../privacy/reads.ts';
import { type FiledLicence, fileLicenceCase } from './file-licence.ts';

export interface Organisation {
  readonly bin: string;
  readonly name: { readonly kk: string; readonly ru: string };
  /** ГБД ЮЛ names this person as the head: they act without a power of attorney. */
  readonly head: boolean;
  /** The head's IIN: a representative's power of attorney is signed by them. */
  readonly headIin: string;
}

/**
 * The organisation of `bin` as ГБД ЮЛ has it today, and whether `iin` heads it; coded errors for a
 * bad, unknown or closed one. The lookup is logged against `reader` (the person, or the ЦОН operator).
 */
export async function organisationFor(
  ctx: ServiceContext,
  iin: string,
  bin: string,
  reader: Actor = { kind: 'citizen', iin },
): Promise<Organisation> {
  const parsed = parseBin(bin);
  if (!parsed.ok) throw new AppError(parsed.problem, {}, { path: '/bin' });
  const entity = await readRecorded(ctx, { actor: reader, purpose: 'registry-check' }, (r) =>
    r.legalEntities.entity(parsed.bin),
  );
  if (!entity) throw new AppError('licence.entity-unknown', {}, { path: '/bin' });
  if (!isActiveOn(entity, dateInAstana(ctx.clock.now()))) throw new AppError('entity-not-active', {}, { path: '/bin' });
  return { bin: entity.bin, name: entity.name, head: entity.head === iin, headIin: entity.head };
}

export interface PortalLicenceFiling extends LicenceAnswers {
  readonly caseId: string;
  readonly service: LicenceService;
  readonly applicant: string;
  readonly bin: string;
  readonly powerOfAttorney: PowerOfAttorney | null;
  readonly consentChallenge: string;
}

export function fileLicenceOnPortal(ctx: ServiceContext, filing: PortalLicenceFiling): Promise<FiledLicence> {
  return fileLicenceCase(ctx, {
    caseId: filing.caseId,
    service: filing.service,
    party: { kind: 'legal', bin: filing.bin },
    actor: filing.applicant,
    powerOfAttorney: filing.powerOfAttorney,
    consent: { means: 'sms-code', challengeId: filing.consentChallenge },
    purposeRepair: filing.purposeRepair,
    intermediary: filing.intermediary,
  });
}

export interface MyLicenceCase {
  readonly id: string;
  readonly number: string;
  readonly service: LicenceService;
  readonly state: CaseState;
  readonly bin: string | null;
  readonly acceptedOn: IsoDate;
  readonly dueOn: IsoDate | null;
  /** Where the result is collected: the ЦОН's office, or null (the cabinet). */
  readonly conOffice: string | null;
}

/** The person's own S6/S8 requests, newest first; with `caseId`, that one only. */
export async function myLicenceCases(ctx: ServiceContext, iin: string, caseId?: string): Promise<MyLicenceCase[]> {
  if (caseId !== undefined && !isUuid(caseId)) return [];
  let query = ctx.database.db
    .selectFrom('cases as c')
    .innerJoin('licence_filings as f', 'f.case_id', 'c.id')
    .select(['c.id', 'c.number', 'c.service', 'c.state', 'c.accepted_on', 'c.due_on', 'f.party_bin', 'f.con_office'])
    .where('c.applicant_iin', '=', iin);
  if (caseId !== undefined) query = query.where('c.id', '=', caseId);
  const rows = await query.orderBy('c.created_at', 'desc').limit(100).execute();
  return rows.flatMap((r) =>
    isLicenceService(r.service)
      ? [
          {
            id: r.id,
            number: caseNumber(Number(r.number)),
            service: r.service,
            state: r.state,
            bin: r.party_bin,
            acceptedOn: r.accepted_on,
            dueOn: r.due_on,
            conOffice: r.con_office,
          },
        ]
      : [],
  );
}

/** One of the person's requests, or case.not-found (also for another person's). */
export async function myLicenceCase(ctx: ServiceContext, iin: string, caseId: string): Promise<MyLicenceCase> {
  const found = (await myLicenceCases(ctx, iin, caseId))[0];
  if (!found) throw new AppError('case.not-found');
  return found;
}
