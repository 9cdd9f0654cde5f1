// Who may see and act on an application. A citizen: their own applications, those naming them
// (a member, the deregistered person) and those awaiting their consent. An operator: hall
// applications of their office; supervisors and auditors read everything, auditors change nothing.
import { AppError } from '../../errors.ts';
import { type Actor, isBackOfficeRole } from '../actor.ts';
import type { ApplicationRecord } from './record.ts';

export function canRead(app: ApplicationRecord, actor: Actor): boolean {
  if (actor.kind === 'system') return true;
  if (actor.kind === 'operator') {
    // Issue 21: an analyst sees no personal data, whatever office the account names.
    // Issue 17 item 6: the back office works cases, not the ЦОН's applications.
    if (actor.role === 'analyst' || isBackOfficeRole(actor.role)) return false;
    return (
      actor.role === 'supervisor' || actor.role === 'auditor' || (app.channel === 'hall' && app.office === actor.office)
    );
  }
  const me = actor.iin;
  return (
    app.applicant === me ||
    app.payload.person === me ||
    (app.payload.members ?? []).includes(me) ||
    (app.payload.consenters ?? []).some((c) => c.answerer === me || c.owner === me)
  );
}

/** Acting for the applicant: the applicant online, or an operator of the filing hall. */
export function requireApplicantSide(app: ApplicationRecord, actor: Actor): void {
  const allowed =
    (actor.kind === 'citizen' && app.channel === 'online' && app.applicant === actor.iin) ||
    (actor.kind === 'operator' &&
      (actor.role === 'hall' || actor.role === 'supervisor') &&
      app.channel === 'hall' &&
      app.office === actor.office);
  if (!allowed) throw canRead(app, actor) ? new AppError('forbidden') : new AppError('application-not-found');
}
