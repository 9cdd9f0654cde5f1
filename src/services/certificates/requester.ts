// Who asks for an address certificate, where, and on what ground: online by the person logged
// in (C1–C5, domain/certificates/entitlement.ts), or at a ЦОН desk by an operator for the person
// present, whose identity document is recorded (C9, domain/certificates/desk.ts; issue 13). The
// registry facts each ground needs are loaded here; the domain decides and explains.
import { decideDeskEntitlement, type DeskAuthority } from '../../domain/certificates/desk.ts';
import { decideEntitlement, type Entitlement } from '../../domain/certificates/entitlement.ts';
import type { IsoDate } from '../../domain/dates.ts';
import { type IdentityDocument, parseIdentityDocument } from '../../domain/identity-document.ts';
import type { Person } from '../../domain/registry-facts.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { readAuthority, readOwnerFlk } from '../hall-checks.ts';
import type { CertificateRequest } from './issue.ts';

/** Where the request is made: online by the person logged in, or at a ЦОН desk by an operator. */
export type Channel =
  | { kind: 'online'; requester: string }
  | { kind: 'desk'; requester: string; document: IdentityDocument; office: string };

export function channelOf(actor: Actor, request: CertificateRequest): Channel {
  if (actor.kind === 'citizen') {
    // Online the requester is whoever is logged in (003 ¶B6: the portal serves individuals).
    if (request.requester !== undefined && request.requester !== actor.iin) throw new AppError('forbidden');
    if (request.identityDocument !== undefined) throw new AppError('invalid-request', { detail: 'identityDocument' });
    return { kind: 'online', requester: actor.iin };
  }
  if (actor.kind === 'operator' && (actor.role === 'reception' || actor.role === 'hall')) {
    if (request.requester === undefined) throw new AppError('invalid-request', { detail: 'requester' });
    // An operator does not serve their own case: another desk does, so a second person sees it.
    if (request.requester === actor.iin || request.subject === actor.iin)
      throw new AppError('certificate.desk-own-case');
    const shown = request.identityDocument;
    if (!shown) throw new AppError('certificate.desk-document-required', {}, { path: '/identityDocument' });
    const parsed = parseIdentityDocument(shown.type, shown.number);
    if (!parsed.ok) {
      const field = parsed.problem === 'document-type' ? 'type' : 'number';
      throw new AppError(`certificate.desk-${parsed.problem}`, {}, { path: `/identityDocument/${field}` });
    }
    return { kind: 'desk', requester: request.requester, document: parsed.document, office: actor.office };
  }
  throw new AppError('forbidden');
}

export interface Decided {
  entitlement: Entitlement;
  subjectPerson: Person | null;
}

/** C1–C5: the facts the online grounds need, then the decision. */
export async function onlineEntitlement(
  ctx: ServiceContext,
  requester: string,
  subject: string,
  date: IsoDate,
): Promise<Decided> {
  const { persons, civil } = ctx.registries;
  const self = requester === subject;
  const [subjectPerson, subjectBirthAct, requesterMarriages] = await Promise.all([
    persons.person(subject),
    self ? null : civil.birthActOf(subject),
    self ? [] : civil.marriagesOf(requester),
  ]);
  const entitlement = decideEntitlement({
    requester,
    subject,
    date,
    subjectPerson,
    subjectBirthAct,
    requesterMarriages,
  });
  return { entitlement, subjectPerson };
}

/** C9: the subject's ФЛК and the requester's authority, as the hall console checks them (P2.2). */
export async function deskEntitlement(
  ctx: ServiceContext,
  requester: string,
  subject: string,
  date: IsoDate,
): Promise<Decided> {
  const self = requester === subject;
  const [flk, found] = await Promise.all([
    // Plain reads: issueCertificate tracks what the desk asked and logs it with the certificate.
    readOwnerFlk(ctx.registries, subject, date),
    self ? null : readAuthority(ctx.registries, subject, requester, date),
  ]);
  const authority: DeskAuthority =
    found?.kind === 'parent'
      ? { kind: 'parent', role: found.role }
      : found?.kind === 'guardian'
        ? { kind: 'guardian', from: found.guardianship.from, to: found.guardianship.to }
        : { kind: 'none' };
  const entitlement = decideDeskEntitlement({
    requester,
    subject,
    date,
    subjectPerson: flk?.person ?? null,
    subjectMinor: flk?.minor ?? false,
    authority,
  });
  return { entitlement, subjectPerson: flk?.person ?? null };
}
