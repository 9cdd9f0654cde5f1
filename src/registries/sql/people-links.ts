// НОБД/ЕПВО enrolments, guardianships and БМГ phone bindings: small registries keyed by person.
import type { Kysely } from 'kysely';
import type { Schema } from '../../db/schema.ts';
import { activeOn } from './active-on.ts';
import type { IsoDate } from '../../domain/dates.ts';
import type { Enrolment, Guardianship, PhoneBinding } from '../../domain/registry-facts.ts';
import type { EducationRegistry, GuardianshipRegistry, PhoneRegistry } from '../ports.ts';

export class SqlEducationRegistry implements EducationRegistry {
  private readonly db: Kysely<Schema>;

  constructor(db: Kysely<Schema>) {
    this.db = db;
  }

  // The single-person lookup is the batch one for one person, as in the civil registry.
  enrolmentsOn(iin: string, date: IsoDate): Promise<Enrolment[]> {
    return this.enrolmentsOfAnyOn([iin], date);
  }

  async enrolmentsOfAnyOn(iins: readonly string[], date: IsoDate): Promise<Enrolment[]> {
    if (iins.length === 0) return [];
    const rows = await this.db
      .selectFrom('enrolments')
      .selectAll()
      .where('iin', 'in', [...iins])
      .where(activeOn(date))
      .orderBy('iin')
      .orderBy('valid_from')
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      iin: r.iin,
      institution: r.institution,
      city: r.city,
      form: r.form,
      source: r.source,
      from: r.valid_from,
      to: r.valid_to,
    }));
  }
}

export class SqlGuardianshipRegistry implements GuardianshipRegistry {
  private readonly db: Kysely<Schema>;

  constructor(db: Kysely<Schema>) {
    this.db = db;
  }

  guardiansOf(ward: string, date: IsoDate): Promise<Guardianship[]> {
    return this.activeOn('ward', [ward], date);
  }

  wardsOf(guardian: string, date: IsoDate): Promise<Guardianship[]> {
    return this.activeOn('guardian', [guardian], date);
  }

  guardiansOfAny(wards: readonly string[], date: IsoDate): Promise<Guardianship[]> {
    return this.activeOn('ward', wards, date);
  }

  private async activeOn(column: 'ward' | 'guardian', iins: readonly string[], date: IsoDate): Promise<Guardianship[]> {
    if (iins.length === 0) return [];
    const rows = await this.db
      .selectFrom('guardianships')
      .selectAll()
      .where(column, 'in', [...iins])
      .where(activeOn(date))
      .orderBy(column)
      .orderBy('valid_from')
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      ward: r.ward,
      guardian: r.guardian,
      from: r.valid_from,
      to: r.valid_to,
    }));
  }
}

export class SqlPhoneRegistry implements PhoneRegistry {
  private readonly db: Kysely<Schema>;

  constructor(db: Kysely<Schema>) {
    this.db = db;
  }

  async phoneOf(iin: string): Promise<PhoneBinding | null> {
    const row = await this.db.selectFrom('phone_bindings').selectAll().where('iin', '=', iin).executeTakeFirst();
    return row ? { iin: row.iin, phone: row.phone, boundAt: row.bound_at } : null;
  }
}
