// Kysely table types: one interface per table of the reference registries and the service.
// test/db/schema.test.ts checks them against the database the migrations build, on both engines.
import type { ColumnType, Generated } from 'kysely';
import type { ApplicationPayload } from '../domain/application-payload.ts';
import type { ArrivalCoupon } from '../domain/arrival-coupon.ts';
import type { CertificateContent } from '../domain/certificates/content.ts';
import type { Entitlement } from '../domain/certificates/entitlement.ts';
import type { IsoDate } from '../domain/dates.ts';
import type { Decision } from '../domain/decision/types.ts';
import type { FeeStage } from '../domain/payments/fees.ts';
import type { GatewayOutcome, InvoiceState } from '../domain/payments/invoice.ts';
import type { IdentityDocumentType } from '../domain/identity-document.ts';
import type { LegalForm } from '../domain/legal-entity.ts';
import type { ServiceId, State } from '../domain/lifecycle/states.ts';
import type { BirthAct, MarriageAct } from '../domain/registry-facts.ts';
import type { RenamingChange } from '../domain/renaming.ts';
import type { DocumentMediaType } from '../domain/case-documents/file-type.ts';
import type { CaseChannel, CaseFacts, CaseState, Procedure } from '../domain/cases/case.ts';
import type { ServiceId as ServiceDefinitionId } from '../domain/public-services/definition.ts';
import type { Json } from './json-column.ts';
import type { CustodyEventKind } from '../domain/licences/custody.ts';
import type { LicencePowerOfAttorney } from '../domain/licences/filing.ts';

/**
 * A `date` column. Both engines return it as its 'YYYY-MM-DD' text (type-parsers.ts), which is
 * what an IsoDate is; on the way in, PostgreSQL itself rejects what is not a real date.
 */
type DateColumn = ColumnType<IsoDate, string, string>;

export interface PersonsTable {
  iin: string;
  full_name: string;
  birth_date: DateColumn;
  sex: 'M' | 'F';
  death_date: DateColumn | null;
}

/** Е-Собес: court decisions on legal incapacity. */
export interface IncapacitiesTable {
  iin: string;
  since: DateColumn | null;
  court_decision: string | null;
}

export interface BirthActsTable {
  id: Generated<number>;
  child: string;
  mother: string | null;
  father: string | null;
  registered: DateColumn | null;
}

export interface MarriageActsTable {
  id: Generated<number>;
  spouse_a: string;
  spouse_b: string;
  registered: DateColumn;
  dissolved: DateColumn | null;
}

export interface DeathActsTable {
  id: Generated<number>;
  iin: string;
  death_date: DateColumn;
}

export interface NameChangeActsTable {
  id: Generated<number>;
  iin: string;
  previous_name: string;
  new_name: string;
  changed_on: DateColumn;
}

export interface DwellingsTable {
  rka: string;
  city: string;
  address: string;
  address_key: string;
  area: ColumnType<number, number | string, number | string>;
  state_rental: boolean;
  street_id: number;
  house: number | null;
  flat: number | null;
}

/** The address register's streets (migration 0013), each with its place, as the addresses name them. */
export interface StreetsTable {
  id: number;
  city: string;
  place: string;
  name: string;
  name_ru: string;
  address_prefix: string;
  search_key: string;
}

export interface DwellingOwnersTable {
  rka: string;
  iin: string;
  share_num: number;
  share_den: number;
}

export interface RegistrationsTable {
  id: Generated<number>;
  iin: string;
  rka: string;
  kind: 'permanent' | 'temporary';
  valid_from: DateColumn;
  valid_to: DateColumn | null;
}

export interface EnrolmentsTable {
  id: Generated<number>;
  iin: string;
  institution: string;
  city: string;
  form: 'full-time' | 'part-time' | 'distance';
  source: 'nobd' | 'epvo';
  valid_from: DateColumn;
  valid_to: DateColumn | null;
}

export interface GuardianshipsTable {
  id: Generated<number>;
  ward: string;
  guardian: string;
  valid_from: DateColumn;
  valid_to: DateColumn | null;
}

export interface PhoneBindingsTable {
  phone: string;
  iin: string;
  bound_at: DateColumn;
}

