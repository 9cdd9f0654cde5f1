import type { Kysely } from 'kysely';
import type { Schema } from '../../db/schema.ts';
import type { Registries } from '../ports.ts';
import { SqlCivilRegistry } from './civil.ts';
import { SqlEducationRegistry, SqlGuardianshipRegistry, SqlPhoneRegistry } from './people-links.ts';
import { SqlLegalEntityRegistry } from './legal-entities.ts';
import { SqlPersonRegistry } from './persons.ts';
import { SqlAddressRegistry } from './addresses.ts';
import { SqlRealEstateRegistry } from './real-estate.ts';
import { SqlRegistrationRegistry } from './registrations.ts';

/** The reference registries on PostgreSQL (server or PGlite). */
export function createSqlRegistries(db: Kysely<Schema>): Registries {
  return {
    persons: new SqlPersonRegistry(db),
    civil: new SqlCivilRegistry(db),
    realEstate: new SqlRealEstateRegistry(db),
    addresses: new SqlAddressRegistry(db),
    registrations: new SqlRegistrationRegistry(db),
    education: new SqlEducationRegistry(db),
    guardianships: new SqlGuardianshipRegistry(db),
    phones: new SqlPhoneRegistry(db),
    legalEntities: new SqlLegalEntityRegistry(db),
  };
}
