// The hall's printed application, the country list of the hall coupon, and the console's own
// words for a state the citizen pages word for the applicant (issue 22, finding 8 and 7).
export const hallPrintEn = {
  'console.print.link': 'Print the application',
  'console.print.title': 'Application for registration {number}',
  'console.print.lead':
    'Filed in the operational hall of a public service centre (ЦОН). The applicant checks the details and signs below.',
  'console.print.filed': 'Filed on',
  'console.print.coupon': 'Arrival coupon',
  'console.print.signature-applicant': 'Applicant’s signature',
  'console.print.signature-operator': 'Operator’s signature',
  'console.print.date-line': 'Date',
  'console.print.print': 'Use your browser’s Print command (Ctrl+P) to print this page.',
  'console.print.back': 'Back to the application',
  'console.coupon.country-select': 'Country',
  'console.coupon.country-other': 'Other country',
  'console.coupon.country-code': 'Code of the other country',
  'console.coupon.country-code-hint':
    'Only if “Other country” is chosen: two Latin letters (ISO 3166), for example FR.',
  'console.state.signature-pending': 'Waiting for the applicant’s signature',
} as const;
