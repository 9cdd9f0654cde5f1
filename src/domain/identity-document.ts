// The identity document a person shows at a ЦОН desk (issue 13): its type, from a closed list,
// and its number in that type's format. Pure: the operator types it, this reads it.

export const IDENTITY_DOCUMENT_TYPES = ['id-card', 'passport', 'birth-certificate', 'residence-permit'] as const;
export type IdentityDocumentType = (typeof IDENTITY_DOCUMENT_TYPES)[number];

export interface IdentityDocument {
  type: IdentityDocumentType;
  /** Normalised: upper case, without spaces, dashes or "№". */
  number: string;
}

const LETTER = '[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]';
/** Formats of the documents of the Republic of Kazakhstan, after normalisation. */
const FORMATS: Record<IdentityDocumentType, RegExp> = {
  // Удостоверение личности / жеке куәлік: 9 digits.
  'id-card': /^\d{9}$/,
  // Паспорт гражданина РК: N and 8 digits.
  passport: /^N\d{8}$/,
  // Свидетельство о рождении: a series (Roman numeral and two letters, e.g. "I-АЛ") and 6–7
  // digits; the forms issued since 2017 carry the number alone (7–9 digits).
  'birth-certificate': new RegExp(`^(?:[IVXІ]{1,4}${LETTER}{2}\\d{6,7}|\\d{7,9})$`, 'u'),
  // Вид на жительство иностранца / удостоверение лица без гражданства: 9 digits.
  'residence-permit': /^\d{9}$/,
};

export type IdentityDocumentResult =
  { ok: true; document: IdentityDocument } | { ok: false; problem: 'document-type' | 'document-number' };

export function isIdentityDocumentType(value: unknown): value is IdentityDocumentType {
  return typeof value === 'string' && (IDENTITY_DOCUMENT_TYPES as readonly string[]).includes(value);
}

export function parseIdentityDocument(type: string, number: string): IdentityDocumentResult {
  if (!isIdentityDocumentType(type)) return { ok: false, problem: 'document-type' };
  const normalised = number
    .normalize('NFC')
    .toUpperCase()
    .replace(/[\s\-№]/gu, '');
  if (!FORMATS[type].test(normalised)) return { ok: false, problem: 'document-number' };
  return { ok: true, document: { type, number: normalised } };
}

/** The last four characters, which a notice may show: enough to recognise, too few to copy. */
export function documentEnding(document: IdentityDocument): string {
  return document.number.slice(-4);
}
