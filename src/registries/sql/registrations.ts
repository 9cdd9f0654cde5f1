import type { Kysely, Selectable } from 'kysely';
import type { Schema } from '../../db/schema.ts';
import { activeOn } from './active-on.ts';
import type { IsoDate } from '../../domain/dates.ts';
import type { Registration } from '../../domain/registry-facts.ts';
import type { RegistrationRegistry } from '../ports.ts';

type RegistrationRow = Pick<Selectable<Schema['registrations']>, 'iin' | 'rka' | 'kind' | 'valid_from' | 'valid_to'>;

/** The one mapping of a `registrations` row to the domain's Registration (dates as YYYY-MM-DD). */
export function toRegistration(row: RegistrationRow): Registration {
  return {
    iin: row.iin,
    rka: row.rka,
    kind: row.kind,
    from: row.valid_from,
    to: row.valid_to,
  };
}

export class SqlRegistrationRegistry implements RegistrationRegistry {
  private readonly db: Kysely<Schema>;

  /** `db` may be a transaction: the register's writes read through it under their lock. */
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

/**
 * The person's registrations, newest first, each with the dwelling's address (null once the
 * dwelling left the address register): what the personal cabinet lists. One query.
 */
export async function registrationsWithAddress(
  db: Kysely<Schema>,
  iin: string,
): Promise<{ registration: Registration; address: string | null }[]> {
  const rows = await db
    .selectFrom('registrations')
    .leftJoin('dwellings', 'dwellings.rka', 'registrations.rka')
    .select([
      'registrations.iin',
      'registrations.rka',
      'dwellings.address',
      'registrations.kind',
      'registrations.valid_from',
      'registrations.valid_to',
    ])
    .where('registrations.iin', '=', iin)
    .orderBy('registrations.valid_from', 'desc')
    .orderBy('registrations.id', 'desc')
    .execute();
  return rows.map((row) => ({ registration: toRegistration(row), address: row.address }));
}
