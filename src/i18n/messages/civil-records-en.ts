// Messages of civil-status record restoration (S7) and the wanted-persons check (S1): what a ЦОН
// or ЗАГС employee and a supervisor read. Citizens never see the wanted-persons messages.
export const civilRecordsEn = {
  'civil-record.invalid': 'The restoration cannot be recorded: {field} is missing or not valid.',
  'civil-record.act-exists': 'The civil registry already holds this act: there is nothing to restore.',
  'wanted.answer-invalid':
    'The wanted-persons database gave an answer that cannot be read. The check was not made; repeat it later.',
  'wanted.hit':
    'The applicant is on the wanted-persons list since {since} (search {reference}, declared by {initiator}). The case is stopped and a supervisor is alerted.',
} as const;
