// 004 cl.7: recording a joint decision of the local representative and executive bodies that
// renames a street or renumbers a building, and applying it in one transaction: the decision
// (once per city and number), the addresses of the affected objects in ЕГКН and the address
// register, one correction case per object with a cadastral passport (passports.ts), and an audit
// record for each change. The same decision recorded again changes nothing and answers with what
// it did the first time; any refusal writes nothing. Codes and identifiers only in the audit
// details; addresses are in the case trail (the correction records the new address) and in
// renamed_addresses, never in a log line.
import { randomUUID } from 'node:crypto';
import type { Database } from '../../db/database.ts';
import { jsonText } from '../../db/json-column.ts';
import { correctionMachine } from '../../domain/cases/correction.ts';
import { todayInAstana } from '../../domain/cases/open.ts';
import { type AstanaMoment, parseFilingMoment } from '../../domain/deadlines/clock.ts';
import { computeDeadline } from '../../domain/deadlines/deadline.ts';
import type { IsoDate } from '../../domain/dates.ts';
import { serviceOn } from '../../domain/public-services/catalogue.ts';
import {
  checkRenaming,
  type RenamingChange,
  type RenamingDecision,
  type RenamingErrorCode,
  type RenamingInput,
} from '../../domain/renaming.ts';
import { AppError } from '../../errors.ts';
import type { AddressRenames, ChangedAddress, RegisterStreet } from '../../registries/ports.ts';
import { sqlAddressRenames } from '../../registries/sql/address-renames.ts';
import { type Actor, actorIin } from '../actor.ts';
import { recordAudit } from '../audit.ts';
import { caseNumber } from '../cases/record.ts';
import { inTransaction, type Tx } from '../transaction.ts';
import { openCorrection, passportOf } from './passports.ts';

export interface RenamedObject {
  readonly rka: string;
  readonly oldAddress: string;
  readonly newAddress: string;
  /** The correction opened for the object's passport (C-000123), or null: no passport. */
  readonly correction: string | null;
  readonly caseId: string | null;
}

export interface RenamingOutcome {
  readonly decisionId: string;
  readonly city: string;
  readonly number: string;
  readonly decidedOn: IsoDate;
  readonly change: RenamingChange;
  /** D2: the day the State Corporation accepted the decision; the corrections are due on `dueOn`. */
  readonly acceptedOn: IsoDate;
  readonly dueOn: IsoDate;
  /** false: the decision was recorded before; nothing was changed now. */
  readonly applied: boolean;
  readonly objects: readonly RenamedObject[];
}

const refuse = (code: RenamingErrorCode, path: string, params: Record<string, string> = {}) =>
  new AppError(code, params, { path });

/** The decision checked as the CLI and the page check it, or its coded refusal. */
export function checkedRenaming(input: RenamingInput, now: Date): RenamingDecision {
  const checked = checkRenaming(input, todayInAstana(now));
  if ('code' in checked) throw refuse(checked.code, checked.path);
  return checked;
}

