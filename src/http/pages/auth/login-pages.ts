// Login (F5) on the pages: IIN + SMS code (the no-JavaScript path), or a test EDS file signed in
// the browser (pages/certificate-login.ts). Logout ends the session on the server too.
import { CODE_ERRORS } from '../shared/signing.ts';
import type { Context } from 'hono';
import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { html } from 'hono/html';
import { isValidIin } from '../../../domain/iin.ts';
import { compactIin, iinProblem } from '../shared/form-checks.ts';
import { isAppError } from '../../../errors.ts';
import {
  createLoginChallenge,
  loginWithCertificate,
  loginWithCode,
  requestLoginCode,
} from '../../../services/auth/login.ts';
import type { Caller } from '../../../services/auth/code-budgets.ts';
import { closeSession } from '../../../services/auth/sessions.ts';
import type { ServiceContext } from '../../../services/context.ts';
import { clientAddress } from '../../client-address.ts';
import { button, errorOf, errorSummary, type FormErrors, form, notice, textField } from '../shared/components.ts';
import { edsForm } from '../shared/eds.ts';
import type { PageEnv } from '../shared/env.ts';
import { formFields, render, translator } from '../shared/render.ts';
import { cookieSecure } from '../../cookies.ts';
import { clearSessionCookie, currentUser, safeNext, setSessionCookie } from '../shared/session.ts';

/**
 * The pending SMS login between the two pages; never its code, nor whether or where one was sent
 * (the answer is the same for any valid IIN: issue 13).
 */
const PENDING_COOKIE = 'tirkeu_login';
interface Pending {
  challengeId: string;
  iin: string;
  next: string;
}

function writePending(c: Context, pending: Pending): void {
  setCookie(c, PENDING_COOKIE, Buffer.from(JSON.stringify(pending)).toString('base64url'), {
    path: '/login',
    httpOnly: true,
    sameSite: 'Lax',
    secure: cookieSecure(c),
    maxAge: 600,
  });
}

const callerOf = (c: Context): Caller => ({ address: clientAddress(c) });

function readPending(c: Context): Pending | null {
  const raw = getCookie(c, PENDING_COOKIE);
  if (!raw) return null;
  try {
    const value = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Partial<Pending>;
    if (typeof value.challengeId !== 'string' || typeof value.iin !== 'string' || !isValidIin(value.iin)) return null;
    return { challengeId: value.challengeId, iin: value.iin, next: safeNext(value.next) };
  } catch {
    return null;
  }
}

// Errors of the code request or of the code that belong next to the field, not on an error page.
// The request does not tell an unknown IIN or one without a phone: those get a code page too.
// Throttling (issue 14) is said next to the field too, with its wait.
const IIN_ERRORS = new Set(['invalid-iin-input', 'otp-rate-limited', 'rate-limited']);

