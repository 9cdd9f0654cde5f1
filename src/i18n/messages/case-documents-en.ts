// Messages of the case documents and inventory files (issue 17 item 5). ru and kk define the same keys.
export const caseDocumentsEn = {
  'case-document.empty': 'The selected file is empty.',
  'case-document.too-large': 'The selected file must be smaller than {limitMb} MB.',
  'case-document.wrong-type': 'The selected file must be a PDF, JPG or PNG.',
  'case-document.not-needed': 'This service does not need this document.',
  'case-document.missing': 'Upload every document the service needs before you send the request.',
  'case-document.no-consent': 'Agree to the use of your data before you send the request.',
  'case-document.not-found': 'There is no such document.',
  'case-document.filed': 'The request is sent: its documents can no longer be changed.',
  'case-document.object-invalid': 'Give the object’s cadastral code (16 digits) or its address.',
  'case-document-kind.commissioning-act': 'act of commissioning',
  'case-document-kind.land-plot-document': 'land-plot identification document',
  'case-document-kind.title-document': 'title document',
  'case-document-kind.land-plot-document-if-any': 'land-plot document',
} as const;
