// The security headers of every answer (issue 14, finding 3), through hono/secure-headers:
// a Content-Security-Policy with a per-request nonce and no 'unsafe-inline' (scripts and the
// style sheet are files we serve), no framing (frame-ancestors 'none', X-Frame-Options: DENY;
// the consent and decline pages must not be clickjacked), nosniff, no referrer, no powerful
// browser features, and HSTS in production. The Swagger UI at /api/docs styles itself inline:
// that one page relaxes style-src, nothing else.
import type { MiddlewareHandler } from 'hono';
import { type ContentSecurityPolicyOptionHandler, NONCE, secureHeaders } from 'hono/secure-headers';

/** Two years, subdomains included: production is served over https only (TIRKEU_PUBLIC_URL). */
export const HSTS = 'max-age=63072000; includeSubDomains';

/** Features no page of ours uses: refused to the page and anything it might embed. */
const PERMISSIONS = {
  camera: false,
  microphone: false,
  geolocation: false,
  payment: false,
  usb: false,
  serial: false,
  bluetooth: false,
  hid: false,
  midi: false,
  accelerometer: false,
  gyroscope: false,
  magnetometer: false,
  displayCapture: false,
  fullscreen: false,
  browsingTopics: false,
} as const;

function policy(style: (string | ContentSecurityPolicyOptionHandler)[]) {
  return {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'", NONCE],
    styleSrc: style,
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'"],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  };
}

export function securityHeaders(production: boolean): MiddlewareHandler {
  const common = {
    xFrameOptions: 'DENY',
    referrerPolicy: 'no-referrer',
    xContentTypeOptions: true,
    strictTransportSecurity: production ? HSTS : false,
    permissionsPolicy: PERMISSIONS,
  } as const;
  const strict = secureHeaders({ ...common, contentSecurityPolicy: policy(["'self'", NONCE]) });
  const docs = secureHeaders({ ...common, contentSecurityPolicy: policy(["'self'", "'unsafe-inline'"]) });
  return (c, next) => (c.req.path === '/api/docs' ? docs(c, next) : strict(c, next));
}
