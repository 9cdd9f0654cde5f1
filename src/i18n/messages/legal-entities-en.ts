// Messages of legal entities (issue 19): the BIN, ГБД ЮЛ answers, who may act for a company
// (representatives and their powers of attorney) and intermediaries of the guarantee obligation.
export const legalEntitiesEn = {
  'bin-format': 'A BIN is 12 digits.',
  'bin-check-digit': 'This BIN has a typing mistake: its last digit does not match the others.',
  'bin-never-issued': 'No organisation can have this BIN: such numbers are never issued.',
  'bin-month': 'This is not a BIN: its third and fourth digits must be a month, 01 to 12.',
  'bin-type': 'This is not a BIN: its fifth digit must be 4, 5 or 6. A person’s IIN cannot be used here.',
  'bin-attribute': 'This is not a BIN: its sixth digit must be 0, 1, 2 or 3.',
  'registry-answer-invalid':
    'The {registry} register sent data we cannot use (field {field}). Nothing was decided; please try again later.',
  'entity-not-active': 'The organisation is not registered or has been closed on the date of the application.',
  'poa-missing':
    'Only the head of the organisation can act for it without a power of attorney. Anyone else needs a valid power of attorney.',
  'poa-other-party': 'The power of attorney was given by another person or organisation.',
  'poa-other-representative': 'The power of attorney was given to another person.',
  'poa-not-yet-issued': 'The power of attorney is dated after the application.',
  'poa-expired': 'The power of attorney had expired on the date of the application.',
  'poa-out-of-scope': 'The power of attorney does not cover this service.',
  'poa-issuer': 'The power of attorney must be signed by the head of the organisation.',
  'poa-not-notarized': 'Here the power of attorney must be certified by a notary.',
  'intermediary-contract-after-filing':
    'The contract between the importer and the end user is dated after the application.',
  'intermediary-is-party': 'An intermediary cannot be the importer or the end user in its own contract.',
  'intermediary-not-active': 'The intermediary organisation is not registered or has been closed.',
} as const;
