// 003 ¶B3: a result filed for at a ЦОН is handed over there on the receipt and the identity
// document (a representative: on a notarized power of attorney); the ЦОН keeps it one month, then
// passes it to the provider, which sends it back within one working day when the applicant asks
// for it. 003 ¶B1: one filed for at the provider's office is handed over there, to the same people. The state is the fold of the stored events (domain/licences/custody.ts) from the day
// the case was issued; each event is one append-only row with its audit record.
import type { Kysely } from 'kysely';
import type { Schema } from '../../db/schema.ts';
import type { PowerOfAttorney } from '../../domain/applicants/power-of-attorney.ts';
import { authorityToAct, type PartyFacts } from '../../domain/applicants/representation.ts';
import { type IsoDate, dateInAstana } from '../../domain/dates.ts';
import { parseIin } from '../../domain/iin.ts';
import {
  type CustodyEvent,
  type CustodyEventKind,
  type CustodyState,
  custodyOf,
  moveCustody,
} from '../../domain/licences/custody.ts';
import { isLicenceService } from '../../domain/licences/filing.ts';
import { isUuid } from '../../domain/uuid.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { recordAudit } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { readRecorded } from '../privacy/reads.ts';
import { inTransaction } from '../transaction.ts';
import { COMMITTEE_OFFICE } from './file-licence.ts';

export interface CustodyView {
  readonly caseId: string;
  readonly conOffice: string;
  /** The day the signed result reached the ЦОН: the day the case was issued. */
  readonly arrivedOn: IsoDate;
  readonly state: CustodyState;
  readonly events: readonly (CustodyEvent & { readonly late: boolean })[];
}

/** Who may record each event: the ЦОН's reception, or the provider's back office for sending back. */
const RECORDED_BY: Record<CustodyEventKind, 'con' | 'provider'> = {
  'handed-over': 'con',
  'returned-to-provider': 'con',
  requested: 'con',
  'sent-back': 'provider',
};

/** The custody of a ЦОН filing's result, for the ЦОН that holds it or the committee. */
export async function custodyOfCase(ctx: ServiceContext, actor: Actor, caseId: string): Promise<CustodyView> {
  return readCustody(ctx.database.db, actor, caseId);
}

/** The person collecting the result at the ЦОН (¶B3: on the receipt and the identity document). */
export interface Collector {
  readonly iin: string;
  /**
   * A representative's power of attorney: in full, or as the counter reads it off the paper —
   * then given by the party (signed by the person, or the head ГБД ЮЛ names) to the collector.
   */
  readonly powerOfAttorney: PowerOfAttorney | ShownPowerOfAttorney | null;
}

export interface ShownPowerOfAttorney {
  readonly number: string;
  readonly issuedOn: IsoDate;
  readonly validUntil: IsoDate;
  /** The notary who certified it; null when it is not notarized (then it is refused, rule 9). */
  readonly notary: string | null;
}

function fullPowerOfAttorney(
  shown: PowerOfAttorney | ShownPowerOfAttorney | null,
  party: PartyFacts,
  service: 'S6' | 'S8',
  collector: PowerOfAttorney['representative'],
): PowerOfAttorney | null {
  if (shown === null || 'represented' in shown) return shown;
  return {
    ...shown,
    issuer: party.kind === 'legal' ? party.entity.head : party.iin,
    represented:
      party.kind === 'legal' ? { kind: 'legal', bin: party.entity.bin } : { kind: 'natural', iin: party.iin },
    representative: collector,
    scope: { kind: 'services', services: [service] },
  };
}

/**
 * Records one event dated today (Astana). The collector is checked on hand-over: the person who
 * filed, or for a legal entity its head, or a representative with a notarized power of attorney
 * (docs/legal-entities.md rule 9).
 */
