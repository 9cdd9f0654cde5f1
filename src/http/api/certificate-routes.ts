// Address certificates: obtain one (for yourself, your child or your spouse; at a ЦОН desk for
// the person present), list and download yours, and the public check anyone may use (C8).
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Actor } from '../../services/actor.ts';
import { renderCertificatePdf } from '../../services/certificates/certificate-pdf.ts';
import { type IssuedCertificate, issueCertificate } from '../../services/certificates/issue.ts';
import { issueOnce } from '../../services/certificates/issue-once.ts';
import { certificatesOf, readCertificate } from '../../services/certificates/queries.ts';
import { verifyCertificate } from '../../services/certificates/verify.ts';
import type { ServiceContext } from '../../services/context.ts';
import { type ApiEnv, citizen, operator, requireSession } from './auth.ts';
import { keySeed } from './idempotency.ts';
import { newApi, register, route, valid } from './route.ts';
import { Iin } from './schemas.ts';
import { IDENTITY_DOCUMENT_TYPES } from '../../domain/identity-document.ts';

const Kind = z.enum(['current', 'history']);
const Registration = z.object({
  kind: z.enum(['permanent', 'temporary']),
  rka: z.string(),
  city: z.string(),
  address: z.string(),
  from: z.string(),
  to: z.string().nullable(),
});
const Content = z
  .object({
    version: z.literal(1),
    number: z.string(),
    kind: Kind,
    issuedAt: z.string(),
    asOf: z.string(),
    subject: z.object({ iin: z.string(), name: z.string(), birthDate: z.string() }),
    registrations: z.array(Registration),
  })
  .openapi('AddressCertificateContent');
const IdentityDocumentBody = z
  .strictObject({
    type: z.enum(IDENTITY_DOCUMENT_TYPES),
    number: z.string().min(1).max(32).openapi({
      description:
        'ID card and residence permit: 9 digits; passport: N and 8 digits; birth certificate: series and number',
      example: '045678912',
    }),
  })
  .openapi('IdentityDocument');
const Basis = z.enum(['self', 'parent', 'spouse', 'guardian']);
const RequestBody = z
  .object({
    kind: Kind.openapi({ description: 'current: registration today; history: every registration' }),
    subject: Iin.optional().openapi({ description: 'Whose certificate; default: yourself' }),
    requester: Iin.optional().openapi({
      description:
        'ЦОН desk only: the person present — the subject, or a parent of a minor subject, or a guardian on record (C9)',
    }),
    identityDocument: IdentityDocumentBody.optional().openapi({
      description: 'ЦОН desk only, and required there: the identity document the person present showed (C9)',
    }),
  })
  .strict()
  .openapi('AddressCertificateRequest');
const Issued = z
  .object({
    number: z.string(),
    basis: Basis,
    verifyUrl: z.string(),
    pdf: z.string(),
    content: Content,
  })
  .openapi('AddressCertificate');
const List = z
  .object({
    items: z.array(
      z.object({
        number: z.string(),
        kind: Kind,
        basis: Basis,
        subjectName: z.string(),
        issuedAt: z.string(),
      }),
    ),
  })
  .openapi('AddressCertificates');
const NumberParam = z.object({
  number: z
    .string()
    .max(40)
    .openapi({ param: { name: 'number', in: 'path' }, example: 'AC-7K3M-9QXD-2HFP' }),
});
const SignatureQuery = z.object({
  s: z.string().max(200).optional().openapi({ description: 'The signature from the QR code, when it was scanned' }),
});
const VerificationBody = z
  .object({
    genuine: z.boolean(),
    seal: z.object({ ok: z.boolean(), code: z.string().optional() }),
    qr: z.enum(['match', 'mismatch', 'absent']),
    status: z.enum(['still-current', 'no-longer-current', 'nothing-current-stated']),
    checkedAt: z.string(),
    certificate: z.object({
      number: z.string(),
      kind: Kind,
      issuedAt: z.string(),
      asOf: z.string(),
      holder: z.string().openapi({
        description: 'Surname and first-name initial only: no IIN, birth date or patronymic (issue 13)',
        example: 'Ахметова А.',
      }),
      registrations: z.array(Registration.omit({ rka: true })),
    }),
  })
  .openapi('AddressCertificateVerification');

