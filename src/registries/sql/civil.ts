import { type Kysely, sql } from 'kysely';
import type { Schema } from '../../db/schema.ts';
import type { IsoDate } from '../../domain/dates.ts';
import {
  type BirthAct,
  compareMarriages,
  type DeathAct,
  type MarriageAct,
  type NameChangeAct,
} from '../../domain/registry-facts.ts';
import type { CivilRegistry, FamilyActs } from '../ports.ts';

/** ЗАГС: birth, marriage, death and name-change acts. */
export class SqlCivilRegistry implements CivilRegistry {
  private readonly db: Kysely<Schema>;

  constructor(db: Kysely<Schema>) {
    this.db = db;
  }

  // The single-person lookups are the batch ones for one person: for one IIN, union and union
  // all give the same rows (a check constraint forbids being both parents, or marrying oneself).
  async birthActOf(child: string): Promise<BirthAct | null> {
    return (await this.birthActsOfChildren([child]))[0] ?? null;
  }

  async birthActsAsParent(parent: string): Promise<BirthAct[]> {
    return this.birthActsOfParents([parent]);
  }

  async marriagesOf(iin: string): Promise<MarriageAct[]> {
    return this.marriagesOfAny([iin]);
  }

  async birthActsOfChildren(children: readonly string[]): Promise<BirthAct[]> {
    if (children.length === 0) return [];
    const rows = await this.db
      .selectFrom('birth_acts')
      .selectAll()
      .where('child', 'in', [...children])
      .execute();
    return rows.map(toBirthAct).sort((a, b) => (a.child < b.child ? -1 : 1));
  }

  async birthActsOfParents(parents: readonly string[]): Promise<BirthAct[]> {
    if (parents.length === 0) return [];
    const list = [...parents];
    // Two index scans (mother, father) rather than one OR, which would defeat the partial
    // indexes; union (not union all), so a child of two listed parents comes once.
    const rows = await this.db
      .selectFrom('birth_acts')
      .selectAll()
      .where('mother', 'in', list)
      .union(this.db.selectFrom('birth_acts').selectAll().where('father', 'in', list))
      .execute();
    return rows.map(toBirthAct).sort((a, b) => (a.child < b.child ? -1 : 1));
  }

  async marriagesOfAny(iins: readonly string[]): Promise<MarriageAct[]> {
    if (iins.length === 0) return [];
    const list = [...iins];
    const rows = await this.db
      .selectFrom('marriage_acts')
      .selectAll()
      .where('spouse_a', 'in', list)
      .union(this.db.selectFrom('marriage_acts').selectAll().where('spouse_b', 'in', list))
      .execute();
    return rows.map(toMarriageAct).sort(compareMarriages);
  }

  async familyActsOfAny(iins: readonly string[]): Promise<FamilyActs> {
    if (iins.length === 0) return { births: [], marriages: [] };
    // One statement for one step of kinship (issue 20: fewer round trips per decision): five
    // index scans (child, mother, father, either spouse) under one union, which also makes each
    // act come once. The list is one array parameter, so the statement's text does not depend on
    // the family's size and its prepared form is reused (src/db/prepared-statements.ts).
    const list = [...new Set(iins)];
    const rows = await sql<{
      kind: 'birth' | 'marriage';
      a: string;
      b: string | null;
      c: string | null;
      registered: IsoDate | null;
      dissolved: IsoDate | null;
    }>`
      select 'birth' as kind, child as a, mother as b, father as c, registered, null::date as dissolved
        from birth_acts where child = any(${list})
      union select 'birth', child, mother, father, registered, null from birth_acts where mother = any(${list})
      union select 'birth', child, mother, father, registered, null from birth_acts where father = any(${list})
      union select 'marriage', spouse_a, spouse_b, null, registered, dissolved from marriage_acts where spouse_a = any(${list})
      union select 'marriage', spouse_a, spouse_b, null, registered, dissolved from marriage_acts where spouse_b = any(${list})`.execute(
      this.db,
    );
    const births: BirthAct[] = [];
    const marriages: MarriageAct[] = [];
    for (const r of rows.rows) {
      if (r.kind === 'birth')
        births.push(toBirthAct({ child: r.a, mother: r.b, father: r.c, registered: r.registered }));
      else
        marriages.push(
          toMarriageAct({ spouse_a: r.a, spouse_b: r.b!, registered: r.registered!, dissolved: r.dissolved }),
        );
    }
    return { births: births.sort((x, y) => (x.child < y.child ? -1 : 1)), marriages: marriages.sort(compareMarriages) };
  }

  async deathActsOf(iins: readonly string[]): Promise<DeathAct[]> {
    if (iins.length === 0) return [];
    const rows = await this.db
      .selectFrom('death_acts')
      .selectAll()
      .where('iin', 'in', [...iins])
      .orderBy('iin')
      .execute();
    return rows.map((row) => ({ type: 'death', person: row.iin, date: row.death_date }));
  }

  async deathActOf(iin: string): Promise<DeathAct | null> {
    return (await this.deathActsOf([iin]))[0] ?? null;
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
      date: r.changed_on,
    }));
  }
}

function toBirthAct(row: {
  child: string;
  mother: string | null;
  father: string | null;
  registered: IsoDate | null;
}): BirthAct {
  return {
    type: 'birth',
    child: row.child,
    mother: row.mother,
    father: row.father,
    registered: row.registered,
  };
}

function toMarriageAct(r: {
  spouse_a: string;
  spouse_b: string;
  registered: IsoDate;
  dissolved: IsoDate | null;
}): MarriageAct {
  return {
    type: 'marriage',
    spouses: [r.spouse_a, r.spouse_b],
    date: r.registered,
    dissolved: r.dissolved,
  };
}