export function loginPages(ctx: ServiceContext) {
  const app = new Hono<PageEnv>();

  const iinPage = (c: Context<PageEnv>, value: string, errors: FormErrors) => {
    const t = translator(c);
    const lang = c.get('lang');
    const next = safeNext(c.req.query('next'));
    return render(c, {
      title: t('login.title'),
      hasErrors: errors.length > 0,
      body: html`${errorSummary(lang, errors)}
        ${form(`/login?next=${encodeURIComponent(next)}`, [
          textField(lang, {
            name: 'iin',
            label: t('login.iin-label'),
            hint: t('login.iin-hint'),
            value,
            error: errorOf(errors, 'iin'),
            inputmode: 'numeric',
            width: 'short',
            asHeading: true,
          }),
          button(t('login.send-code')),
        ])}
        <h2>${t('login.other-ways')}</h2>
        <p><a href="/login/certificate?next=${encodeURIComponent(next)}">${t('login.with-certificate')}</a></p>
        <p class="small">${t('login.privacy')}</p>`,
    });
  };

  app.get('/login', (c) => (currentUser(c) ? c.redirect(safeNext(c.req.query('next')), 303) : iinPage(c, '', [])));

  app.post('/login', async (c) => {
    const typed = (await formFields(c))['iin'] ?? '';
    // Spaces pasted with the number (" 000120600001 ", "000120 600001") are not part of it.
    const iin = compactIin(typed);
    const problem = iinProblem(iin, 'yours');
    if (problem) return iinPage(c, typed, [{ field: 'iin', key: problem }]);
    try {
      const sent = await requestLoginCode(ctx, iin, callerOf(c));
      writePending(c, { challengeId: sent.challengeId, iin, next: safeNext(c.req.query('next')) });
      return c.redirect('/login/code', 303);
    } catch (error) {
      if (!isAppError(error) || !IIN_ERRORS.has(error.code)) throw error;
      return iinPage(c, iin, [{ field: 'iin', key: error.code, params: error.params }]);
    }
  });

  const codePage = (c: Context<PageEnv>, pending: Pending, errors: FormErrors, resent = false) => {
    const t = translator(c);
    const lang = c.get('lang');
    return render(c, {
      title: t('login.code-title'),
      hasErrors: errors.length > 0,
      body: html`<a class="back-link" href="/login?next=${encodeURIComponent(pending.next)}">${t('page.back')}</a>
        ${errorSummary(lang, errors)} ${resent && errors.length === 0 ? notice('ok', t('login.new-code-sent')) : ''}
        ${form('/login/code', [
          textField(lang, {
            name: 'code',
            label: t('login.code-label'),
            hint: t('login.code-hint'),
            error: errorOf(errors, 'code'),
            inputmode: 'numeric',
            autocomplete: 'one-time-code',
            width: 'short',
            maxlength: 6,
            asHeading: true,
          }),
          button(t('login.submit')),
        ])}
        ${form('/login/code/new', button(t('login.new-code'), { kind: 'secondary' }))}`,
    });
  };

  app.get('/login/code', (c) => {
    const pending = readPending(c);
    return pending ? codePage(c, pending, [], c.req.query('sent') === 'new') : c.redirect('/login', 303);
  });

  // "Send a new code" (issue 14): a new challenge for the same IIN, within its budgets, with a
  // new SMS; the one it replaces stops working. As for the first code, the answer is the same
  // whether or not an SMS could be sent (issue 13).
  app.post('/login/code/new', async (c) => {
    const pending = readPending(c);
    if (!pending) return c.redirect('/login', 303);
    try {
      const sent = await requestLoginCode(ctx, pending.iin, callerOf(c), { replaces: pending.challengeId });
      writePending(c, { ...pending, challengeId: sent.challengeId });
      return c.redirect('/login/code?sent=new', 303);
    } catch (error) {
      if (!isAppError(error) || !CODE_ERRORS.has(error.code)) throw error;
      return codePage(c, pending, [{ field: 'code', key: error.code, params: error.params }]);
    }
  });

  app.post('/login/code', async (c) => {
    const pending = readPending(c);
    if (!pending) return c.redirect('/login', 303);
    const { code = '' } = await formFields(c);
    if (!/^[0-9]{6}$/.test(code)) return codePage(c, pending, [{ field: 'code', key: 'login.code-format' }]);
    try {
      const session = await loginWithCode(
        ctx,
        { challengeId: pending.challengeId, iin: pending.iin, code },
        callerOf(c),
      );
      setSessionCookie(c, session.token, session.expiresAt, ctx.clock.now());
      deleteCookie(c, PENDING_COOKIE, { path: '/login', secure: cookieSecure(c) });
      return c.redirect(pending.next, 303);
    } catch (error) {
      if (!isAppError(error) || !CODE_ERRORS.has(error.code)) throw error;
      return codePage(c, pending, [{ field: 'code', key: error.code, params: error.params }]);
    }
  });

  // F5 by certificate: the page carries a fresh one-time challenge; the browser signs it.
  const certificatePage = async (c: Context<PageEnv>, errors: FormErrors) => {
    const t = translator(c);
    const lang = c.get('lang');
    const next = safeNext(c.req.query('next'));
    const challenge = await createLoginChallenge(ctx, callerOf(c));
    return render(c, {
      title: t('login.certificate-title'),
      hasErrors: errors.length > 0,
      body: html`<a class="back-link" href="/login?next=${encodeURIComponent(next)}">${t('page.back')}</a>
        ${errorSummary(lang, errors)}
        <h1>${t('login.certificate-title')}</h1>
        ${edsForm(lang, {
          action: `/login/certificate?next=${encodeURIComponent(next)}`,
          content: challenge.nonce,
          hidden: { challengeId: challenge.challengeId },
          submit: t('login.submit'),
          error: errorOf(errors, 'p12'),
        })}
        <p><a href="/login?next=${encodeURIComponent(next)}">${t('login.send-code')}</a></p>`,
    });
  };

  app.get('/login/certificate', (c) => certificatePage(c, []));

  app.post('/login/certificate', async (c) => {
    const { challengeId = '', cms = '' } = await formFields(c);
    if (!cms || !/^[0-9a-f-]{36}$/i.test(challengeId)) {
      return certificatePage(c, [{ field: 'p12', key: 'login.certificate-needs-js' }]);
    }
    try {
      const session = await loginWithCertificate(ctx, { challengeId, cms }, callerOf(c));
      setSessionCookie(c, session.token, session.expiresAt, ctx.clock.now());
      return c.redirect(safeNext(c.req.query('next')), 303);
    } catch (error) {
      // Every refusal of the signature (expired, untrusted, revoked, unknown person) is shown at
      // the file field with its own code's text; a new challenge comes with the page.
      if (!isAppError(error) || error.code === 'database-error' || error.code === 'internal-error') throw error;
      return certificatePage(c, [{ field: 'p12', key: error.code, params: error.params }]);
    }
  });

  app.post('/logout', async (c) => {
    const user = currentUser(c);
    if (user) await closeSession(ctx, c.get('token'), user.iin);
    clearSessionCookie(c);
    return c.redirect('/login/done', 303);
  });

  app.get('/login/done', (c) => {
    const t = translator(c);
    return render(c, {
      title: t('login.logged-out'),
      body: html`<h1>${t('login.logged-out')}</h1>
        <p><a href="/login">${t('login.again')}</a></p>`,
    });
  });
  return app;
}
