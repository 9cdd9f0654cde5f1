// Messages of the HTTP hardening, issue 14 (issue 14): requests from other sites.
export const crossOriginEn = {
  'cross-origin-request':
    'This request came from another website, so your login was not used. Open the service at its own address, or send an access token.',
} as const;
