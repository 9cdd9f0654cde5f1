// Citizens' applications: create, submit, arrival coupon, sign, cancel; the signing document;
// the consent inbox of owners. Handlers stay thin: validation is the route's, rules are the
// services'.
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { maskIin } from '../../domain/iin.ts';
import type { Actor } from '../../services/actor.ts';
import { canRead } from '../../services/applications/access.ts';
import { cancelApplication } from '../../services/applications/cancel.ts';
import { submitApplication } from '../../services/applications/checks.ts';
import { declineConsent, giveConsent } from '../../services/applications/consent.ts';
import { fillCoupon } from '../../services/applications/coupon.ts';
import { createApplication } from '../../services/applications/create.ts';
import { createOnce } from '../../services/applications/file-once.ts';
import { applicationsOf, auditTrail, consentInbox, readApplication } from '../../services/applications/queries.ts';
import type { ApplicationRecord } from '../../services/applications/record.ts';
import { signApplication } from '../../services/applications/sign.ts';
import { requestSigningCode } from '../../services/applications/signing-code.ts';
import { signingDigest, signingDocument } from '../../services/applications/signing-document.ts';
import { canonicalJson } from '../../services/signatures/canonical-json.ts';
import type { ServiceContext } from '../../services/context.ts';
import { type ApiEnv, citizen, requireSession } from './auth.ts';
import { keyUuid } from './idempotency.ts';
import { newApi, register, route, valid } from './route.ts';
import {
  ApplicationView,
  Coupon,
  CreateApplication,
  IdParam,
  OtpSent,
  SignatureProof,
  SigningDocument,
} from './schemas.ts';
import { applicationView, otpSentView } from './view.ts';

const List = z.object({ items: z.array(ApplicationView) }).openapi('ApplicationList');
const ConsentList = z
  .object({ items: z.array(z.object({ owner: z.string(), state: z.string(), application: ApplicationView })) })
  .openapi('ConsentList');
const History = z
  .object({
    items: z.array(
      z.object({
        at: z.string(),
        actor: z.string(),
        action: z.string(),
        from: z.string().nullable(),
        to: z.string().nullable(),
      }),
    ),
  })
  .openapi('History');

/** 202 while the registries are still being asked, 200 once the application moved on. */
function answer(c: Context, actor: Actor, app: ApplicationRecord, created = false) {
  return c.json(applicationView(app, actor), app.state === 'checks' ? 202 : created ? 201 : 200);
}