function actorOf(c: Context<ApiEnv>): Actor {
  return c.get('principal').operator ? operator(c, ['reception', 'hall']) : citizen(c);
}

const pdfPath = (number: string) => `/api/v1/certificates/${number}/pdf`;

/** The `Issued` body, for a certificate just issued or read back. */
function certificateView(c: Pick<IssuedCertificate, 'number' | 'basis' | 'verifyUrl' | 'content'>) {
  return { number: c.number, basis: c.basis, verifyUrl: c.verifyUrl, pdf: pdfPath(c.number), content: c.content };
}

export function certificateRoutes(ctx: ServiceContext) {
  const app = newApi<ApiEnv>();
  app.use('/certificates', requireSession(ctx));
  app.use('/certificates/*', requireSession(ctx));
  const tag = 'Address certificates';

  register(
    app,
    route('post', '/certificates', {
      tag,
      summary: 'Obtain an address certificate (C1–C7)',
      body: RequestBody,
      response: Issued,
      status: 201,
    }),
    async (c) => {
      const body = valid(c, 'json', RequestBody);
      const actor = actorOf(c);
      const subject = body.subject ?? body.requester ?? c.get('principal').iin;
      const request = { kind: body.kind, subject, requester: body.requester, identityDocument: body.identityDocument };
      // Issue 16: under an Idempotency-Key the number is the key's, so a run repeated after a
      // crash hands out the certificate the first run stored (issue-once.ts), not a second one.
      const seed = keySeed(c);
      const issued = seed ? await issueOnce(ctx, actor, request, seed) : await issueCertificate(ctx, actor, request);
      return c.json(certificateView(issued), 201);
    },
  );

  register(
    app,
    route('get', '/certificates', { tag, summary: 'Certificates I obtained, newest first', response: List }),
    async (c) => c.json({ items: await certificatesOf(ctx, c.get('principal').iin) }, 200),
  );

  register(
    app,
    route('get', '/certificates/{number}', {
      tag,
      summary: 'One certificate I obtained',
      params: NumberParam,
      response: Issued,
    }),
    async (c) => {
      const stored = await readCertificate(ctx, citizen(c), valid(c, 'param', NumberParam).number);
      return c.json(certificateView(stored), 200);
    },
  );

  // The PDF is not a JSON route: documented by hand, served as a file.
  app.openAPIRegistry.registerPath({
    method: 'get',
    path: '/certificates/{number}/pdf',
    tags: [tag],
    summary: 'Download a certificate I obtained as a signed PDF (kk + ru, QR code, attachments for offline checks)',
    security: [{ bearer: [] }],
    request: { params: NumberParam },
    responses: {
      200: {
        description: 'The PDF',
        content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } },
      },
      404: { description: 'No such certificate of yours' },
    },
  });
  app.get('/certificates/:number/pdf', async (c) => {
    const stored = await readCertificate(ctx, citizen(c), c.req.param('number'));
    const pdf = await renderCertificatePdf(stored);
    return c.body(new Uint8Array(pdf), 200, {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="${stored.number}.pdf"`,
      'cache-control': 'private, no-store',
    });
  });

  register(
    app,
    route('get', '/public/certificates/{number}', {
      tag,
      summary: 'Check a certificate: genuine, unchanged, still current, the address (no login; no IIN or birth date)',
      params: NumberParam,
      query: SignatureQuery,
      response: VerificationBody,
      auth: false,
    }),
    async (c) => {
      const { number } = valid(c, 'param', NumberParam);
      const { s } = valid(c, 'query', SignatureQuery);
      const result = await verifyCertificate(ctx, { number, ...(s === undefined ? {} : { signature: s }) });
      c.header('cache-control', 'no-store');
      return c.json(result, 200);
    },
  );

  return app;
}
