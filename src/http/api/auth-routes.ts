// Login and logout (F5): certificate signature over a challenge, or IIN + SMS code.
import { z } from '@hono/zod-openapi';
import {
  createLoginChallenge,
  loginWithCertificate,
  loginWithCode,
  requestLoginCode,
} from '../../services/auth/login.ts';
import { closeSession } from '../../services/auth/sessions.ts';
import type { ServiceContext } from '../../services/context.ts';
import { clientAddress } from '../client-address.ts';
import { type ApiEnv, requireSession } from './auth.ts';
import { newApi, register, route, valid } from './route.ts';
import { Iin, LoginCodeRequested, Session } from './schemas.ts';

const Challenge = z
  .object({ challengeId: z.string(), nonce: z.string(), expiresAt: z.string() })
  .openapi('LoginChallenge');
const CertificateLogin = z.strictObject({ challengeId: z.uuid(), cms: z.string().min(1).max(65_536) });
const CodeRequest = z.strictObject({ iin: Iin });
const CodeLogin = z.strictObject({ iin: Iin, challengeId: z.uuid(), code: z.string().regex(/^[0-9]{6}$/) });
const Me = z
  .object({
    iin: z.string(),
    method: z.string(),
    expiresAt: z.string(),
    operator: z.object({ role: z.string(), office: z.string() }).nullable(),
  })
  .openapi('Me');

export function authRoutes(ctx: ServiceContext) {
  const app = newApi<ApiEnv>();
  const tag = 'Authentication';
  const session = (s: { token: string; iin: string; expiresAt: Date }) => ({
    token: s.token,
    iin: s.iin,
    expiresAt: s.expiresAt.toISOString(),
  });

  register(
    app,
    route('post', '/auth/challenge', {
      tag,
      summary: 'Get a challenge to sign with an EDS',
      response: Challenge,
      auth: false,
    }),
    async (c) => {
      const ch = await createLoginChallenge(ctx, { address: clientAddress(c) });
      return c.json({ challengeId: ch.challengeId, nonce: ch.nonce, expiresAt: ch.expiresAt.toISOString() }, 200);
    },
  );
  register(
    app,
    route('post', '/auth/certificate', {
      tag,
      summary: 'Log in with a CMS signature of the challenge',
      body: CertificateLogin,
      response: Session,
      auth: false,
    }),
    async (c) =>
      c.json(
        session(await loginWithCertificate(ctx, valid(c, 'json', CertificateLogin), { address: clientAddress(c) })),
        200,
      ),
  );
  register(
    app,
    route('post', '/auth/otp', {
      tag,
      summary:
        'Send a login code to the phone bound in БМГ, if there is one (same answer, same time, for any valid IIN)',
      body: CodeRequest,
      response: LoginCodeRequested,
      auth: false,
    }),
    async (c) => {
      const sent = await requestLoginCode(ctx, valid(c, 'json', CodeRequest).iin, { address: clientAddress(c) });
      return c.json({ challengeId: sent.challengeId, expiresAt: sent.expiresAt.toISOString() }, 200);
    },
  );
  register(
    app,
    route('post', '/auth/otp/verify', {
      tag,
      summary: 'Log in with the SMS code',
      body: CodeLogin,
      response: Session,
      auth: false,
    }),
    async (c) =>
      c.json(session(await loginWithCode(ctx, valid(c, 'json', CodeLogin), { address: clientAddress(c) })), 200),
  );

  const authed = newApi<ApiEnv>();
  authed.use('/me', requireSession(ctx));
  authed.use('/auth/logout', requireSession(ctx));
  register(authed, route('get', '/me', { tag, summary: 'Who is logged in', response: Me }), (c) => {
    const p = c.get('principal');
    return c.json({ iin: p.iin, method: p.method, expiresAt: p.expiresAt.toISOString(), operator: p.operator }, 200);
  });
  register(
    authed,
    route('post', '/auth/logout', { tag, summary: 'End the session', response: z.object({ ok: z.boolean() }) }),
    async (c) => {
      await closeSession(ctx, c.get('token'), c.get('principal').iin);
      return c.json({ ok: true }, 200);
    },
  );
  return { open: app, authed };
}
