import type { Kysely } from 'kysely';
import type { Schema } from '../../db/schema.ts';
import { activeOn } from './active-on.ts';
import type { IsoDate } from '../../domain/dates.ts';
import type { Registration } from '../../domain/registry-facts.ts';
import type { RegistrationRegistry } from '../ports.ts';

export class SqlRegistrationRegistry implements RegistrationRegistry {
  private readonly db: Kysely<Schema>;

  constructor(db: Kysely<Schema>) {
    this.db = db;
  }

  async activeAt(rka: string, date: IsoDate): Promise<Registration[]> {
    const rows = await this.db
      .selectFrom('registrations')
      .selectAll()
      .where('rka', '=', rka)
      .where(activeOn(date))
      .orderBy('valid_from')
      .orderBy('id')
      .execute();
    return rows.map(toRegistration);
  }

  async ofPerson(iin: string): Promise<Registration[]> {
    const rows = await this.db
      .selectFrom('registrations')
      .selectAll()
      .where('iin', '=', iin)
      .orderBy('valid_from')
      .orderBy('id')
      .execute();
    return rows.map(toRegistration);
  }
}

function toRegistration(row: {
  iin: string;
  rka: string;
  kind: 'permanent' | 'temporary';
  valid_from: IsoDate;
  valid_to: IsoDate | null;
}): Registration {
  return {
    iin: row.iin,
    rka: row.rka,
    kind: row.kind,
    from: row.valid_from,
    to: row.valid_to,
  };
}
