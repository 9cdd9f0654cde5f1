// The words of the state systems that must stay on the pages (issue 22, finding 5): each
// explained in plain language on /glossary, linked from every page's footer.
export const glossaryEn = {
  'glossary.link': 'Words used in this service',
  'glossary.title': 'Words used in this service',
  'glossary.lead':
    'Some names of state offices and databases are kept as they are written in Kazakhstan. This is what they mean.',
  'glossary.rka.term': 'РКА',
  'glossary.rka.name': 'Registration code of the address (real-estate code)',
  'glossary.rka.text':
    '16 digits that identify one flat or house in the address register. You find it in the real-estate documents or on egov.kz. If you do not know it, you can search for the address or choose it from lists.',
  'glossary.tson.term': 'ЦОН',
  'glossary.tson.name': 'Public service centre',
  'glossary.tson.text':
    'An office where state services are given in person. Its operational hall serves the cases that cannot be done online, for example when an owner of the home is a child.',
  'glossary.egkn.term': 'ЕГКН',
  'glossary.egkn.name': 'Real-estate cadastre',
  'glossary.egkn.text': 'The state database of homes and land and who owns them. The service checks the owners there.',
  'glossary.bmg.term': 'БМГ',
  'glossary.bmg.name': 'Mobile citizens database',
  'glossary.bmg.text':
    'The state database of the mobile phone number each person has registered. Login and signing codes are sent to that number. You can register or change it at a ЦОН or on egov.kz.',
} as const;
