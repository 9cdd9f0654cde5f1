// The result documents of S9 and S10 (004 cl.4, cl.6, cl.9, cl.11) as their PDF prints them, and
// the coded errors of producing and releasing a result. ru and kk define the same keys.
export const caseResultsEn = {
  'case-result.provider': 'State Corporation "Government for Citizens"',
  'case-result.title.data-entry-notice': 'Notification of the entry of data into the real estate cadastre',
  'case-result.title.cadastral-passport': 'Cadastral passport of the real estate object',
  'case-result.title.discrepancy-conclusion': 'Conclusion on discrepancies in the identification and technical data',
  'case-result.title.duplicate-passport': 'Duplicate of the cadastral passport of the real estate object',
  'case-result.duplicate-mark': 'Duplicate',
  'case-result.request': 'Request {number}',
  'case-result.signed-at': 'Signed: {time}',
  'case-result.line.rka': 'Cadastral number',
  'case-result.line.address': 'Address',
  'case-result.line.totalAreaM2': 'Total area, m²',
  'case-result.line.livingAreaM2': 'Living area, m²',
  'case-result.line.rooms': 'Number of rooms',
  'case-result.line.explication': 'Explication',
  'case-result.line.conclusion': 'Discrepancies found',
  'case-result.line.owner': 'Right holder (IIN, share)',
  'case-result.sealed-by':
    'Signed with the electronic seal of the service provider: {subject}, serial number {serial}.',
  'case-result.file-content': 'Content of the document: the canonical JSON the seal signed',
  'case-result.page': 'Page {page} of {pages}',
  'case.result-incomplete': 'The result cannot be drawn up yet: the step “{missing}” recorded nothing for it.',
  'case.result-unsigned': 'The result cannot be signed now: the service’s seal is not available.',
  'case.no-passport-to-copy': 'The inventory file of this object holds no cadastral passport to copy.',
} as const;
