// Messages of `tirkeu deadline` (deadlines.md D6) and `tirkeu services` (issue 17).
export const deadlineEn = {
  'invalid-moment': 'Not a date and time with a time-zone offset, such as 2026-03-20T19:05:00+05:00.',
  'date-outside-calendar': 'The working-day calendar covers the years from {from}; this date is outside it.',
  'field-not-for-service': 'The field "{field}" does not apply to the service {service}.',
  'channel-not-for-service': 'The service {service} cannot be filed through the channel "{channel}".',
  'services.implemented': 'works in Tirkeu',
  'services.catalogue-only': 'described, not yet provided',
  'services.channel.portal': 'portal',
  'services.channel.con': 'service centre (ЦОН)',
  'services.channel.provider-office': "provider's office",
} as const;
