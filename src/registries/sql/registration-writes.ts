// The registration register's writes (P7) on PostgreSQL, inside the caller's transaction: the
// service records a registration, ends the previous one and moves the application in one commit.
import type { Transaction } from 'kysely';
import type { Schema } from '../../db/schema.ts';
import { addDays, type IsoDate } from '../../domain/dates.ts';
import type { Registration } from '../../domain/registry-facts.ts';
import type { LockedDwelling, RegistrationWrites } from '../ports.ts';
import { activeOn } from './active-on.ts';
import { SqlRegistrationRegistry } from './registrations.ts';

/** The last day of a registration ended on `date`: the day before, or that day for one that began then (no empty periods). */
function lastDay(from: string, date: IsoDate): IsoDate {
  const before = addDays(date, -1);
  return from > before ? date : before;
}

export function sqlRegistrationWrites(tx: Transaction<Schema>): RegistrationWrites {
  /** Ends the registrations selected (locked first), as of `date`; their ids in the order given. */
  const end = async (rows: { id: number; valid_from: string }[], date: IsoDate): Promise<number[]> => {
    for (const r of rows) {
      await tx
        .updateTable('registrations')
        .set({ valid_to: lastDay(r.valid_from, date) })
        .where('id', '=', r.id)
        .execute();
    }
    return rows.map((r) => r.id);
  };
  return {
    async activeAtLocked(rka: string, date: IsoDate): Promise<LockedDwelling | null> {
      const dwelling = await tx
        .selectFrom('dwellings')
        .select('area')
        .where('rka', '=', rka)
        .forUpdate()
        .executeTakeFirst();
      if (!dwelling) return null;
      return { area: Number(dwelling.area), active: await new SqlRegistrationRegistry(tx).activeAt(rka, date) };
    },

    async closeOpenPermanent(iin: string, date: IsoDate): Promise<void> {
      const open = await tx
        .selectFrom('registrations')
        .select(['id', 'valid_from'])
        .where('iin', '=', iin)
        .where('kind', '=', 'permanent')
        .where('valid_to', 'is', null)
        .forUpdate()
        .execute();
      await end(open, date);
    },

    async closeActiveAt(iin: string, rka: string, date: IsoDate): Promise<number[]> {
      const active = await tx
        .selectFrom('registrations')
        .select(['id', 'valid_from'])
        .where('iin', '=', iin)
        .where('rka', '=', rka)
        .where(activeOn(date))
        .orderBy('id')
        .forUpdate()
        .execute();
      return end(active, date);
    },

    async open(registration: Registration): Promise<number> {
      const { id } = await tx
        .insertInto('registrations')
        .values({
          iin: registration.iin,
          rka: registration.rka,
          kind: registration.kind,
          valid_from: registration.from,
          valid_to: registration.to,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return id;
    },
  };
}
