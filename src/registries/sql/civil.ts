import type { Kysely } from 'kysely';
import type { Schema } from '../../db/schema.ts';
import type { IsoDate } from '../../domain/dates.ts';
import type { BirthAct, DeathAct, MarriageAct, NameChangeAct } from '../../domain/registry-facts.ts';
import type { CivilRegistry } from '../ports.ts';

/** ЗАГС: birth, marriage, death and name-change acts. */
export class SqlCivilRegistry implements CivilRegistry {
  private readonly db: Kysely<Schema>;

  constructor(db: Kysely<Schema>) {
    this.db = db;
  }

  async birthActOf(child: string): Promise<BirthAct | null> {
    const row = await this.db.selectFrom('birth_acts').selectAll().where('child', '=', child).executeTakeFirst();
    return row ? toBirthAct(row) : null;
  }

  async birthActsAsParent(parent: string): Promise<BirthAct[]> {
    // Two index scans (mother, father) rather than one OR, which would defeat the partial indexes.
    const rows = await this.db
      .selectFrom('birth_acts')
      .selectAll()
      .where('mother', '=', parent)
      .unionAll(this.db.selectFrom('birth_acts').selectAll().where('father', '=', parent))
      .execute();
    return rows.map(toBirthAct).sort((a, b) => (a.child < b.child ? -1 : 1));
  }

  async marriagesOf(iin: string): Promise<MarriageAct[]> {
    const rows = await this.db
      .selectFrom('marriage_acts')
      .selectAll()
      .where('spouse_a', '=', iin)
      .unionAll(this.db.selectFrom('marriage_acts').selectAll().where('spouse_b', '=', iin))
      .execute();
    return rows
      .map((r): MarriageAct => ({
        type: 'marriage',
        spouses: [r.spouse_a, r.spouse_b],
        date: r.registered as IsoDate,
        dissolved: r.dissolved as IsoDate | null,
      }))
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  }

  async deathActOf(iin: string): Promise<DeathAct | null> {
    const row = await this.db.selectFrom('death_acts').selectAll().where('iin', '=', iin).executeTakeFirst();
    return row ? { type: 'death', person: row.iin, date: row.death_date as IsoDate } : null;
  }

  async nameChangesOf(iin: string): Promise<NameChangeAct[]> {
    const rows = await this.db
      .selectFrom('name_change_acts')
      .selectAll()
      .where('iin', '=', iin)
      .orderBy('changed_on')
      .execute();
    return rows.map((r) => ({
      type: 'name-change',
      person: r.iin,
      previousName: r.previous_name,
      newName: r.new_name,
      date: r.changed_on as IsoDate,
    }));
  }
}

function toBirthAct(row: {
  child: string;
  mother: string | null;
  father: string | null;
  registered: string | null;
}): BirthAct {
  return {
    type: 'birth',
    child: row.child,
    mother: row.mother,
    father: row.father,
    registered: row.registered as IsoDate | null,
  };
}
