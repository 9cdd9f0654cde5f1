import type { Kysely } from 'kysely';
import type { Schema } from '../../db/schema.ts';
import type { IsoDate } from '../../domain/dates.ts';
import type { Person } from '../../domain/registry-facts.ts';
import type { PersonRegistry } from '../ports.ts';

/** ГБД ФЛ joined with Е-Собес incapacity decisions. */
export class SqlPersonRegistry implements PersonRegistry {
  private readonly db: Kysely<Schema>;

  constructor(db: Kysely<Schema>) {
    this.db = db;
  }

  private select() {
    return this.db
      .selectFrom('persons as p')
      .leftJoin('incapacities as i', 'i.iin', 'p.iin')
      .select(['p.iin', 'p.full_name', 'p.birth_date', 'p.sex', 'p.death_date', 'i.iin as incapacity']);
  }

  async person(iin: string): Promise<Person | null> {
    const row = await this.select().where('p.iin', '=', iin).executeTakeFirst();
    return row ? toPerson(row) : null;
  }

  async persons(iins: readonly string[]): Promise<Person[]> {
    if (iins.length === 0) return [];
    const rows = await this.select()
      .where('p.iin', 'in', [...iins])
      .orderBy('p.iin')
      .execute();
    return rows.map(toPerson);
  }
}

function toPerson(row: {
  iin: string;
  full_name: string;
  birth_date: IsoDate;
  sex: 'M' | 'F';
  death_date: IsoDate | null;
  incapacity: string | null;
}): Person {
  return {
    iin: row.iin,
    name: row.full_name,
    birthDate: row.birth_date,
    sex: row.sex,
    deathDate: row.death_date,
    incapable: row.incapacity !== null,
  };
}
