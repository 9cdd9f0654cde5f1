// Issue 19: filing S6 (guarantee obligation, 003 ¶B1) or S8 (processing permit, 003 ¶B3) — on
// the portal by a legal entity's head or a representative with a power of attorney, who uploads
// the documents and consents by a code; or at a ЦОН, where the operator takes the paper
// documents, the applicant's written consent to use protected data and gives a receipt. In one
// transaction: consent, complete documents, the case (the engine's deadline and "accepted"
// message, services/cases/open.ts) and who it is for (licence_filings). Nothing is written if a
// check fails. The committee's back office then runs the case like any other (/backoffice).
import { jsonText } from '../../db/json-column.ts';
import type { PowerOfAttorney } from '../../domain/applicants/power-of-attorney.ts';
import { authorityToAct, type PartyFacts } from '../../domain/applicants/representation.ts';
import { parseBin } from '../../domain/bin.ts';
import { documentsNeeded } from '../../domain/case-documents/required.ts';
import { parseFilingMoment } from '../../domain/deadlines/clock.ts';
import { parseIin } from '../../domain/iin.ts';
import {
  answersProblem,
  type LicenceAnswers,
  type LicenceReceipt,
  type LicenceService,
  licenceStatements,
} from '../../domain/licences/filing.ts';
import { serviceOn } from '../../domain/public-services/catalogue.ts';
import { isUuid } from '../../domain/uuid.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { recordAudit } from '../audit.ts';
import { consentPurpose } from '../case-documents/file-case.ts';
import { openServiceCaseIn } from '../cases/open.ts';
import { caseNumber, type CaseRecord } from '../cases/record.ts';
import type { ServiceContext } from '../context.ts';
import { readRecorded } from '../privacy/reads.ts';
import { inTransaction, type Tx } from '../transaction.ts';

/**
 * The committee's office where its back office works S6 and S8 cases (the provider of both,
 * services.md S6, S8). One office: the sources name one committee.
 */
export const COMMITTEE_OFFICE = 'idis-committee';

/**
 * The counter a paper filing is accepted at (the definitions' channel kinds): a ЦОН, or the
 * provider's office. Both are D2's counter channel `con` for the acceptance day and the case.
 */
export type CounterChannel = 'con' | 'provider-office';

export type LicenceParty =
  { readonly kind: 'legal'; readonly bin: string } | { readonly kind: 'natural'; readonly iin: string };

export type LicenceConsent =
  /** Portal: the code the applicant confirmed for this filing (portal.ts confirmConsent). */
  | { readonly means: 'sms-code'; readonly challengeId: string }
  /** 003 ¶B3: at the ЦОН, the written consent the employee took. */
  | { readonly means: 'written' };

export interface LicenceFiling extends LicenceAnswers {
  /** The case's id, made once per filing (uploads are kept under it). */
  readonly caseId: string;
  readonly service: LicenceService;
  readonly party: LicenceParty;
  /** The person who files: the party itself, the entity's head, or a representative. */
  readonly actor: string;
  readonly powerOfAttorney: PowerOfAttorney | null;
  readonly consent: LicenceConsent;
  /**
   * S6: the applicant is located in Astana (docs/legal-entities.md reading 2). Read from ГБД ЮЛ's
   * legal address when it has an РКА; otherwise as the ЦОН operator states it (default: no).
   */
  readonly astana?: boolean | undefined;
  /** A filing at a counter: its office, the operator, the paper documents presented, the channel. */
  readonly con?:
    | {
        readonly office: string;
        readonly operator: Actor;
        readonly presented: readonly string[];
        /** Default `con` (a ЦОН). */
        readonly channel?: CounterChannel;
      }
    | undefined;
}

export interface FiledLicence {
  readonly record: CaseRecord;
  readonly number: string;
  readonly receipt: LicenceReceipt | null;
}

