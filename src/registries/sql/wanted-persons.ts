// КҚПД's wanted-persons database on PostgreSQL (S1, 002 R1 App1 st.6; migration 0019).
import type { Kysely } from 'kysely';
import type { Schema } from '../../db/schema.ts';
import type { IsoDate } from '../../domain/dates.ts';
import type { WantedAnswer, WantedPersonsRegistry } from '../ports.ts';

export function sqlWantedPersons(db: Kysely<Schema>): WantedPersonsRegistry {
  return {
    async check(iin: string, date: IsoDate): Promise<WantedAnswer> {
      // Served by wanted_persons_iin (iin, wanted_from).
      const row = await db
        .selectFrom('wanted_persons')
        .selectAll()
        .where('iin', '=', iin)
        .where('wanted_from', '<=', date)
        .where((w) => w.or([w('wanted_to', 'is', null), w('wanted_to', '>=', date)]))
        .orderBy('wanted_from')
        .orderBy('id')
        .limit(1)
        .executeTakeFirst();
      if (!row) return { outcome: 'clear' };
      return {
        outcome: 'wanted',
        entry: {
          iin: row.iin,
          from: row.wanted_from,
          to: row.wanted_to,
          initiator: row.initiator,
          reference: row.search_reference,
        },
      };
    },
  };
}
