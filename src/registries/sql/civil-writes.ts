// ЗАГС's write side on PostgreSQL (S7, 003 ¶B2): a restored birth or marriage act goes into the
// act table the rules read, and its record of restoration into the append-only history
// (migration 0019), in the caller's transaction — with the caller's audit record.
import { type Kysely, type Selectable, sql } from 'kysely';
import { jsonText } from '../../db/json-column.ts';
import type { CivilActRestorationsTable, Schema } from '../../db/schema.ts';
import type { RestorableAct, Restoration, RestorationRecord } from '../../domain/civil-records/restoration.ts';
import { dateInAstana } from '../../domain/dates.ts';
import type { CivilRecordWrites, RestoreOutcome } from '../ports.ts';

function fromRow(row: Selectable<CivilActRestorationsTable>): Restoration {
  return {
    id: row.id,
    act: row.act,
    basis: row.basis,
    caseReference: row.case_reference,
    restoredBy: { iin: row.restored_by, office: row.office },
    restoredAt: row.restored_at,
    restoredOn: row.restored_on,
  };
}

/** Bound to `db`: pass the caller's transaction so the act, its record and the audit commit together. */
export function sqlCivilRecordWrites(db: Kysely<Schema>): CivilRecordWrites {
  /** The act's row id, or null when the registry already holds the act. */
  const insertAct = async (act: RestorableAct): Promise<number | null> => {
    if (act.type === 'birth') {
      // One birth act per child (unique): a concurrent restoration of the same child inserts nothing.
      const row = await db
        .insertInto('birth_acts')
        .values({ child: act.child, mother: act.mother, father: act.father, registered: act.registered })
        .onConflict((oc) => oc.column('child').doNothing())
        .returning('id')
        .executeTakeFirst();
      return row?.id ?? null;
    }
    const [a, b] = [...act.spouses].sort() as [string, string];
    // No unique key on marriages (a couple may marry twice): the pair is serialised for the rest
    // of the transaction, then looked for on that date.
    await sql`select pg_advisory_xact_lock(hashtext(${`marriage:${a}|${b}`}))`.execute(db);
    const existing = await db
      .selectFrom('marriage_acts')
      .select('id')
      .where('registered', '=', act.date)
      .where((w) =>
        w.or([
          w.and([w('spouse_a', '=', a), w('spouse_b', '=', b)]),
          w.and([w('spouse_a', '=', b), w('spouse_b', '=', a)]),
        ]),
      )
      .executeTakeFirst();
    if (existing) return null;
    const row = await db
      .insertInto('marriage_acts')
      .values({ spouse_a: act.spouses[0], spouse_b: act.spouses[1], registered: act.date, dissolved: act.dissolved })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  };

  return {
    async restore(act: RestorableAct, record: RestorationRecord): Promise<RestoreOutcome> {
      const actId = await insertAct(act);
      if (actId === null) return { kind: 'act-exists' };
      const row = await db
        .insertInto('civil_act_restorations')
        .values({
          act_type: act.type,
          act_id: actId,
          person: act.type === 'birth' ? act.child : act.spouses[0],
          other_person: act.type === 'birth' ? null : act.spouses[1],
          act: jsonText<RestorableAct>(act),
          basis: record.basis,
          case_reference: record.caseReference,
          restored_by: record.restoredBy.iin,
          office: record.restoredBy.office,
          restored_at: record.restoredAt,
          restored_on: dateInAstana(record.restoredAt),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return { kind: 'restored', restoration: fromRow(row) };
    },

    async restorationsOf(iin: string): Promise<Restoration[]> {
      // Two index scans (person, other_person), as the act lookups do.
      const rows = await db
        .selectFrom('civil_act_restorations')
        .selectAll()
        .where('person', '=', iin)
        .union(db.selectFrom('civil_act_restorations').selectAll().where('other_person', '=', iin))
        .execute();
      return rows.map(fromRow).sort((x, y) => x.id - y.id);
    },
  };
}
