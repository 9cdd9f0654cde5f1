// Messages of issue 14: revocation lists that are out of date (trust list reloads).
export const revocationEn = {
  'crl-expired':
    'Certificates cannot be checked right now: the service’s list of revoked certificates is out of date. Please try again later, or use a code sent by SMS.',
} as const;
