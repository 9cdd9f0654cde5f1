// What must hold after the crash harness (issue 16), each check returning what breaks it, so a
// failure names every offending row at once: one valid state per application, no registration
// twice, one open permanent registration per person, one audit record per state change, every
// message delivered with no SMS twice for one message, every certificate kept and none doubled.
import { sql } from 'kysely';
import type { Database } from '../../src/db/database.ts';
import { STATES } from '../../src/domain/lifecycle/states.ts';
import type { ClientReport } from './crash-client.ts';
import type { FakeGateway } from './sms-gateway-server.ts';

export async function stateViolations(database: Database, reports: ClientReport[]): Promise<string[]> {
  const rows = await database.db.selectFrom('applications').select(['id', 'state']).execute();
  const state = new Map(rows.map((r) => [r.id, r.state]));
  const found = rows.filter((r) => !(STATES as readonly string[]).includes(r.state)).map((r) => `${r.id}: ${r.state}`);
  for (const [i, r] of reports.entries()) {
    if (!r.done) found.push(`client ${i} did not finish: ${r.error ?? 'no error'} (last retry: ${r.lastRetry})`);
    if (r.registration && state.get(r.registration) !== 'registered')
      found.push(`client ${i}: registration not registered`);
    if (r.deregistration && state.get(r.deregistration) !== 'deregistered') found.push(`client ${i}: not deregistered`);
  }
  return found;
}

export async function registrationViolations(database: Database): Promise<string[]> {
  const doubled = await sql<{ iin: string; rka: string; n: string }>`
    select iin, rka, count(*) as n from registrations where valid_from >= '2025-12-01'
    group by iin, rka, kind having count(*) > 1`.execute(database.db);
  // A registration is made by one application and ended by at most one deregistration (whose
  // registration_id is the registration it ended, sign.ts): one of each service per row.
  const shared = await sql<{ registration_id: number; n: string }>`
    select registration_id, count(*) as n from applications where registration_id is not null
    group by registration_id, service having count(*) > 1`.execute(database.db);
  // Each harness citizen files one application of each kind; a second one is a create run twice.
  const filed = await sql<{ applicant: string; service: string; n: string }>`
    select applicant, service, count(*) as n from applications group by applicant, service
    having count(*) > 1`.execute(database.db);
  const open = await sql<{ iin: string; n: string }>`
    select iin, count(*) as n from registrations where kind = 'permanent' and valid_to is null
    group by iin having count(*) > 1`.execute(database.db);
  return [
    ...doubled.rows.map((r) => `registration ${r.iin} at ${r.rka} recorded ${r.n} times`),
    ...shared.rows.map((r) => `registration ${r.registration_id} claimed by ${r.n} applications`),
    ...filed.rows.map((r) => `${r.applicant} filed ${r.n} applications for ${r.service}`),
    ...open.rows.map((r) => `${r.iin} has ${r.n} open permanent registrations`),
  ];
}

/** Each state change (each version) with exactly one audit record, chained from → to. */
export async function auditViolations(database: Database): Promise<string[]> {
  const apps = await database.db.selectFrom('applications').select(['id', 'state', 'version']).execute();
  const records = await database.db
    .selectFrom('audit_events')
    .select(['application_id', 'action', 'from_state', 'to_state'])
    .where('application_id', 'is not', null)
    .where('to_state', 'is not', null)
    .orderBy('id')
    .execute();
  const byApp = Map.groupBy(records, (r) => r.application_id!);
  const found: string[] = [];
  for (const app of apps) {
    const chain = byApp.get(app.id) ?? [];
    const moves = chain.filter((r) => r.from_state !== null);
    if (chain.length - moves.length !== 1) found.push(`${app.id}: ${chain.length - moves.length} creation records`);
    if (moves.length !== app.version - 1)
      found.push(`${app.id}: ${moves.length} move records for version ${app.version}`);
    for (let i = 1; i < chain.length; i++) {
      if (chain[i]!.from_state !== chain[i - 1]!.to_state) found.push(`${app.id}: record ${i} does not follow`);
    }
    if (chain.at(-1)?.to_state !== app.state) found.push(`${app.id}: last record is not its state ${app.state}`);
  }
  return found;
}

export interface OutboxFigures {
  messages: number;
  sms: number;
  /** Requests the gateway dropped as repeats of a key it had (sent again after a crash). */
  repeats: number;
}

export async function outboxViolations(
  database: Database,
  gateway: FakeGateway,
): Promise<{ found: string[]; figures: OutboxFigures }> {
  const rows = await database.db
    .selectFrom('outbox')
    .select(['id', 'channel', 'message_key', 'sent_at', 'delivery_status'])
    .execute();
  const found: string[] = [];
  const perKey = new Map<string, number>();
  for (const request of gateway.requests) {
    const id = String((request.body as { id?: unknown }).id);
    perKey.set(id, (perKey.get(id) ?? 0) + 1);
  }
  const delivered = new Set(gateway.delivered);
  if (delivered.size !== gateway.delivered.length) found.push('the gateway handed one key on twice');
  const keys = new Set<string>();
  for (const row of rows) {
    if (row.sent_at === null) found.push(`message ${row.id} (${row.channel}) not delivered: ${row.delivery_status}`);
    if (keys.has(row.message_key)) found.push(`message ${row.id}: key used twice`);
    keys.add(row.message_key);
    if (row.channel === 'sms' && row.sent_at !== null && !delivered.has(row.message_key)) {
      found.push(`message ${row.id}: marked sent, never reached the gateway`);
    }
  }
  for (const key of delivered) if (!keys.has(key)) found.push(`an SMS ${key} the outbox never held`);
  const sms = rows.filter((r) => r.channel === 'sms').length;
  const repeats = [...perKey.values()].reduce((sum, n) => sum + n - 1, 0);
  return { found, figures: { messages: rows.length, sms, repeats } };
}

/** Each client obtained one certificate: it exists, and no second one was made for that request. */
export async function certificateViolations(
  database: Database,
  reports: ClientReport[],
  newcomers: string[],
): Promise<string[]> {
  const rows = await database.db.selectFrom('address_certificates').select(['number', 'subject']).execute();
  const bySubject = Map.groupBy(rows, (r) => r.subject);
  const found: string[] = [];
  for (const [i, report] of reports.entries()) {
    const mine = bySubject.get(newcomers[i]!) ?? [];
    if (report.certificate && !mine.some((c) => c.number === report.certificate)) {
      found.push(`client ${i}: certificate ${report.certificate} lost`);
    }
    if (mine.length > 1) found.push(`client ${i}: ${mine.length} certificates issued for one request`);
  }
  return found;
}