export async function applyRenaming(
  database: Database,
  recorder: Actor,
  input: RenamingInput,
  now: Date,
): Promise<RenamingOutcome> {
  const decision = checkedRenaming(input, now);
  const recordedAt: AstanaMoment = parseFilingMoment(now.toISOString())!;
  // §5.1: the S9 in force on the day the decision reaches the State Corporation.
  const { definition } = serviceOn('S9', recordedAt.date);
  const deadline = computeDeadline(correctionMachine(definition).rule!, {
    channel: 'portal',
    filedAt: recordedAt,
    facts: {},
  });
  return inTransaction(database, async (tx) => {
    const id = randomUUID();
    const inserted = await tx
      .insertInto('renaming_decisions')
      .values({
        id,
        city: decision.city,
        number: decision.number,
        body: decision.body,
        decided_on: decision.decidedOn,
        kind: decision.change.kind,
        change: jsonText(decision.change),
        recorded_at: now,
        recorded_by: actorIin(recorder),
        accepted_on: deadline.acceptedOn,
        due_on: deadline.dueOn,
      })
      .onConflict((oc) => oc.columns(['city', 'number']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) return recordedBefore(tx, decision);
    const renames = sqlAddressRenames(tx);
    const street = await theStreet(renames, decision);
    const changed = await change(renames, street, decision.change);
    const objects: RenamedObject[] = [];
    for (const object of changed) {
      const passport = await passportOf(tx, object);
      const opened =
        passport &&
        (await openCorrection(
          tx,
          definition,
          {
            id: randomUUID(),
            recordedAt,
            passport,
            correction: {
              decisionId: id,
              decisionNumber: decision.number,
              decidedOn: decision.decidedOn,
              rka: object.rka,
              oldAddress: object.oldAddress,
              newAddress: object.newAddress,
              passportCase: passport.caseId,
            },
          },
          now,
        ));
      const caseId = opened ? opened.case.id : null;
      await tx
        .insertInto('renamed_addresses')
        .values({ decision_id: id, rka: object.rka, ...addressColumns(object), case_id: caseId })
        .execute();
      await recordAudit(tx, now, recorder, {
        action: 'egkn-address-change',
        details: { decisionId: id, rka: object.rka, caseId },
      });
      objects.push({ ...object, caseId, correction: opened ? caseNumber(opened.number) : null });
    }
    await recordAudit(tx, now, recorder, {
      action: 'renaming-record',
      details: {
        decisionId: id,
        city: decision.city,
        number: decision.number,
        kind: decision.change.kind,
        street: street.id,
        objects: objects.length,
        corrections: objects.filter((o) => o.caseId !== null).length,
      },
    });
    return { ...outcomeOf(id, decision, deadline), applied: true, objects };
  });
}

function addressColumns(object: ChangedAddress) {
  return { old_address: object.oldAddress, new_address: object.newAddress };
}

function outcomeOf(
  decisionId: string,
  decision: RenamingDecision,
  dates: { readonly acceptedOn: IsoDate; readonly dueOn: IsoDate },
): Omit<RenamingOutcome, 'applied' | 'objects'> {
  const { city, number, decidedOn, change: what } = decision;
  return { decisionId, city, number, decidedOn, change: what, acceptedOn: dates.acceptedOn, dueOn: dates.dueOn };
}

/** The one street the decision names in its city. */
async function theStreet(renames: AddressRenames, decision: RenamingDecision): Promise<RegisterStreet> {
  const name = decision.change.kind === 'street' ? decision.change.from : decision.change.street;
  const streets = await renames.streetsNamed(decision.city, name);
  if (streets === null) throw refuse('renaming.unknown-city', '/city');
  if (streets.length === 0) throw refuse('renaming.unknown-street', '/street');
  // The same name in two places of one city (a village of its district): the decision must say which.
  if (streets.length > 1) throw refuse('renaming.ambiguous-street', '/street');
  return streets[0]!;
}

async function change(renames: AddressRenames, street: RegisterStreet, what: RenamingChange) {
  if (what.kind === 'street') {
    const changed = await renames.renameStreet(street, what.to);
    if (changed === 'exists') throw refuse('renaming.street-exists', '/newStreet');
    return changed;
  }
  const changed = await renames.renumberBuilding(street, what.from, what.to);
  if (changed === 'unknown') throw refuse('renaming.unknown-building', '/house');
  if (changed === 'exists') throw refuse('renaming.building-exists', '/newHouse');
  return changed;
}

/** Field by field: jsonb gives an object's keys back in its own order. */
function sameChange(a: RenamingChange, b: RenamingChange): boolean {
  if (a.kind === 'street' && b.kind === 'street') return a.from === b.from && a.to === b.to;
  if (a.kind === 'building' && b.kind === 'building')
    return a.street === b.street && a.from === b.from && a.to === b.to;
  return false;
}

/** The decision recorded before under this city and number: the same decision, or a refusal. */
async function recordedBefore(tx: Tx, decision: RenamingDecision): Promise<RenamingOutcome> {
  const row = await tx
    .selectFrom('renaming_decisions')
    .selectAll()
    .where('city', '=', decision.city)
    .where('number', '=', decision.number)
    .executeTakeFirstOrThrow();
  const same =
    row.body === decision.body && row.decided_on === decision.decidedOn && sameChange(row.change, decision.change);
  if (!same) throw refuse('renaming.number-reused', '/number', { number: decision.number });
  const objects = await tx
    .selectFrom('renamed_addresses as r')
    .leftJoin('cases as c', 'c.id', 'r.case_id')
    .select(['r.rka', 'r.old_address', 'r.new_address', 'r.case_id', 'c.number'])
    .where('r.decision_id', '=', row.id)
    .orderBy('r.rka')
    .execute();
  return {
    ...outcomeOf(row.id, decision, { acceptedOn: row.accepted_on, dueOn: row.due_on }),
    applied: false,
    objects: objects.map((o) => ({
      rka: o.rka,
      oldAddress: o.old_address,
      newAddress: o.new_address,
      caseId: o.case_id,
      correction: o.number === null ? null : caseNumber(Number(o.number)),
    })),
  };
}
