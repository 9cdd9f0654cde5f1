// Messages of signature and certificate verification (F5), keyed by stable codes.
export const signaturesEn = {
  'signature-invalid': 'The signature does not match the signed document.',
} as const;
