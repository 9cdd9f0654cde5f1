// Address certificates at a ЦОН desk (issue 13, C9 of docs/address-certificates.md): the
// identity document the person present shows, who may be handed the certificate, and the
// notice to the person it is about.
export const deskEn = {
  'certificate.desk-document-required':
    'Record the identity document the person at the desk has shown: its type and number.',
  'certificate.desk-document-type':
    'Choose the type of identity document: ID card, passport, birth certificate or residence permit.',
  'certificate.desk-document-number':
    'This number does not match the chosen type of document. Check it against the document.',
  'certificate.desk-not-representative':
    'At a service centre, a certificate is given only to the person it is about or to their legal representative: a parent of a minor (by the birth record) or a guardian on record. Anyone else cannot receive it at the desk.',
  'certificate.desk-own-case':
    'An operator cannot issue a certificate in which they are the person present or the person it is about. Another operator must serve this case.',
  'certificate-issued-at-desk.id-card':
    'An address certificate about you ({number}) was issued at a service centre (ЦОН) on {date}. Identity document shown: ID card ending {last4}. If this was not you or your representative, contact a ЦОН or call 1414.',
  'certificate-issued-at-desk.passport':
    'An address certificate about you ({number}) was issued at a service centre (ЦОН) on {date}. Identity document shown: passport ending {last4}. If this was not you or your representative, contact a ЦОН or call 1414.',
  'certificate-issued-at-desk.birth-certificate':
    'An address certificate about you ({number}) was issued at a service centre (ЦОН) on {date}. Identity document shown: birth certificate ending {last4}. If this was not you or your representative, contact a ЦОН or call 1414.',
  'certificate-issued-at-desk.residence-permit':
    'An address certificate about you ({number}) was issued at a service centre (ЦОН) on {date}. Identity document shown: residence permit ending {last4}. If this was not you or your representative, contact a ЦОН or call 1414.',
} as const;
