import type { Kysely } from 'kysely';
import { type Migration, type MigrationProvider, Migrator } from 'kysely/migration';
import * as registries from './0001-registries.ts';
import * as service from './0002-service.ts';
import * as certificates from './0003-certificates.ts';
import * as pageDrafts from './0004-page-drafts.ts';
import * as accessLog from './0005-access-log.ts';
import * as smsDelivery from './0006-sms-delivery.ts';
import * as deskIdentity from './0007-desk-identity.ts';
import * as throttle from './0008-throttle.ts';
import * as retention from './0009-retention.ts';
import * as addressSearch from './0010-address-search.ts';
import * as auditChain from './0011-audit-chain.ts';
import * as streets from './0013-streets.ts';
import * as rulesetSuccessions from './0014-ruleset-successions.ts';
import * as cases from './0015-cases.ts';
import * as payments from './0016-payments.ts';
import * as analystRole from './0017-analyst-role.ts';
import * as legalEntities from './0018-legal-entities.ts';
import * as civilRecords from './0019-civil-records.ts';
import * as backofficeRoles from './0020-backoffice-roles.ts';
import * as caseDocuments from './0021-case-documents.ts';
import * as renamingDecisions from './0023-renaming-decisions.ts';
import * as civilRegistrarRole from './0024-civil-registrar-role.ts';
import * as licences from './0025-licences.ts';
import * as identityDocuments from './0026-identity-documents.ts';
import * as s1IssueOffice from './0027-s1-issue-office.ts';

// Listed here rather than read from the folder, so the set of migrations is part of the code
// that ships and cannot differ between machines.
const MIGRATIONS: Record<string, Migration> = {
  '0001-registries': registries,
  '0002-service': service,
  '0003-certificates': certificates,
  '0004-page-drafts': pageDrafts,
  '0005-access-log': accessLog,
  '0006-sms-delivery': smsDelivery,
  '0007-desk-identity': deskIdentity,
  '0008-throttle': throttle,
  '0009-retention': retention,
  '0010-address-search': addressSearch,
  '0011-audit-chain': auditChain,
  '0013-streets': streets,
  '0014-ruleset-successions': rulesetSuccessions,
  '0015-cases': cases,
  '0016-payments': payments,
  '0017-analyst-role': analystRole,
  '0018-legal-entities': legalEntities,
  '0019-civil-records': civilRecords,
  '0020-backoffice-roles': backofficeRoles,
  '0021-case-documents': caseDocuments,
  '0023-renaming-decisions': renamingDecisions,
  '0024-civil-registrar-role': civilRegistrarRole,
  '0025-licences': licences,
  '0026-identity-documents': identityDocuments,
  '0027-s1-issue-office': s1IssueOffice,
};

class StaticMigrationProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    return MIGRATIONS;
  }
}

export interface MigrationReport {
  applied: string[];
}

/** Brings the schema to the latest version; safe to run any number of times, also concurrently. */
export async function migrateToLatest<DB>(db: Kysely<DB>): Promise<MigrationReport> {
  const migrator = new Migrator({ db, provider: new StaticMigrationProvider() });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error('migration failed', { cause: error });
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}

/** Brings the schema to the named migration (upgrade tests start from an older schema). */
export async function migrateTo<DB>(db: Kysely<DB>, name: string): Promise<void> {
  const migrator = new Migrator({ db, provider: new StaticMigrationProvider() });
  const { error } = await migrator.migrateTo(name);
  if (error) throw error instanceof Error ? error : new Error('migration failed', { cause: error });
}
