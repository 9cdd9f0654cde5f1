// Messages of the registration e-service: API errors, cabinet notifications and SMS texts.
export const serviceEn = {
  // Access and requests
  unauthenticated: 'You are not logged in, or your session has ended. Log in again.',
  forbidden: 'You may not do this with this application.',
  'operator-only': 'This is for ЦОН operators with the right role.',
  'invalid-request': 'The request is not valid: {detail}',
  'invalid-iin-input': 'This is not a valid IIN: 12 digits with a correct check digit.',
  'idempotency-key-reused': 'This Idempotency-Key was already used for a different request.',
  'idempotency-in-progress': 'A request with this Idempotency-Key is still being processed. Try again shortly.',
  // Applications
  'application-not-found': 'No such application, or it is not yours.',
  'invalid-transition': 'The application is in state "{state}"; "{action}" is not possible now.',
  'application-changed': 'The application changed meanwhile. Reload it and try again.',
  // Issue 16: said wherever a registry is down (login, checks, certificates), so no internal name.
  // A database outage (errors.ts): the service's fault, said without internals.
  'database-unavailable': 'The service cannot reach its database just now. Please try again in a minute.',
  'registry-unavailable':
    'A state registry is not answering right now. Nothing has changed: please try again in a few minutes. An application you already submitted is kept and checked again automatically.',
  'arrival-in-future': 'The arrival date cannot be later than the application date.',
  'not-registered-there': 'The person is not registered at this address.',
  'not-entitled-to-deregister': 'Only the person or an owner of the dwelling may end this registration.',
  'norm-reached-meanwhile':
    'Meanwhile the last free place in this dwelling was taken: the Astana norm is now reached. If you are a close relative of the owner or a full-time student in Astana, apply again and say so.',
  'owner-declined': 'The owner of the dwelling declined to consent.',
  'consent-expired': 'The owner did not consent in time; the application has expired.',
  // Login and one-time codes
  'login-person-unknown': 'This person is not found in the state register of individuals.',
  'login-challenge-invalid': 'The login request has expired or was already used. Start again.',
  'otp-no-phone':
    'No mobile phone is registered for this IIN in the mobile citizens database. Register it at a ЦОН or use an EDS.',
  'otp-rate-limited': 'Too many codes were requested. Try again in {minutes} minutes.',
  'otp-invalid': 'This code request is not valid. Request a new code.',
  'otp-expired': 'The code has expired. Request a new code.',
  'otp-attempts-exceeded': 'Too many wrong codes. Request a new code.',
  'otp-wrong-code': 'Wrong code. {left, plural, one {# attempt} other {# attempts}} left.',
  // Cabinet notifications
  'notify-checks-delayed':
    'Application {number}: a state registry is not answering. The checks will be repeated automatically; you need not apply again.',
  'notify-refused': 'Application {number} was refused. Open it to see the reason and what to do next.',
  'notify-consent-requested':
    'You are asked to consent to a registration in your dwelling (application {number}). Answer by {due}.',
  'notify-consent-given': 'The owner consented to application {number}. Sign it to complete the registration.',
  'notify-consent-declined': 'The owner declined to consent to application {number}.',
  'notify-consent-expired': 'Application {number} expired: consent was not given in time.',
  'notify-registered': 'Application {number}: the registration is recorded.',
  'notify-owner-registered': 'A registration in your dwelling was recorded (application {number}).',
  'notify-deregistered': 'Application {number}: the registration has ended.',
  'notify-deregistered-by-owner': 'The owner of the dwelling ended your registration there (application {number}).',
  // SMS
  'sms-otp-login': 'Tirkeu login code: {code}. Valid {minutes} min. Do not tell it to anyone.',
  'sms-otp-sign': 'Tirkeu signing code: {code}. Valid {minutes} min. Do not tell it to anyone.',
  'sms-consent-requested': 'Tirkeu: you are asked to consent to registration {number}. See your cabinet.',
  'sms-sign-now': 'Tirkeu: consent received for {number}. Sign the application in your cabinet.',
  'sms-registered': 'Tirkeu: registration {number} recorded.',
  'sms-deregistered-by-owner': 'Tirkeu: the owner ended your registration ({number}). See your cabinet.',
} as const;
