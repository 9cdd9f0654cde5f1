// Request and response schemas of the API. The same schemas validate requests and generate
// /openapi.json, so the document cannot drift from what the server accepts.
import { z } from '@hono/zod-openapi';
import { arrivalCouponSchema } from '../../domain/arrival-coupon.ts';
import { isValidIin } from '../../domain/iin.ts';
import { STATES } from '../../domain/lifecycle/states.ts';
import { plainText } from '../../domain/text.ts';
import { relation } from '../../registries/scenario/schema.ts';

export const Iin = z
  .string()
  .refine(isValidIin, { message: 'must be a valid IIN (12 digits, F1 check digit)' })
  .openapi({ example: '900701300108', description: 'ИИН (F1)' });
export const Rka = z
  .string()
  .regex(/^[0-9]{16}$/, 'must be 16 digits')
  .openapi({ example: '0101000000000001', description: 'РКА, the address register code' });

export const Localized = z.object({ kk: z.string(), ru: z.string(), en: z.string() }).openapi('Localized');

export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'invalid-request' }),
      message: Localized,
      path: z.string().optional(),
    }),
  })
  .openapi('Error');

export const IdParam = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });

export const CreateApplication = z
  .discriminatedUnion('service', [
    z.strictObject({
      service: z.enum(['registration-permanent', 'registration-temporary']),
      rka: Rka,
      owner: Iin.optional(),
      relation: relation.optional(),
      members: z.array(Iin).max(10).optional(),
      periodMonths: z.number().int().min(1).max(12).optional().openapi({ description: 'Temporary only: 1–12 (F4)' }),
    }),
    z.strictObject({
      service: z.literal('deregistration'),
      rka: Rka,
      person: Iin.optional().openapi({ description: 'Whose registration ends; default: yourself' }),
    }),
  ])
  .refine((a) => a.service !== 'registration-temporary' || a.periodMonths !== undefined, {
    message: 'periodMonths is required for temporary registration',
    path: ['periodMonths'],
  })
  .openapi('CreateApplication');

export const HallApplication = z
  .strictObject({
    service: z.enum(['registration-permanent', 'registration-temporary']),
    applicant: Iin,
    rka: Rka,
    owner: Iin,
    representative: Iin,
    authorityDocument: plainText(100).optional(),
    relation: relation.optional(),
    members: z.array(Iin).max(10).optional(),
    periodMonths: z.number().int().min(1).max(12).optional(),
  })
  .openapi('HallApplication');

export const Coupon = arrivalCouponSchema.openapi('ArrivalCoupon');

export const SignatureProof = z
  .discriminatedUnion('method', [
    z.strictObject({
      method: z.literal('cms'),
      cms: z.string().min(1).max(65_536).openapi({ description: 'base64 DER CMS, detached' }),
    }),
    z.strictObject({ method: z.literal('otp'), challengeId: z.uuid(), code: z.string().regex(/^[0-9]{6}$/) }),
    z.strictObject({ method: z.literal('hall') }),
  ])
  .openapi('SignatureProof');

export const ApplicationView = z
  .object({
    id: z.string(),
    number: z.string(),
    service: z.string(),
    state: z.enum(STATES),
    channel: z.enum(['online', 'hall']),
    applicant: z.string(),
    rka: z.string().nullable(),
    owner: z.string().nullable(),
    relation: z.unknown().optional(),
    members: z.array(z.string()),
    periodMonths: z.number().nullable(),
    person: z.string().nullable(),
    coupon: z.unknown().nullable(),
    outcome: z.string().nullable(),
    reason: z.string().nullable(),
    message: Localized.nullable(),
    consentDue: z.string().nullable(),
    retryAt: z.string().nullable(),
    applicationDate: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    decision: z.unknown().nullable(),
  })
  .openapi('Application');

export const SigningDocument = z
  .object({ document: z.record(z.string(), z.unknown()), canonical: z.string(), sha256: z.string() })
  .openapi('SigningDocument');

export const OtpSent = z
  .object({ challengeId: z.string(), phoneMasked: z.string(), expiresAt: z.string() })
  .openapi('OtpSent');

/** The answer to a login-code request: alike for every valid IIN, so it names no phone (issue 13). */
export const LoginCodeRequested = z
  .object({
    challengeId: z.string(),
    expiresAt: z.string(),
  })
  .openapi('LoginCodeRequested', {
    description:
      'A code was sent if the IIN belongs to a living person with a phone in БМГ; the answer is the same either way',
  });

export const Session = z.object({ token: z.string(), iin: z.string(), expiresAt: z.string() }).openapi('Session');

/** What every access-log entry shows (issue 13); the citizen's and the auditor's views extend it. */
export const AccessEntryBase = z.object({
  at: z.string(),
  actorKind: z.enum(['operator', 'system', 'citizen']),
  actorRole: z.string().nullable(),
  office: z.string().nullable(),
  purpose: z.string(),
  registry: z.string().nullable(),
  applicationId: z.string().nullable(),
  applicationNumber: z.string().nullable(),
  certificateNumber: z.string().nullable(),
});

/** One page of access-log entries. */
export function accessPage<T extends z.ZodTypeAny>(item: T) {
  return z.object({ items: z.array(item), page: z.number(), size: z.number(), more: z.boolean() });
}
