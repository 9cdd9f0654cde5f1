// 004 cl.7: which objects have a cadastral passport to correct, and the correction case the
// system opens for one. An object has a passport when a case of S9b, S9c or S10 (or an earlier
// correction) about it was issued; a case is about an object when its filing is in the object's
// inventory file (services/case-documents/inventory.ts), kept under its РКА or under its address
// as filed — which may be an address the object had before an earlier renaming.
import { jsonText } from '../../db/json-column.ts';
import { type CorrectionFacts, openCorrectionCase, PASSPORT_VARIANTS } from '../../domain/cases/correction.ts';
import type { AstanaMoment } from '../../domain/deadlines/clock.ts';
import type { ServiceDefinition } from '../../domain/public-services/definition.ts';
import type { ChangedAddress } from '../../registries/ports.ts';
import { appendToInventory, inventoryKey } from '../case-documents/inventory.ts';
import { type CaseRecord, changedColumns, toCase } from '../cases/record.ts';
import { recordCaseMove } from '../cases/trail.ts';
import type { Tx } from '../transaction.ts';

export interface Passport {
  /** The case that issued it. */
  readonly caseId: string;
  readonly holder: string;
  readonly office: string;
  /** The object's inventory file, where the correction is filed too. */
  readonly fileId: string;
}

const MAX_ADDRESS_KEY = 300;

function addressKey(address: string): string | null {
  const tidied = address.trim();
  return tidied.length === 0 || tidied.length > MAX_ADDRESS_KEY ? null : inventoryKey({ kind: 'address', address });
}

/** The object's latest issued passport, or undefined when it has none. */
export async function passportOf(tx: Tx, object: ChangedAddress): Promise<Passport | undefined> {
  const earlier = await tx
    .selectFrom('renamed_addresses')
    .select('old_address')
    .where('rka', '=', object.rka)
    .execute();
  const keys = [object.oldAddress, object.newAddress, ...earlier.map((e) => e.old_address)]
    .map(addressKey)
    .filter((k): k is string => k !== null);
  const found = await tx
    .selectFrom('inventory_files as f')
    .innerJoin('inventory_entries as e', 'e.file_id', 'f.id')
    .innerJoin('cases as c', 'c.id', 'e.case_id')
    .select(['c.id', 'c.applicant_iin', 'c.office', 'f.id as file_id'])
    .where('f.object_key', 'in', [`rka:${object.rka}`, ...keys])
    .where('e.entry', '=', 'filing')
    .where('c.state', '=', 'issued')
    .where('c.variant', 'in', PASSPORT_VARIANTS)
    .orderBy('c.updated_at', 'desc')
    .orderBy('c.number', 'desc')
    .limit(1)
    .executeTakeFirst();
  return found && { caseId: found.id, holder: found.applicant_iin, office: found.office, fileId: found.file_id };
}

/**
 * Opens the correction of `passport` in the caller's transaction: the case at `correct` (due the
 * next working day), its `open` event with the new address in the trail and its audit record
 * (the system acts), and its filing in the object's inventory file.
 */
export async function openCorrection(
  tx: Tx,
  definition: ServiceDefinition,
  opening: {
    readonly id: string;
    readonly recordedAt: AstanaMoment;
    readonly passport: Passport;
    readonly correction: CorrectionFacts;
  },
  now: Date,
): Promise<CaseRecord> {
  const { passport, correction } = opening;
  const { case: kase, machine } = openCorrectionCase(definition, opening.id, {
    recordedAt: opening.recordedAt,
    holder: passport.holder,
    office: passport.office,
    correction,
  });
  const row = await tx
    .insertInto('cases')
    .values({
      ...changedColumns(machine, kase, now),
      id: kase.id,
      service: kase.service,
      variant: kase.variant,
      definition_version: kase.definitionVersion,
      applicant_iin: kase.applicant,
      office: kase.office,
      channel: kase.channel,
      filed_at: now,
      filed_on: kase.filedOn,
      accepted_on: kase.acceptedOn,
      facts: jsonText(kase.facts),
      created_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const record = toCase(row);
  await recordCaseMove(tx, {
    event: 'open',
    actor: { kind: 'system' },
    at: now,
    from: null,
    to: record.case,
    step: kase.currentStep,
    details: {
      channel: kase.channel,
      acceptedOn: kase.acceptedOn,
      dueOn: kase.dueOn,
      version: kase.definitionVersion,
      decisionId: correction.decisionId,
      decision: correction.decisionNumber,
      rka: correction.rka,
      newAddress: correction.newAddress,
      passportCase: correction.passportCase,
    },
    told: [],
    number: record.number,
  });
  await appendToInventory(
    tx,
    passport.fileId,
    [{ caseId: kase.id, entry: 'filing', documentId: null, kind: `${kase.variant}-decision`, sha256: null }],
    now,
  );
  return record;
}
