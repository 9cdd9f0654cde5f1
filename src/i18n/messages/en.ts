// English catalog. The keys are the stable codes; kk.ts and ru.ts must define every key
// (the Catalog type enforces it). Messages use ICU MessageFormat.
import { certificateEn } from './certificate-en.ts';
import { certificateDocumentEn } from './certificate-document-en.ts';
import { decisionsEn } from './decisions-en.ts';
import { serviceEn } from './service-en.ts';
import { signaturesEn } from './signatures-en.ts';
import { pagesEn } from './pages-en.ts';
import { wizardEn } from './wizard-en.ts';
import { ownerEn } from './owner-en.ts';
import { consoleEn } from './console-en.ts';
import { privacyEn } from './privacy-en.ts';
import { boundaryEn } from './boundary-en.ts';
import { deskEn } from './desk-en.ts';
import { productionEn } from './production-en.ts';
import { processesEn } from './processes-en.ts';
import { accessEn } from './access-en.ts';
import { revocationEn } from './revocation-en.ts';
import { reliabilityEn } from './reliability-en.ts';
import { successionEn } from './succession-en.ts';
import { renamingEn } from './renaming-en.ts';
import { civilRecordsEn } from './civil-records-en.ts';
import { throttleEn } from './throttle-en.ts';
import { formsEn } from './forms-en.ts';
import { crossOriginEn } from './cross-origin-en.ts';
import { certificatePagesEn } from './certificate-pages-en.ts';
import { addressEn } from './address-en.ts';
import { glossaryEn } from './glossary-en.ts';
import { wizardStopEn } from './wizard-stop-en.ts';
import { hallPrintEn } from './hall-print-en.ts';
import { deadlineEn } from './deadline-en.ts';
import { legalEntitiesEn } from './legal-entities-en.ts';
import { licencesEn } from './licences-en.ts';
import { paymentsEn } from './payments-en.ts';
import { cadastrePagesEn } from './cadastre-pages-en.ts';
import { cadastreNewObjectEn } from './cadastre-new-object-en.ts';
import { caseDocumentsEn } from './case-documents-en.ts';
import { casesEn } from './cases-en.ts';
import { caseResultsEn } from './case-results-en.ts';
import { identityDocumentsEn } from './identity-documents-en.ts';
import { backofficeEn } from './backoffice-en.ts';
import { analyticsEn } from './analytics-en.ts';
import { restorationEn } from './restoration-en.ts';

export const en = {
  ...decisionsEn,
  ...signaturesEn,
  ...serviceEn,
  ...certificateEn,
  ...certificateDocumentEn,
  ...pagesEn,
  ...wizardEn,
  ...ownerEn,
  ...consoleEn,
  ...privacyEn,
  ...boundaryEn,
  ...deskEn,
  ...productionEn,
  ...processesEn,
  ...accessEn,
  ...revocationEn,
  ...reliabilityEn,
  ...successionEn,
  ...renamingEn,
  ...civilRecordsEn,
  ...throttleEn,
  ...formsEn,
  ...crossOriginEn,
  ...certificatePagesEn,
  ...addressEn,
  ...glossaryEn,
  ...wizardStopEn,
  ...hallPrintEn,
  ...deadlineEn,
  ...legalEntitiesEn,
  ...licencesEn,
  ...paymentsEn,
  ...casesEn,
  ...caseResultsEn,
  ...identityDocumentsEn,
  ...backofficeEn,
  ...caseDocumentsEn,
  ...cadastrePagesEn,
  ...cadastreNewObjectEn,
  ...analyticsEn,
  ...restorationEn,
  // CLI and configuration
  'invalid-arguments': 'Invalid command line: {detail}',
  'unknown-command': 'Unknown command "{command}". Run "tirkeu help" for the list of commands.',
  'invalid-config': 'Invalid setting {variable}: {detail}',
  'database-unreachable':
    'The database cannot be reached ({target}). Check DATABASE_URL and that the server is running.',
  'database-error': 'The database refused the operation (SQLSTATE {sqlstate}). Nothing was changed.',
  'internal-error': 'An internal error occurred. Nothing was changed. Reference: {reference}.',
  'file-unreadable': 'The file {file} cannot be read.',
  // Seeding
  'target-not-empty':
    'The target database already holds registry data ({persons, number} persons) that this run did not write. Use an empty database, or run with the same --seed and --persons to resume.',
  'seed-already-complete': 'The database already holds the population of seed {seed} with {persons, number} persons.',
  'seed-conflict': 'Another seed run is writing to the same database; this one stopped. Its committed chunks are kept.',
  'seed-resuming': 'Resuming seed {seed}: {done} of {total} chunks were already committed.',
  'seed-finished': 'Seeded {persons, number} persons in {seconds} s ({rate, number} persons/s) into {target}.',
  'seed-bulk-deferred':
    'Bulk load: the keys and indexes of the registry tables are dropped; {count, number} statements will build them again after the load.',
  'seed-bulk-rebuilt': 'Built {done} of {total}: {name}',
  'seed-bulk-rebuild-finished': 'Keys and indexes built again ({total} statements) in {seconds} s.',
  // Scenario export
  'scenario-not-found': 'No {what} with this identifier is in the registries.',
  // Scenario files
  'unknown-ruleset': 'There is no ruleset "{id}". Known: kz-pilot-2025.',
  'invalid-json': 'The file is not valid JSON: {detail}',
  'unknown-field': 'Unknown field "{field}".',
  'missing-field': 'Required field is missing.',
  'invalid-type': 'Wrong type: expected {expected}.',
  'invalid-value': 'Invalid value: {detail}',
  'invalid-date': 'Not a real calendar date in YYYY-MM-DD form.',
  'duplicate-key': 'Duplicate {what}: {key} appears more than once.',
  'dangling-reference': 'Refers to {ref}, which is not in "{collection}".',
  'implausible-birth-act':
    'The child ({child}) is born before or less than {minAge} years after the parent ({parent}).',
  'arrival-after-date': 'The arrival date is after the application date: one applies after arriving.',
  'implausible-period': 'The period ends before it starts.',
  // HTTP
  'not-found': 'Nothing is at this address.',
  'service-status': 'Tirkeu — electronic residence registration. The service is running.',
} as const;

export type MessageKey = keyof typeof en;
export type Catalog = Record<MessageKey, string>;