/** Files the case, or throws the coded reason it cannot be filed (nothing written). */
export async function fileLicenceCase(ctx: ServiceContext, filing: LicenceFiling): Promise<FiledLicence> {
  const now = ctx.clock.now();
  if (!isUuid(filing.caseId)) throw new AppError('case.not-found');
  const problem = answersProblem(filing.service, filing);
  if (problem) throw new AppError('missing-field', {}, { path: problem });
  const filedAt = astanaMoment(now);
  const moment = parseFilingMoment(filedAt);
  if (!moment) throw new AppError('invalid-moment', {}, { path: '/filedAt' });
  const who: Actor = filing.con ? filing.con.operator : { kind: 'citizen', iin: filing.actor };
  const { party, astana } = await partyFacts(ctx, filing, who);
  const actor = parseIin(filing.actor);
  if (!actor.ok) throw new AppError('invalid-iin-input', {}, { path: '/actor' });
  const authority = authorityToAct({
    actor: actor.iin,
    party,
    powerOfAttorney: filing.powerOfAttorney,
    filingDate: moment.date,
    service: filing.service,
  });
  if (!authority.ok) throw new AppError(authority.problem, {}, { path: '/powerOfAttorney' });
  const statements = licenceStatements(filing.service, filing, authority.basis);
  const { definition } = serviceOn(filing.service, moment.date);
  // The definitions name the channels the service is filed through (003 ¶B1, ¶B3: all three).
  const channel = filing.con ? (filing.con.channel ?? 'con') : 'portal';
  if (!definition.channels.some((c) => c.kind === channel))
    throw new AppError('channel-not-for-service', { channel, service: filing.service }, { path: '/channel' });
  const needed = documentsNeeded(definition, filing.service, statements);
  return inTransaction(ctx.database, async (tx) => {
    await checkConsent(tx, filing);
    const documents = await presentedDocuments(tx, filing);
    const missing = needed.find((d) => !documents.includes(d.id));
    if (missing) throw new AppError('case-document.missing', {}, { path: `/documents/${missing.id}` });
    const record = await openServiceCaseIn(
      tx,
      {
        id: filing.caseId,
        service: filing.service,
        variant: filing.service,
        // D2: the provider's office is a counter like a ЦОН (accepted the day handed in).
        channel: filing.con ? 'con' : 'portal',
        filedAt,
        facts: filing.service === 'S6' ? { astana } : {},
        applicant: filing.actor,
        office: COMMITTEE_OFFICE,
      },
      now,
    );
    const number = caseNumber(record.number);
    const inserted = await tx
      .insertInto('licence_filings')
      .values({
        case_id: filing.caseId,
        party_kind: filing.party.kind,
        party_bin: filing.party.kind === 'legal' ? filing.party.bin : null,
        party_iin: filing.party.kind === 'natural' ? filing.party.iin : null,
        actor_iin: filing.actor,
        basis: authority.basis,
        power_of_attorney:
          authority.basis === 'power-of-attorney' && filing.powerOfAttorney ? jsonText(filing.powerOfAttorney) : null,
        statements: jsonText([...statements].sort()),
        con_office: filing.con?.office ?? null,
        written_consent_at: filing.con ? now : null,
        receipt_number: filing.con ? number : null,
        created_at: now,
      })
      .onConflict((oc) => oc.column('case_id').doNothing())
      .returning('case_id')
      .executeTakeFirst();
    if (inserted) {
      await recordAudit(tx, now, who, {
        action: 'case-consent',
        details: { caseId: filing.caseId, means: filing.consent.means, basis: authority.basis },
      });
    }
    const receipt: LicenceReceipt | null = filing.con
      ? {
          number,
          service: filing.service,
          conOffice: filing.con.office,
          acceptedOn: record.case.acceptedOn,
          dueOn: record.case.dueOn,
          documents: needed.map((d) => d.id),
        }
      : null;
    return { record, number, receipt };
  });
}

/** The party as the registries describe it, and S6's "located in Astana" from its legal address. */
async function partyFacts(
  ctx: ServiceContext,
  filing: LicenceFiling,
  who: Actor,
): Promise<{ party: PartyFacts; astana: boolean }> {
  if (filing.party.kind === 'natural') {
    const iin = parseIin(filing.party.iin);
    if (!iin.ok) throw new AppError('invalid-iin-input', {}, { path: '/party/iin' });
    return { party: { kind: 'natural', iin: iin.iin }, astana: filing.astana ?? false };
  }
  const bin = parseBin(filing.party.bin);
  if (!bin.ok) throw new AppError(bin.problem, {}, { path: '/party/bin' });
  return readRecorded(ctx, { actor: who, purpose: 'registry-check' }, async (registries) => {
    const entity = await registries.legalEntities.entity(bin.bin);
    if (!entity) throw new AppError('licence.entity-unknown', {}, { path: '/party/bin' });
    const rka = entity.address.rka;
    const dwelling = rka === null ? null : await registries.realEstate.dwelling(rka);
    const astana = dwelling ? dwelling.city === 'astana' : (filing.astana ?? false);
    return { party: { kind: 'legal', entity }, astana };
  });
}

/** Portal: the confirmed code bound to this filing; ЦОН: the written consent the employee took. */
async function checkConsent(tx: Tx, filing: LicenceFiling): Promise<void> {
  if (filing.consent.means === 'written') {
    if (!filing.con) throw new AppError('case-document.no-consent', {}, { path: '/consent' });
    return;
  }
  const consented = isUuid(filing.consent.challengeId)
    ? await tx
        .selectFrom('otp_challenges')
        .select('id')
        .where('id', '=', filing.consent.challengeId)
        .where('iin', '=', filing.actor)
        .where('purpose', '=', consentPurpose(filing.caseId))
        .where('consumed_at', 'is not', null)
        .executeTakeFirst()
    : undefined;
  if (!consented) throw new AppError('case-document.no-consent', {}, { path: '/consent' });
}

/** The kinds of document the filing has: uploaded on the portal, or presented at the ЦОН. */
async function presentedDocuments(tx: Tx, filing: LicenceFiling): Promise<string[]> {
  if (filing.con) return [...filing.con.presented];
  const rows = await tx
    .selectFrom('case_documents')
    .select('kind')
    .where('case_id', '=', filing.caseId)
    .where('owner_iin', '=', filing.actor)
    .where('origin', '=', 'applicant')
    .execute();
  return rows.map((r) => r.kind);
}

/** D1: the filing moment on Astana's clock (UTC+5). */
function astanaMoment(now: Date): string {
  const local = new Date(now.getTime() + 5 * 3600_000).toISOString().slice(0, 19);
  return `${local}+05:00`;
}
