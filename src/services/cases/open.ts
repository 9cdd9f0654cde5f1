// Opening a case from a filing (issue 17 item 2): the engine computes the acceptance day, the due
// dates and the first step (src/domain/cases/open.ts); the case, its first event, its audit record
// and the "accepted" message (§5.11, 004 cl.4) are written in one transaction. The caller gives
// the case's id, so a repeated filing (a retry after a lost answer) returns the same case.
import { jsonText } from '../../db/json-column.ts';
import type { Database } from '../../db/database.ts';
import type { CaseFacts } from '../../domain/cases/case.ts';
import { type Filing, openCase } from '../../domain/cases/open.ts';
import { parseFilingMoment } from '../../domain/deadlines/clock.ts';
import type { FilingChannel } from '../../domain/deadlines/rules.ts';
import { serviceOn } from '../../domain/public-services/catalogue.ts';
import type { ServiceId } from '../../domain/public-services/definition.ts';
import { AppError } from '../../errors.ts';
import { sqlCadastreWrites } from '../../registries/sql/cadastre-writes.ts';
import { inTransaction, type Tx } from '../transaction.ts';
import { type CaseRecord, changedColumns, toCase } from './record.ts';
import { recordCaseMove } from './trail.ts';

export interface CaseFiling {
  /** The case's id (a UUID the caller makes once per filing: a retry sends the same). */
  readonly id: string;
  readonly service: ServiceId;
  readonly variant: string;
  readonly channel: FilingChannel;
  /** D1: ISO 8601 with an offset. */
  readonly filedAt: string;
  readonly facts: CaseFacts;
  readonly applicant: string;
  readonly office: string;
}

export async function openServiceCase(database: Database, filing: CaseFiling, now: Date): Promise<CaseRecord> {
  return inTransaction(database, (tx) => openServiceCaseIn(tx, filing, now));
}

/** The same, inside a caller's transaction (a filing that also files its documents, case-documents/). */
export async function openServiceCaseIn(tx: Tx, filing: CaseFiling, now: Date): Promise<CaseRecord> {
  const moment = parseFilingMoment(filing.filedAt);
  if (!moment) throw new AppError('invalid-moment', {}, { path: '/filedAt' });
  // §5.1: the version of the service in force on the day of filing.
  const { definition } = serviceOn(filing.service, moment.date);
  const request: Filing = { ...filing, filedAt: moment };
  const opened = openCase(definition, filing.id, request);
  if (!opened.ok) {
    const { code, params, path } = opened.error;
    throw new AppError(code, params, path === undefined ? {} : { path });
  }
  const kase = opened.case;
  // 004 cl.4: S9a enters a NEW object; one whose РКА ЕГКН has already is not filed as new.
  const object = kase.facts.cadastre;
  if (object && (await sqlCadastreWrites(tx).hasObject(object.rka))) {
    const repeat = await tx.selectFrom('cases').select('id').where('id', '=', kase.id).executeTakeFirst();
    if (!repeat) throw new AppError('case.object-exists', { rka: object.rka }, { path: '/cadastre/rka' });
  }
  const columns = changedColumns(opened.machine, kase, now);
  const row = await tx
    .insertInto('cases')
    .values({
      ...columns,
      id: kase.id,
      service: kase.service,
      variant: kase.variant,
      definition_version: kase.definitionVersion,
      applicant_iin: kase.applicant,
      office: kase.office,
      channel: kase.channel,
      filed_at: new Date(filing.filedAt),
      filed_on: kase.filedOn,
      accepted_on: kase.acceptedOn,
      facts: jsonText(kase.facts),
      created_at: now,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .returningAll()
    .executeTakeFirst();
  if (!row)
    return sameFiling(
      await tx.selectFrom('cases').selectAll().where('id', '=', kase.id).executeTakeFirstOrThrow(),
      filing,
    );
  const record = toCase(row);
  await recordCaseMove(tx, {
    event: 'open',
    actor: { kind: 'applicant', iin: kase.applicant },
    at: now,
    from: null,
    to: record.case,
    step: kase.currentStep,
    details: {
      channel: kase.channel,
      acceptedOn: kase.acceptedOn,
      dueOn: kase.dueOn,
      version: kase.definitionVersion,
    },
    told: opened.told,
    number: record.number,
  });
  return record;
}

/** A repeated filing with the same id: the case it opened, if it is the same filing. */
function sameFiling(row: Parameters<typeof toCase>[0], filing: CaseFiling): CaseRecord {
  const same =
    row.service === filing.service &&
    row.variant === filing.variant &&
    row.applicant_iin === filing.applicant &&
    row.filed_at.getTime() === new Date(filing.filedAt).getTime();
  if (!same) throw new AppError('case.changed');
  return toCase(row);
}
