// Issue 13, "who looked at my data": the append-only personal-data access log. One row per
// operator read of a person's data and per registry query made for an application, written in
// the transaction of the act it records. The citizen reads their own rows in the cabinet; an
// auditor (or a supervisor) searches them all. The table refuses UPDATE and DELETE itself
// (migration 0005), so this module only ever inserts and reads.
import type { Kysely, Selectable } from 'kysely';
import type { PersonalDataAccessTable, Schema } from '../../db/schema.ts';
import type { RegistrySystem } from '../../registries/consulted.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import type { Tx } from '../transaction.ts';

/** Why a person's data was read: a closed set, each with a plain-language text in access-*.ts. */
export type AccessPurpose =
  | 'triage'
  | 'hall-filing'
  | 'decision-trace'
  | 'application-read'
  | 'desk-certificate'
  | 'registry-check'
  | 'owner-consent'
  | 'audit-search'
  | 'case-read';

export const ACCESS_PURPOSES: readonly AccessPurpose[] = [
  'triage',
  'hall-filing',
  'decision-trace',
  'application-read',
  'desk-certificate',
  'registry-check',
  'owner-consent',
  'audit-search',
  'case-read',
];

export const REGISTRY_SYSTEMS: readonly RegistrySystem[] = [
  'gbd-fl',
  'zags',
  'egkn',
  'address',
  'registrations',
  'nobd',
  'guardianships',
  'bmg',
  'gbd-ul',
];

/** A back-office employee of the State Corporation reading a case (issue 17): a role the console does not have. */
export interface CaseStaffReader {
  kind: 'operator';
  iin: string;
  role: string;
  office: string;
}

export interface AccessEntry {
  subject: string;
  actor: Actor | CaseStaffReader;
  purpose: AccessPurpose;
  registry?: RegistrySystem | null;
  applicationId?: string | null;
  certificateNumber?: string | null;
  /** Issue 17: the case read (purpose `case-read`). */
  caseId?: string | null;
}

export interface AccessRecord {
  id: number;
  at: Date;
  subject: string;
  actorKind: Actor['kind'];
  actorIin: string | null;
  actorRole: string | null;
  office: string | null;
  purpose: AccessPurpose;
  registry: RegistrySystem | null;
  applicationId: string | null;
  applicationNumber: string | null;
  certificateNumber: string | null;
}

export interface Page {
  /** 1-based. */
  page: number;
  size: number;
}

export interface AccessPage {
  items: AccessRecord[];
  page: number;
  size: number;
  /** Whether a next page exists (one row more is read to know). */
  more: boolean;
}

export const MAX_PAGE_SIZE = 100;

/**
 * Writes the entries in one statement, in the caller's transaction. A citizen reading their own
 * data is not an access to record: such entries are left out here, once for every caller.
 */
export async function recordAccess(tx: Tx, at: Date, entries: readonly AccessEntry[]): Promise<void> {
  const rows = entries
    .filter((e) => !(e.actor.kind === 'citizen' && e.actor.iin === e.subject))
    .map((e) => ({
      at,
      subject_iin: e.subject,
      actor_kind: e.actor.kind,
      actor_iin: e.actor.kind === 'system' ? null : e.actor.iin,
      actor_role: e.actor.kind === 'operator' ? e.actor.role : null,
      office: e.actor.kind === 'operator' ? e.actor.office : null,
      purpose: e.purpose,
      registry: e.registry ?? null,
      application_id: e.applicationId ?? null,
      certificate_number: e.certificateNumber ?? null,
      case_id: e.caseId ?? null,
    }));
  if (rows.length === 0) return;
  await tx.insertInto('personal_data_access').values(rows).execute();
}

export interface AccessFilter {
  subject?: string | undefined;
  actor?: string | undefined;
  office?: string | undefined;
  purpose?: AccessPurpose | undefined;
  applicationId?: string | undefined;
  /** Inclusive lower bound. */
  from?: Date | undefined;
  /** Exclusive upper bound. */
  to?: Date | undefined;
}

/** The citizen's own entries, newest first. */
export function accessLogOf(db: Kysely<Schema>, subjectIin: string, page: Page): Promise<AccessPage> {
  return searchAccessLog(db, { subject: subjectIin }, page);
}

/** The logged-in citizen's own entries (the cabinet's "who looked at my data"), newest first. */
export function myAccessLog(ctx: ServiceContext, subjectIin: string, page: Page): Promise<AccessPage> {
  return accessLogOf(ctx.database.db, subjectIin, page);
}

/** The auditor's search: any combination of the filter's fields, newest first, paged. */
export async function searchAccessLog(db: Kysely<Schema>, filter: AccessFilter, page: Page): Promise<AccessPage> {
  const size = Math.min(Math.max(1, Math.trunc(page.size)), MAX_PAGE_SIZE);
  const number = Math.max(1, Math.trunc(page.page));
  let query = db
    .selectFrom('personal_data_access as a')
    .leftJoin('applications as app', 'app.id', 'a.application_id')
    .selectAll('a')
    .select('app.number as application_number');
  if (filter.subject) query = query.where('a.subject_iin', '=', filter.subject);
  if (filter.actor) query = query.where('a.actor_iin', '=', filter.actor);
  if (filter.office) query = query.where('a.office', '=', filter.office);
  if (filter.purpose) query = query.where('a.purpose', '=', filter.purpose);
  if (filter.applicationId) query = query.where('a.application_id', '=', filter.applicationId);
  if (filter.from) query = query.where('a.at', '>=', filter.from);
  if (filter.to) query = query.where('a.at', '<', filter.to);
  const rows = await query
    .orderBy('a.at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(size + 1)
    .offset((number - 1) * size)
    .execute();
  return { items: rows.slice(0, size).map(toAccessRecord), page: number, size, more: rows.length > size };
}

function toAccessRecord(
  row: Selectable<PersonalDataAccessTable> & { application_number: string | null },
): AccessRecord {
  return {
    id: Number(row.id),
    at: row.at,
    subject: row.subject_iin,
    actorKind: row.actor_kind,
    actorIin: row.actor_iin,
    actorRole: row.actor_role,
    office: row.office,
    purpose: row.purpose as AccessPurpose,
    registry: row.registry as RegistrySystem | null,
    applicationId: row.application_id,
    applicationNumber: row.application_number,
    certificateNumber: row.certificate_number,
  };
}
