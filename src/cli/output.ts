// How the CLI reports: results on stdout, progress and errors on stderr, errors as one coded line
// in the chosen language. Unexpected errors get a reference, never a stack trace (set
// TIRKEU_DEBUG=1 to see one while developing).
import { type AppError, toAppError } from '../errors.ts';
import { RENAMING_ERROR_CODES } from '../domain/renaming.ts';
import { type Language, translate } from '../i18n/messages.ts';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTty: boolean;
  lang: Language;
  /** Whether --lang was given on the command line (decide then prints text, not JSON). */
  langGiven: boolean;
  readStdin: () => Promise<string>;
}

/** Exit code 2: the input (arguments, file, setting) is wrong; 1: the operation failed. */
const INPUT_ERRORS = new Set([
  'invalid-arguments',
  'unknown-command',
  'invalid-config',
  'unsafe-production-config',
  'workers-need-database-server',
  'replica-needs-database-server',
  'invalid-json',
  'unknown-field',
  'missing-field',
  'invalid-type',
  'invalid-value',
  'invalid-date',
  'duplicate-key',
  'dangling-reference',
  'implausible-birth-act',
  'arrival-after-date',
  'implausible-period',
  'file-unreadable',
  'unknown-ruleset',
  'certificate-offline-no-attachments',
  'invalid-moment',
  'date-outside-calendar',
  'field-not-for-service',
  'channel-not-for-service',
  'audit.unknown-action',
  'succession.unknown-ruleset',
  'succession.not-later',
  'succession.self-replacement',
  'succession.unknown-action',
  'succession.invalid-date',
  'succession.invalid-act',
  'analytics.unknown-simulation',
  'analytics.invalid-m2',
  'analytics.invalid-date',
  'analytics.invalid-city',
  ...RENAMING_ERROR_CODES,
]);

export function exitCodeFor(error: AppError): number {
  return INPUT_ERRORS.has(error.code) ? 2 : 1;
}

export function reportError(io: Io, error: unknown): number {
  const appError = toAppError(error);
  const at = appError.path === undefined ? '' : ` (${appError.path === '' ? '/' : appError.path})`;
  io.stderr(`tirkeu: ${appError.code}${at}: ${translate(io.lang, appError.code, appError.params)}\n`);
  if (process.env['TIRKEU_DEBUG'] === '1' && appError.cause) io.stderr(`${String((appError.cause as Error).stack)}\n`);
  return exitCodeFor(appError);
}
