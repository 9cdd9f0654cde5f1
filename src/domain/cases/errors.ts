// What makes an event impossible for a case: a coded value (a message-catalog key with its
// parameters), which the service layer throws as an AppError and the boundaries render in
// kk/ru/en.

export const CASE_ERROR_CODES = [
  'case.unknown-variant',
  'case.no-steps',
  'case.invalid-event',
  'case.step-out-of-order',
  'case.wrong-actor',
  'case.wrong-role',
  'case.wrong-office',
  'case.not-applicant',
  'case.unknown-ground',
  'case.hearing-notice-late',
  'case.objection-late',
  'case.objection-period-open',
  'case.extension-not-allowed',
  'case.extension-not-later',
  'case.extension-not-working-day',
  'case.extension-over-cap',
  'case.agreement-in-future',
  'case.object-invalid',
  'case.object-missing',
  'case.object-exists',
  'case.output-invalid',
  'case.act-missing',
  'channel-not-for-service',
  'field-not-for-service',
  'missing-field',
  'invalid-value',
] as const;
export type CaseErrorCode = (typeof CASE_ERROR_CODES)[number];

export interface CaseError {
  readonly code: CaseErrorCode;
  readonly params: Readonly<Record<string, string | number>>;
  /** JSON pointer into the filing, for an error about one of its fields. */
  readonly path?: string;
}

export function caseError(code: CaseErrorCode, params: Record<string, string | number> = {}, path?: string): CaseError {
  return path === undefined ? { code, params } : { code, params, path };
}
