// Messages of throttling and the idempotency store (issue 14).
export const throttleEn = {
  'rate-limited': 'Too many requests. Please wait {seconds, plural, one {# second} other {# seconds}} and try again.',
  'login.new-code-sent': 'A new code was sent. The previous code no longer works.',
} as const;