export interface SeedRunsTable {
  id: number;
  seed: string;
  persons: number;
  chunk_size: number;
  chunks_total: number;
  chunks_done: number;
  generator_version: number;
  started_at: ColumnType<Date, Date | string | undefined, Date | string>;
  finished_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

type Instant = ColumnType<Date, Date | string, Date | string>;

export interface ApplicationsTable {
  id: string;
  number: string;
  service: ServiceId;
  state: State;
  channel: 'online' | 'hall';
  office: string | null;
  applicant: string;
  filed_by: string;
  rka: string | null;
  owner: string | null;
  representative: string | null;
  registration_id: number | null;
  payload: Json<ApplicationPayload>;
  coupon: Json<ArrivalCoupon> | null;
  decision: Json<Decision> | null;
  outcome: string | null;
  reason: string | null;
  application_date: DateColumn;
  consent_due: Instant | null;
  retry_at: Instant | null;
  attempts: ColumnType<number, number | undefined, number>;
  version: ColumnType<number, number | undefined, number>;
  created_at: Instant;
  updated_at: Instant;
}

export interface ConsentsTable {
  application_id: string;
  owner: string;
  answerer: string;
  state: 'pending' | 'given' | 'declined' | 'expired' | 'withdrawn';
  answered_at: Instant | null;
  signature_id: string | null;
}

export interface SignaturesTable {
  id: string;
  application_id: string;
  signer: string;
  role: 'applicant' | 'owner' | 'representative';
  method: 'cms' | 'otp' | 'hall';
  payload_sha256: string;
  cms: string | null;
  certificate_serial: string | null;
  signed_at: Instant;
}

export interface AuditEventsTable {
  id: Generated<number>;
  at: Instant;
  actor_kind: 'citizen' | 'operator' | 'system';
  actor: string | null;
  action: string;
  application_id: string | null;
  from_state: State | null;
  to_state: State | null;
  /** Codes and identifiers only (services/audit.ts). */
  details: Json<Record<string, unknown>>;
  certificate_number: ColumnType<string | null, string | null | undefined, string | null>;
  /** Issue 16: the record's place in the audit chain and its hashes, written by a trigger (0011). */
  chain_seq: ColumnType<number, never, never>;
  prev_hash: ColumnType<Uint8Array, never, never>;
  hash: ColumnType<Uint8Array, never, never>;
}

/** Issue 16: the head of the audit chain, one row (0011). */
export interface AuditChainTable {
  singleton: ColumnType<boolean, never, never>;
  seq: number;
  head: Uint8Array;
}

export interface SealCertificatesTable {
  serial: string;
  pem: string;
}

type StoredEntitlement = Pick<Extract<Entitlement, { ok: true }>, 'rules' | 'basis' | 'trace'>;

export interface AddressCertificatesTable {
  number: string;
  kind: 'current' | 'history';
  requester: string;
  subject: string;
  basis: 'self' | 'parent' | 'spouse' | 'guardian';
  content: Json<CertificateContent>;
  signature: string;
  seal_serial: string;
  /** C1–C5: the rules in force, the basis found and the trace that found it. */
  entitlement: Json<StoredEntitlement>;
  issued_at: Instant;
  /** C9: at a ЦОН desk, the identity document the person present showed, and the office; else null. */
  desk_document_type: ColumnType<IdentityDocumentType | null, IdentityDocumentType | null | undefined>;
  desk_document_number: ColumnType<string | null, string | null | undefined>;
  desk_office: ColumnType<string | null, string | null | undefined>;
}

/** A nullable column that inserts may leave out. */
type Optional<T> = ColumnType<T | null, T | null | undefined, T | null>;

export interface OutboxTable {
  id: Generated<number>;
  channel: 'sms' | 'cabinet';
  recipient: string;
  template: string;
  params: Json<Record<string, string | number>>;
  created_at: Instant;
  sent_at: Instant | null;
  attempts: ColumnType<number, number | undefined, number>;
  last_error: string | null;
  /** The dedupe key sent to the SMS gateway as "id" (docs/sms-gateway.md). */
  message_key: Generated<string>;
  /** accepted/delivered: the gateway's answer (cabinet: delivered); failed: given up. */
  delivery_status: Optional<'accepted' | 'delivered' | 'failed'>;
  gateway_message_id: Optional<string>;
  /** The last failure as a code (timeout, unreachable, http-503, no-phone…), never a body. */
  last_error_code: Optional<string>;
}

export interface NotificationsTable {
  id: Generated<number>;
  recipient: string;
  template: string;
  params: Json<Record<string, string | number>>;
  application_id: string | null;
  created_at: Instant;
  read_at: Instant | null;
}

export interface OtpChallengesTable {
  id: string;
  iin: string;
  /** The БМГ phone the code went to; `none:<iin>` for a login decoy no code was sent for (otp.ts). */
  phone: string;
  purpose: string;
  code_hash: string;
  created_at: Instant;
  expires_at: Instant;
  attempts: ColumnType<number, number | undefined, number>;
  consumed_at: Instant | null;
}

export interface AuthChallengesTable {
  id: string;
  nonce: string;
  expires_at: Instant;
  consumed_at: Instant | null;
}

export interface SessionsTable {
  token_sha256: string;
  iin: string;
  method: 'cms' | 'otp';
  created_at: Instant;
  expires_at: Instant;
  revoked_at: Instant | null;
}

/** Migration 0020: the back-office roles of the case engine (004 cl.4, cl.9); 0024: ЗАГС (S7, 003 ¶B2). */
type BackOfficeRoleColumn =
  | 'civil-registrar'
  | 'archive-employee'
  | 'executor'
  | 'technical-inspector'
  | 'management'
  // Migration 0026 (002 R1 App1): the migration police units of S1's chain.
  | 'qaiib'
  | 'kqpb'
  | 'kqpd'
  | 'aoo-rmk';

export interface OperatorsTable {
  iin: string;
  /**
   * 'analyst' (issue 21, migration 0017): aggregates only, no personal data. The State
   * Corporation's back office (issue 17 item 6, migration 0020): 'archive-employee', 'executor',
   * 'technical-inspector', 'management'; the ЗАГС employee of S7 (issue 18, migration 0024):
   * 'civil-registrar'.
   */
  role: 'reception' | 'hall' | 'supervisor' | 'auditor' | 'analyst' | BackOfficeRoleColumn;
  office: string;
}

export interface IdempotencyKeysTable {
  subject: string;
  key: string;
  request_sha256: string;
  status: number | null;
  /** The JSON body of the first response, replayed as it was. */
  body: Json<unknown> | null;
  created_at: Instant;
  /** Issue 14: the key is forgotten after this; rows past it may be purged. */
  expires_at: Instant;
}

/** Issue 14: one throttling budget (services/throttle.ts); a row whose tat has passed is a full bucket. */
export interface ThrottleBucketsTable {
  key: string;
  tat: Instant;
  strikes: number;
  allowed: boolean;
}

export interface PageDraftsTable {
  iin: string;
  flow: string;
  application_id: string;
  answers: Json<Record<string, unknown>>;
  updated_at: Instant;
}

/** Issue 13: one read of a person's data (see services/privacy/access-log.ts). Append-only. */
export interface PersonalDataAccessTable {
  id: Generated<number>;
  at: Instant;
  subject_iin: string;
  actor_kind: 'operator' | 'system' | 'citizen';
  actor_iin: string | null;
  actor_role: string | null;
  office: string | null;
  purpose: string;
  registry: string | null;
  application_id: string | null;
  certificate_number: string | null;
  /** Issue 17: the case read (purpose `case-read`, migration 0015). */
  case_id: Optional<string>;
}

/** pilot.md §0: a ruleset extended or replaced by a legal act (services/ruleset-successions.ts). Append-only. */
export interface RulesetSuccessionsTable {
  id: Generated<number>;
  ruleset: string;
  valid_to: DateColumn | null;
  replaced_by: string | null;
  act_reference: string;
  act_date: DateColumn;
  recorded_at: Instant;
  recorded_on: DateColumn;
}

/** ГБД ЮЛ (migration 0018): legal entities; the head and the address point into other registries, no foreign keys. */
export interface LegalEntitiesTable {
  bin: string;
  name_kk: string;
  name_ru: string;
  legal_form: LegalForm;
  registered_on: DateColumn;
  liquidated_on: DateColumn | null;
  head_iin: string;
  address: string;
  address_rka: string | null;
}

/** Issue 18 (S7): ЗАГС's record of a restored act — who, when, on what basis, in which case. Append-only. */
export interface CivilActRestorationsTable {
  id: Generated<number>;
  act_type: 'birth' | 'marriage';
  /** The restored row's id in birth_acts or marriage_acts. */
  act_id: number;
  /** The child of a birth act, the first spouse of a marriage act. */
  person: string;
  /** The second spouse of a marriage act; null for a birth act. */
  other_person: string | null;
  /** The act as restored (the registry row may be corrected later; this record never is). */
  act: Json<BirthAct | MarriageAct>;
  basis: string;
  case_reference: string;
  restored_by: string;
  office: string;
  restored_at: Instant;
  restored_on: DateColumn;
}

/** Issue 18 (S1, 002 R1 App1 st.6): КҚПД's wanted-persons database. */
export interface WantedPersonsTable {
  id: Generated<number>;
  iin: string;
  wanted_from: DateColumn;
  /** Last day on the list; null while the search goes on. */
  wanted_to: DateColumn | null;
  /** The body that declared the search. */
  initiator: string;
  search_reference: string;
}

/** Issue 17: one stage of one case's fee at the payment gateway (services/payments/invoices.ts). */
export interface PaymentInvoicesTable {
  id: string;
  /** The case engine's id of the case; no foreign key (0016). */
  case_id: string;
  service: string;
  variant: string;
  stage: FeeStage;
  amount_tiyn: number;
  /** True when the amount is the catalogue's placeholder, not a configured price of order № 21/НҚ. */
  placeholder: boolean;
  gateway_id: string;
  payment_url: string;
  state: InvoiceState;
  issued_at: Instant;
  paid_at: Optional<Date>;
  closed_at: Optional<Date>;
}

/** Issue 17: a callback of the payment gateway whose signature held. Append-only. */
export interface PaymentCallbacksTable {
  id: Generated<number>;
  received_at: Instant;
  event_id: string;
  invoice_id: string;
  payment_id: string;
  status: GatewayOutcome;
  amount_tiyn: number;
  signed_at: Instant;
  body_sha256: string;
  outcome: 'applied' | 'no-change';
}

/** Issue 17: a case of a public service run by the engine (services/cases/, migration 0015). */
export interface CasesTable {
  id: string;
  /** Shown to the applicant: the case's number in their messages. */
  number: Generated<number>;
  service: ServiceDefinitionId;
  variant: string;
  definition_version: string;
  state: CaseState;
  current_step: string | null;
  /** The role of the current step's actor: whose queue the case is in. */
  step_role: string | null;
  applicant_iin: string;
  office: string;
  channel: CaseChannel;
  filed_at: Instant;
  filed_on: DateColumn;
  accepted_on: DateColumn;
  due_on: DateColumn | null;
  step_due_on: DateColumn | null;
  facts: Json<CaseFacts>;
  procedure: Json<Procedure>;
  version: ColumnType<number, number | undefined, number>;
  created_at: Instant;
  updated_at: Instant;
}

/** Issue 17: one event of a case, append-only (0015). */
export interface CaseEventsTable {
  id: Generated<number>;
  case_id: string;
  /** The case's version after the event (1: opened). */
  seq: number;
  at: Instant;
  event: string;
  actor_kind: 'staff' | 'applicant' | 'system';
  actor_iin: string | null;
  actor_role: string | null;
  office: string | null;
  from_state: CaseState | null;
  to_state: CaseState;
  step: string | null;
  /** Codes, dates and identifiers only. */
  details: Json<Record<string, unknown>>;
}

/** Issue 17 item 5: an e-copy uploaded for a case, or a result of it (services/case-documents/). Never rewritten. */
export interface CaseDocumentsTable {
  id: string;
  /** The case's id; given at the first upload, before the case is filed. */
  case_id: string;
  owner_iin: string;
  origin: 'applicant' | 'provider';
  service: string;
  variant: string;
  /** The definition's document id (`title-document`…) or the result's kind. */
  kind: string;
  media_type: DocumentMediaType;
  size_bytes: number;
  sha256: string;
  content: Uint8Array;
  uploaded_at: Instant;
}

/** Issue 17 item 5, 004 cl.4: one inventory file per cadastral object. Append-only. */
export interface InventoryFilesTable {
  id: string;
  /** `rka:<16 digits>` or `address:<the address as filed>`. */
  object_key: string;
  opened_at: Instant;
}

/** Issue 17 item 5: one entry of an inventory file, in order. Append-only. */
export interface InventoryEntriesTable {
  id: Generated<number>;
  file_id: string;
  seq: number;
  case_id: string;
  entry: 'filing' | 'document' | 'result';
  document_id: string | null;
  kind: string;
  sha256: string | null;
  added_at: Instant;
}

/** 004 cl.7 (migration 0023): a renaming decision as recorded, once per city and number. Append-only. */
export interface RenamingDecisionsTable {
  id: string;
  city: string;
  number: string;
  body: string;
  decided_on: DateColumn;
  kind: 'street' | 'building';
  change: Json<RenamingChange>;
  recorded_at: Instant;
  /** The employee who recorded it; null for the administrator at the shell (the system). */
  recorded_by: string | null;
  accepted_on: DateColumn;
  due_on: DateColumn;
}

/** 004 cl.7 (0023): an address a decision changed, with the correction opened for it. Append-only. */
export interface RenamedAddressesTable {
  decision_id: string;
  rka: string;
  old_address: string;
  new_address: string;
  case_id: string | null;
}

/** Issue 19: who an S6/S8 case is for and who filed it; at a ЦОН, the consent and receipt (0025). */
export interface LicenceFilingsTable {
  case_id: string;
  party_kind: 'natural' | 'legal';
  party_bin: string | null;
  party_iin: string | null;
  actor_iin: string;
  basis: 'self' | 'head' | 'power-of-attorney';
  power_of_attorney: Json<LicencePowerOfAttorney> | null;
  /** The `applicant-states` facts the documents depended on (`purpose-not-repair`, `representative`…). */
  statements: Json<string[]>;
  /** The ЦОН that accepted the filing and hands over the result; null for the portal. */
  con_office: string | null;
  /** 003 ¶B3: the written consent to use protected data, taken by the ЦОН employee. */
  written_consent_at: Instant | null;
  /** 003 ¶B3: the receipt given on acceptance at the ЦОН. */
  receipt_number: string | null;
  created_at: Instant;
}

/** Issue 19, 003 ¶B3: one event of a paper result kept at a ЦОН. Append-only (0025). */
export interface ResultCustodyEventsTable {
  id: Generated<number>;
  case_id: string;
  seq: number;
  event: CustodyEventKind;
  on_date: DateColumn;
  actor_iin: string;
  actor_role: string;
  office: string;
  /** The provider sent the result back after its one working day. */
  late: ColumnType<boolean, boolean | undefined, boolean>;
  recorded_at: Instant;
}

export interface Schema {
  persons: PersonsTable;
  incapacities: IncapacitiesTable;
  birth_acts: BirthActsTable;
  marriage_acts: MarriageActsTable;
  death_acts: DeathActsTable;
  name_change_acts: NameChangeActsTable;
  streets: StreetsTable;
  dwellings: DwellingsTable;
  dwelling_owners: DwellingOwnersTable;
  registrations: RegistrationsTable;
  enrolments: EnrolmentsTable;
  guardianships: GuardianshipsTable;
  phone_bindings: PhoneBindingsTable;
  legal_entities: LegalEntitiesTable;
  seed_runs: SeedRunsTable;
  applications: ApplicationsTable;
  consents: ConsentsTable;
  signatures: SignaturesTable;
  audit_events: AuditEventsTable;
  audit_chain: AuditChainTable;
  seal_certificates: SealCertificatesTable;
  address_certificates: AddressCertificatesTable;
  outbox: OutboxTable;
  notifications: NotificationsTable;
  otp_challenges: OtpChallengesTable;
  auth_challenges: AuthChallengesTable;
  sessions: SessionsTable;
  operators: OperatorsTable;
  idempotency_keys: IdempotencyKeysTable;
  throttle_buckets: ThrottleBucketsTable;
  page_drafts: PageDraftsTable;
  personal_data_access: PersonalDataAccessTable;
  ruleset_successions: RulesetSuccessionsTable;
  civil_act_restorations: CivilActRestorationsTable;
  wanted_persons: WantedPersonsTable;
  payment_invoices: PaymentInvoicesTable;
  payment_callbacks: PaymentCallbacksTable;
  cases: CasesTable;
  case_events: CaseEventsTable;
  case_documents: CaseDocumentsTable;
  inventory_files: InventoryFilesTable;
  inventory_entries: InventoryEntriesTable;
  renaming_decisions: RenamingDecisionsTable;
  renamed_addresses: RenamedAddressesTable;
  licence_filings: LicenceFilingsTable;
  result_custody_events: ResultCustodyEventsTable;
  identity_document_intakes: IdentityDocumentIntakesTable;
  identity_document_files: IdentityDocumentFilesTable;
  case_registers: CaseRegistersTable;
  case_register_items: CaseRegisterItemsTable;
  case_alerts: CaseAlertsTable;
  temporary_id_journal: TemporaryIdJournalTable;
  departure_sheets: DepartureSheetsTable;
}

/** Migration 0026, 002 R4 cl.4: S4 at the ЦОН — the ground, then the sealed departure sheet. */
export interface DepartureSheetsTable {
  case_id: string;
  person_iin: string;
  rka: string;
  ground: 'abroad' | 'imprisonment' | 'court-decision';
  reference: string;
  sheet: Json<Record<string, unknown>> | null;
  signature: string | null;
  issued_at: Instant | null;
}

/** Migration 0026, 002 R2 App1: the issue journal of temporary identity cards. */
export interface TemporaryIdJournalTable {
  number: Generated<number>;
  case_id: string;
  office: string;
  applicant_iin: string;
  drawn_up_on: DateColumn;
  drawn_up_by: string;
  /** The position of the officer who signed it (App1: "date, position, signature"). */
  position: string;
  issued_at: Instant | null;
  issued_by: string | null;
}

/** Migration 0026, 002 R1 App1 st.2: an intake staged at the counter until the employee signs. */
export interface IdentityDocumentIntakesTable {
  case_id: string;
  operator_iin: string;
  office: string;
  applicant_iin: string;
  document_kind: 'passport' | 'id-card';
  reason: string;
  urgency: 'u1' | 'u2' | 'u3' | 'general';
  filed_at: string;
  photo: Uint8Array;
  photo_type: 'image/jpeg' | 'image/png';
  photo_sha256: string;
  created_at: Instant;
  /** Migration 0027, 003 ¶B5: the extra check or decision recorded at intake, and where it sends the document. */
  extra_check: 'identity-check' | 'data-discrepancy' | 'decision-needed' | null;
  issue_office: string | null;
}

/** Migration 0026, 002 R1 App1 st.1–2, 8, 14: the ЦОН's file of an S1 case. */
export interface IdentityDocumentFilesTable {
  case_id: string;
  document_kind: 'passport' | 'id-card';
  reason: string;
  photo: Uint8Array;
  photo_type: 'image/jpeg' | 'image/png';
  photo_sha256: string;
  /** The e-formular the ЦОН employee signed with EDS (canonical JSON of it is what was signed). */
  formular: Json<Record<string, unknown>>;
  formular_cms: string;
  formular_signer: string;
  /** The registration coupon's number (App1 st.2). */
  coupon: string;
  /** App1 st.8: the produced document's number. */
  document_number: string | null;
  /** App1 st.14: the receipt of hand-over and the ЦОН employee's signature over it. */
  receipt: Json<Record<string, unknown>> | null;
  receipt_cms: string | null;
  handed_over_at: Instant | null;
  created_at: Instant;
}

/** Migration 0026, 002 R1 App1 st.3–13: a register (batch) of S1 cases moving between units. */
export interface CaseRegistersTable {
  id: string;
  number: Generated<number>;
  service: string;
  urgency: 'u1' | 'u2' | 'u3' | 'general';
  origin_office: string;
  /** The step its cases are at; null once closed (back at the ЦОН for hand-over). */
  step: string | null;
  holder_role: string | null;
  holder_office: string | null;
  version: Generated<number>;
  created_at: Instant;
  updated_at: Instant;
  closed_at: Instant | null;
}

export interface CaseRegisterItemsTable {
  register_id: string;
  case_id: string;
  added_at: Instant;
  removed_at: Instant | null;
  removed_reason: 'wanted' | null;
}

/** Migration 0026: what a supervisor must see at once (App1 st.6: a wanted-persons hit). */
export interface CaseAlertsTable {
  id: Generated<number>;
  case_id: string;
  /** The office whose supervisors are alerted: the ЦОН that accepted the case. */
  office: string;
  kind: 'wanted-hit';
  details: Json<Record<string, unknown>>;
  created_at: Instant;
  acknowledged_at: Instant | null;
}