export async function recordCustodyEvent(
  ctx: ServiceContext,
  actor: Actor,
  command: { readonly caseId: string; readonly event: CustodyEventKind; readonly collector?: Collector },
): Promise<CustodyView> {
  const now = ctx.clock.now();
  const today = dateInAstana(now);
  const party = command.event === 'handed-over' ? await collectorParty(ctx, actor, command.caseId) : null;
  return inTransaction(ctx.database, async (tx) => {
    const view = await readCustody(tx, actor, command.caseId);
    if (actor.kind !== 'operator') throw new AppError('operator-only');
    // 003 ¶B1: a result filed for at the provider's office is handed over there by the committee's
    // executor; the month of keeping, the return and the sending back are the ЦОН's (¶B3).
    const atOffice = view.conOffice === COMMITTEE_OFFICE;
    if (atOffice && command.event !== 'handed-over')
      throw new AppError('custody.invalid-event', { state: view.state.kind, event: command.event });
    const by = RECORDED_BY[command.event];
    const allowed = atOffice
      ? actor.office === COMMITTEE_OFFICE && actor.role === 'executor'
      : by === 'con'
        ? actor.role === 'reception'
        : actor.office === COMMITTEE_OFFICE;
    if (!allowed) throw new AppError('custody.wrong-office');
    if (command.event === 'handed-over') {
      const collector = command.collector;
      const iin = collector ? parseIin(collector.iin) : null;
      if (!collector || !party) throw new AppError('missing-field', {}, { path: '/collector' });
      if (!iin?.ok) throw new AppError('invalid-iin-input', {}, { path: '/collector' });
      const authority = authorityToAct({
        actor: iin.iin,
        party: party.facts,
        powerOfAttorney: fullPowerOfAttorney(collector.powerOfAttorney, party.facts, party.service, iin.iin),
        filingDate: today,
        service: party.service,
        notarized: true,
      });
      // The person themself or the entity's head; anyone else on a notarized power of attorney.
      if (!authority.ok) throw new AppError(authority.problem, {}, { path: '/collector/powerOfAttorney' });
    }
    const event = { kind: command.event, on: today } as CustodyEvent;
    const last = view.events.at(-1)?.on ?? view.arrivedOn;
    const moved = moveCustody(view.state, event, last);
    if (!moved.ok) throw new AppError(moved.code, moved.params);
    const inserted = await tx
      .insertInto('result_custody_events')
      .values({
        case_id: view.caseId,
        seq: view.events.length + 1,
        event: event.kind,
        on_date: event.on,
        actor_iin: actor.iin,
        actor_role: actor.role,
        office: actor.office,
        late: moved.late,
        recorded_at: now,
      })
      .onConflict((oc) => oc.columns(['case_id', 'seq']).doNothing())
      .returning('id')
      .executeTakeFirst();
    // Someone recorded an event meanwhile: this one was decided on a state that is gone.
    if (!inserted) throw new AppError('case.changed');
    await recordAudit(tx, now, actor, {
      action: 'result-custody',
      details: { caseId: view.caseId, event: event.kind, on: event.on, late: moved.late },
    });
    return { ...view, state: moved.state, events: [...view.events, { ...event, late: moved.late }] };
  });
}

async function readCustody(tx: Kysely<Schema>, actor: Actor, caseId: string): Promise<CustodyView> {
  if (!isUuid(caseId) || actor.kind !== 'operator') throw new AppError('case.not-found');
  const row = await tx
    .selectFrom('licence_filings as f')
    .innerJoin('cases as c', 'c.id', 'f.case_id')
    .select(['c.id', 'c.state', 'f.con_office'])
    .where('f.case_id', '=', caseId)
    .executeTakeFirst();
  // Only a ЦОН filing's result is kept at a ЦОН; only that ЦОН and the committee see it.
  if (!row?.con_office || row.state !== 'issued') throw new AppError('case.not-found');
  if (actor.office !== row.con_office && actor.office !== COMMITTEE_OFFICE) throw new AppError('case.not-found');
  const issued = await tx
    .selectFrom('case_events')
    .select('at')
    .where('case_id', '=', caseId)
    .where('to_state', '=', 'issued')
    .executeTakeFirstOrThrow();
  const arrivedOn = dateInAstana(issued.at);
  const rows = await tx
    .selectFrom('result_custody_events')
    .select(['event', 'on_date', 'late'])
    .where('case_id', '=', caseId)
    .orderBy('seq')
    .execute();
  const events = rows.map((r) => ({ kind: r.event, on: r.on_date, late: r.late }));
  return { caseId, conOffice: row.con_office, arrivedOn, state: custodyOf(arrivedOn, events), events };
}

/** The party the result is for, as ГБД ЮЛ names it today (an access-logged lookup). */
async function collectorParty(
  ctx: ServiceContext,
  actor: Actor,
  caseId: string,
): Promise<{ facts: PartyFacts; service: 'S6' | 'S8' } | null> {
  if (!isUuid(caseId)) return null;
  const row = await ctx.database.db
    .selectFrom('licence_filings as f')
    .innerJoin('cases as c', 'c.id', 'f.case_id')
    .select(['f.party_kind', 'f.party_bin', 'f.party_iin', 'c.service'])
    .where('f.case_id', '=', caseId)
    .executeTakeFirst();
  if (!row || !isLicenceService(row.service)) return null;
  if (row.party_kind === 'legal' && row.party_bin !== null) {
    const bin = row.party_bin;
    const service = row.service;
    const entity = await readRecorded(ctx, { actor, purpose: 'registry-check' }, (r) => r.legalEntities.entity(bin));
    return entity ? { facts: { kind: 'legal', entity }, service } : null;
  }
  const iin = parseIin(row.party_iin ?? '');
  if (!iin.ok) return null;
  return { facts: { kind: 'natural', iin: iin.iin }, service: row.service };
}
