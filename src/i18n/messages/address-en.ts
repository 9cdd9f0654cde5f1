// The address register (issue 22, finding 2): search errors and the step-by-step picker.
export const addressEn = {
  'address.query-length': 'Enter between {min} and {max} characters of the address.',
  'address.rka-format': 'A real-estate code (РКА) is 16 digits.',
  'address.not-found': 'No address has this real-estate code (РКА).',
} as const;