export function applicationRoutes(ctx: ServiceContext, actorOf: (c: Context<ApiEnv>) => Actor = citizen) {
  const app = newApi<ApiEnv>();
  for (const path of ['/applications', '/applications/*', '/consents', '/consents/*'])
    app.use(path, requireSession(ctx));
  const tag = 'Applications';

  register(
    app,
    route('post', '/applications', {
      tag,
      summary: 'Create a draft application',
      body: CreateApplication,
      response: ApplicationView,
      status: 201,
    }),
    async (c) => {
      const body = valid(c, 'json', CreateApplication);
      const actor = actorOf(c);
      const input = { ...body, applicant: c.get('principal').iin };
      // Issue 16: under an Idempotency-Key the id is the key's, so a run repeated after a crash
      // meets the application the first run made (createOnce) instead of making a second one.
      const id = keyUuid(c);
      const record = id ? await createOnce(ctx, actor, { ...input, id }) : await createApplication(ctx, actor, input);
      return answer(c, actor, record, true);
    },
  );
  register(
    app,
    route('get', '/applications', { tag, summary: 'My applications and those awaiting my consent', response: List }),
    async (c) => {
      const items = await applicationsOf(ctx, c.get('principal').iin);
      return c.json({ items: items.map((item) => applicationView(item, actorOf(c))) }, 200);
    },
  );
  register(
    app,
    route('get', '/applications/{id}', {
      tag,
      summary: 'One application with its decision trace',
      params: IdParam,
      response: ApplicationView,
    }),
    async (c) =>
      c.json(applicationView(await readApplication(ctx, actorOf(c), valid(c, 'param', IdParam).id), actorOf(c)), 200),
  );
  register(
    app,
    route('get', '/applications/{id}/history', {
      tag,
      summary: 'Status history (audit trail)',
      params: IdParam,
      response: History,
    }),
    async (c) => {
      const { id } = valid(c, 'param', IdParam);
      await readApplication(ctx, actorOf(c), id);
      const rows = await auditTrail(ctx, id);
      return c.json(
        {
          items: rows.map((r) => ({
            at: r.at.toISOString(),
            actor: r.actor_kind,
            action: r.action,
            from: r.from_state,
            to: r.to_state,
          })),
        },
        200,
      );
    },
  );
  register(
    app,
    route('post', '/applications/{id}/submit', {
      tag,
      summary: 'Submit for the registry checks',
      params: IdParam,
      response: ApplicationView,
    }),
    async (c) => {
      // submitApplication checks the applicant side on the row it locks (one read, not two).
      return answer(c, actorOf(c), await submitApplication(ctx, actorOf(c), valid(c, 'param', IdParam).id));
    },
  );
  register(
    app,
    route('put', '/applications/{id}/coupon', {
      tag,
      summary: 'Fill the arrival coupon',
      params: IdParam,
      body: Coupon,
      response: ApplicationView,
    }),
    async (c) =>
      answer(c, actorOf(c), await fillCoupon(ctx, actorOf(c), valid(c, 'param', IdParam).id, valid(c, 'json', Coupon))),
  );
  register(
    app,
    route('get', '/applications/{id}/signing-document', {
      tag,
      summary: 'The canonical JSON to sign',
      params: IdParam,
      response: SigningDocument,
    }),
    async (c) => {
      const record = await readApplication(ctx, actorOf(c), valid(c, 'param', IdParam).id);
      const document = signingDocument(record);
      return c.json({ document, canonical: canonicalJson(document), sha256: signingDigest(record) }, 200);
    },
  );
  register(
    app,
    route('post', '/applications/{id}/signing-code', {
      tag,
      summary: 'Send an SMS code to sign this application',
      params: IdParam,
      response: OtpSent,
    }),
    async (c) => {
      const sent = await requestSigningCode(ctx, actorOf(c), valid(c, 'param', IdParam).id);
      return c.json(otpSentView(sent), 200);
    },
  );
  register(
    app,
    route('post', '/applications/{id}/sign', {
      tag,
      summary: 'Sign as the applicant; completes the application',
      params: IdParam,
      body: SignatureProof,
      response: ApplicationView,
    }),
    async (c) =>
      answer(
        c,
        actorOf(c),
        await signApplication(ctx, actorOf(c), valid(c, 'param', IdParam).id, valid(c, 'json', SignatureProof)),
      ),
  );
  register(
    app,
    route('post', '/applications/{id}/cancel', {
      tag,
      summary: 'Withdraw the application',
      params: IdParam,
      response: ApplicationView,
    }),
    async (c) => answer(c, actorOf(c), await cancelApplication(ctx, actorOf(c), valid(c, 'param', IdParam).id)),
  );

  const consents = 'Owner consent';
  register(
    app,
    route('get', '/consents', { tag: consents, summary: 'Consent requests addressed to me', response: ConsentList }),
    async (c) => {
      const actor = actorOf(c);
      const rows = await consentInbox(ctx, c.get('principal').iin);
      const items = rows
        .filter((r) => canRead(r.application, actor))
        .map((r) => ({
          // The owner this answer is for: the viewer, or the minor they represent (masked).
          owner: r.owner === c.get('principal').iin ? r.owner : maskIin(r.owner),
          state: r.state,
          application: applicationView(r.application, actor),
        }));
      return c.json({ items }, 200);
    },
  );
  register(
    app,
    route('post', '/consents/{id}/approve', {
      tag: consents,
      summary: 'Consent, signing the application',
      params: IdParam,
      body: SignatureProof,
      response: ApplicationView,
    }),
    async (c) =>
      answer(
        c,
        actorOf(c),
        await giveConsent(ctx, actorOf(c), valid(c, 'param', IdParam).id, valid(c, 'json', SignatureProof)),
      ),
  );
  register(
    app,
    route('post', '/consents/{id}/decline', {
      tag: consents,
      summary: 'Decline to consent',
      params: IdParam,
      response: ApplicationView,
    }),
    async (c) => answer(c, actorOf(c), await declineConsent(ctx, actorOf(c), valid(c, 'param', IdParam).id)),
  );
  return app;
}
