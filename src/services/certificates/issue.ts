// Issuing an address certificate (seeds 002 R5, 003 ¶B4/¶B6; docs/address-certificates.md):
// the facts are read from the registries first, outside any transaction; the rules decide who
// may have it (C1–C5) and what it states (C6); the seal signs its canonical JSON (C7); the
// certificate, its audit record and the notices are written in one transaction. At a ЦОН desk
// (C9, issue 13) the operator records the identity document of the person present, who must be
// the subject or their legal representative, and the subject is told in the cabinet.
import { randomBytes } from 'node:crypto';
import {
  type CertificateContent,
  type CertificateKind,
  certificateContent,
} from '../../domain/certificates/content.ts';
import type { Entitlement, EntitlementBasis } from '../../domain/certificates/entitlement.ts';
import { certificateNumberFrom } from '../../domain/certificates/number.ts';
import { dateInAstana } from '../../domain/dates.ts';
import { documentEnding } from '../../domain/identity-document.ts';
import { AppError } from '../../errors.ts';
import { jsonText } from '../../db/json-column.ts';
import { displayDate } from '../../i18n/display-dates.ts';
import type { Actor } from '../actor.ts';
import { recordAudit } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { notify } from '../messaging/notify.ts';
import { enqueue } from '../messaging/outbox.ts';
import { canonicalBytes } from '../signatures/canonical-json.ts';
import { inTransaction } from '../transaction.ts';
import { type Channel, channelOf, deskEntitlement, onlineEntitlement } from './requester.ts';
import { type Consulted, consultedRegistries } from '../../registries/consulted.ts';
import { recordAccess } from '../privacy/access-log.ts';
import { entriesOf } from '../privacy/reads.ts';

export interface CertificateRequest {
  subject: string;
  kind: CertificateKind;
  /** At a ЦОН desk: the person present, identified by the operator from their identity document. */
  requester?: string;
  /** At a ЦОН desk (required there, refused online): the identity document the person present showed. */
  identityDocument?: { type: string; number: string };
  /** The number to try first (issue-once.ts); random when absent or already taken. */
  number?: string;
}

export interface IssuedCertificate {
  number: string;
  basis: EntitlementBasis;
  content: CertificateContent;
  signature: string;
  verifyUrl: string;
}

