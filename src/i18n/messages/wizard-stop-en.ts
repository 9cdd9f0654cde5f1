// The wizard stopping at the step that decides it (issue 22, finding 3), the warning about another
// application still in progress (finding 10), and who did what in a status page's history, named
// from the reader's side (finding 7).
export const wizardStopEn = {
  'wizard.stop.title': 'You cannot register online with this answer',
  'wizard.stop.next-title': 'What you can do now',
  'wizard.stop.not-your-dwelling': 'The real-estate cadastre does not show you as an owner of this dwelling.',
  'wizard.stop.next-owner':
    'Check the owner’s IIN on the title document, or ask the owner, and change your answer. If you cannot get it, you cannot register at this address online.',
  'wizard.stop.next-owner-me':
    'If someone else owns the dwelling, change your answer and give the owner’s IIN. If you own it and the cadastre is wrong, bring your title document to a public service centre (ЦОН).',
  'wizard.stop.next-hall':
    'Go to the operational hall of any public service centre (ЦОН) together with the owner’s legal representative — a parent or guardian — and their identity documents. The operator files the application there.',
  'wizard.stop.next-norm':
    'If you are a close relative of the owner or a full-time student in Astana, change your answer and say so. Otherwise you can register at another address.',
  'wizard.stop.change': 'Change your answer',
  'wizard.stop.cabinet': 'Go to your cabinet',
  'wizard.pending.title':
    '{count, plural, one {You already have an application in progress} other {You already have # applications in progress}}',
  'wizard.pending.lead':
    'You can still start a new one, but an application in progress may be registered before or instead of it. If you no longer need it, withdraw it first.',
  'wizard.pending.item': 'Application {number}: {service} — {state}',
  'history.actor.you': 'You',
  'history.actor.applicant': 'The applicant',
  'history.actor.owner': 'The owner',
  'history.actor.operator': 'A ЦОН operator',
  'history.actor.system': 'The system',
} as const;