/** The short URL a certificate's QR code holds: number and seal signature, checkable offline. */
export function verifyUrlOf(publicUrl: string, number: string, signature: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/v/${number}?s=${signature}`;
}

export async function issueCertificate(
  ctx: ServiceContext,
  actor: Actor,
  request: CertificateRequest,
): Promise<IssuedCertificate> {
  const channel = channelOf(actor, request);
  const { requester } = channel;
  const now = ctx.clock.now();
  const today = dateInAstana(now);
  // At a desk the operator reads the person's data: whom the registries were asked about goes to
  // the access log with the certificate (issue 13). Online, the citizen's own request is not.
  const tracked = actor.kind === 'operator' ? consultedRegistries(ctx.registries) : null;
  const seen: ServiceContext = tracked ? { ...ctx, registries: tracked.registries } : ctx;
  const { registrations, realEstate } = seen.registries;
  const { entitlement, subjectPerson } =
    channel.kind === 'desk'
      ? await deskEntitlement(seen, requester, request.subject, today)
      : await onlineEntitlement(seen, requester, request.subject, today);
  if (!entitlement.ok) {
    // A refused desk request still read the person's record: that read is logged too.
    if (tracked) {
      const entries = entriesOf(tracked.consulted(), { actor, purpose: 'desk-certificate' });
      await inTransaction(ctx.database, (tx) => recordAccess(tx, now, entries));
    }
    throw new AppError(`certificate.${entitlement.reason}`);
  }

  const history = await registrations.ofPerson(request.subject);
  const places = new Map<string, { city: string; address: string }>();
  for (const rka of new Set(history.map((r) => r.rka))) {
    const dwelling = await realEstate.dwelling(rka);
    if (dwelling) places.set(rka, { city: dwelling.city, address: dwelling.address });
  }

  // A number is random; a clash with an existing one (about 1 in 10^16 per pair) takes a new one.
  for (let attempt = 0; ; attempt++) {
    const number = (attempt === 0 ? request.number : undefined) ?? certificateNumberFrom(randomBytes(7));
    const made = certificateContent({
      number,
      kind: request.kind,
      issuedAt: now,
      asOf: today,
      subject: subjectPerson!,
      registrations: history,
      addressOf: (rka) => places.get(rka),
    });
    if (!made.ok) throw new AppError(`certificate.${made.reason}`);
    const signature = await ctx.seal.sign(canonicalBytes(made.content));
    const consulted = tracked?.consulted() ?? [];
    const stored = await store(ctx, actor, { channel, entitlement, content: made.content, signature, now, consulted });
    if (stored) {
      return {
        number,
        basis: entitlement.basis,
        content: made.content,
        signature,
        verifyUrl: verifyUrlOf(ctx.settings.publicUrl, number, signature),
      };
    }
    if (attempt >= 2) throw new AppError('internal-error', { reference: 'certificate-number' });
  }
}

async function store(
  ctx: ServiceContext,
  actor: Actor,
  input: {
    channel: Channel;
    entitlement: Extract<Entitlement, { ok: true }>;
    content: CertificateContent;
    signature: string;
    now: Date;
    consulted: Consulted[];
  },
): Promise<boolean> {
  const { content, entitlement, channel } = input;
  const { requester } = channel;
  const desk = channel.kind === 'desk' ? channel : null;
  return inTransaction(ctx.database, async (tx) => {
    await tx
      .insertInto('seal_certificates')
      .values({ serial: ctx.seal.label.serial, pem: ctx.seal.certificatePem })
      .onConflict((oc) => oc.column('serial').doNothing())
      .execute();
    const inserted = await tx
      .insertInto('address_certificates')
      .values({
        number: content.number,
        kind: content.kind,
        requester,
        subject: content.subject.iin,
        basis: entitlement.basis,
        content: jsonText(content),
        signature: input.signature,
        seal_serial: ctx.seal.label.serial,
        entitlement: jsonText({ rules: entitlement.rules, basis: entitlement.basis, trace: entitlement.trace }),
        issued_at: input.now,
        desk_document_type: desk?.document.type ?? null,
        desk_document_number: desk?.document.number ?? null,
        desk_office: desk?.office ?? null,
      })
      .onConflict((oc) => oc.column('number').doNothing())
      .returning('number')
      .executeTakeFirst();
    if (!inserted) return false;
    await recordAudit(tx, input.now, actor, {
      action: 'certificate-issued',
      certificateNumber: content.number,
      details: {
        kind: content.kind,
        basis: entitlement.basis,
        requester,
        ...(desk ? { channel: 'desk', document: desk.document.type, office: desk.office } : { channel: 'online' }),
      },
    });
    await recordAccess(
      tx,
      input.now,
      entriesOf(input.consulted, { actor, purpose: 'desk-certificate', certificateNumber: content.number }),
    );
    await enqueue(tx, input.now, notify(content, 'certificate-ready', requester));
    // Whoever a certificate is about learns that it was issued and to whom (003 ¶B4 lets a
    // parent or spouse obtain it without asking): no one's address is handed out unseen. At a
    // desk they always learn it, themselves included, with the document shown (C9): a
    // certificate handed to someone with a forged document does not go unnoticed.
    if (desk) {
      await enqueue(
        tx,
        input.now,
        notify(content, `certificate-issued-at-desk.${desk.document.type}`, content.subject.iin, {
          date: displayDate(dateInAstana(input.now)),
          last4: documentEnding(desk.document),
        }),
      );
    } else if (entitlement.basis === 'parent' || entitlement.basis === 'spouse') {
      await enqueue(
        tx,
        input.now,
        notify(content, `certificate-issued-about-you.${entitlement.basis}`, content.subject.iin),
      );
    }
    return true;
  });
}
