// Who is logged in on the pages: the `tirkeu_session` cookie (HttpOnly, SameSite=Lax) carries
// the same token the API accepts as a bearer. A page that needs a login sends the person to the
// login page and back to where they were; answers already given are in page_drafts, so an
// expired session loses nothing (issue 6).
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { AppError, isAppError } from '../../../errors.ts';
import type { OperatorRole } from '../../../services/actor.ts';
import { type Principal, resolveSession } from '../../../services/auth/sessions.ts';
import type { ServiceContext } from '../../../services/context.ts';
import { SESSION_COOKIE } from '../../api/auth.ts';
import { cookieSecure } from '../../cookies.ts';
import type { PageEnv } from './env.ts';
import { pageLanguage } from './language.ts';

/** Sets the language and, when the cookie holds a live session, the principal. Never refuses. */
export function pageContext(ctx: ServiceContext): MiddlewareHandler<PageEnv> {
  return async (c, next) => {
    c.set('lang', pageLanguage(c));
    // Pages hold personal data: never cached by a browser or a proxy.
    c.header('cache-control', 'no-store');
    const token = getCookie(c, SESSION_COOKIE);
    if (token) {
      try {
        c.set('principal', await resolveSession(ctx, token));
        c.set('token', token);
      } catch (error) {
        // An expired or revoked session is simply no session; anything else (the database down)
        // goes to the error page.
        if (!isAppError(error) || error.code !== 'unauthenticated') throw error;
        deleteCookie(c, SESSION_COOKIE, { path: '/', secure: cookieSecure(c) });
      }
    }
    await next();
  };
}

export function currentUser(c: Context<PageEnv>): Principal | undefined {
  return c.get('principal');
}

/** Where the login page sends the person back to: a path of ours, never another site. */
export function safeNext(next: string | undefined): string {
  return next && /^\/(?!\/)[\w\-/.?=&%]*$/.test(next) ? next : '/cabinet';
}

export function loginRedirect(c: Context<PageEnv>) {
  // A POST's own answer cannot be kept without knowing whose it is; its page (the form posts to
  // itself) is where the person returns, with the answers saved before.
  const next = `${c.req.path}`;
  return c.redirect(`/login?next=${encodeURIComponent(next)}`, 303);
}

/** Pages of a logged-in person; others are sent to log in first. */
export const requireLogin: MiddlewareHandler<PageEnv> = async (c, next) => {
  if (!currentUser(c)) return loginRedirect(c);
  await next();
};

/** ЦОН console pages: a logged-in operator with one of the roles. */
export function requireOperator(roles: readonly OperatorRole[]): MiddlewareHandler<PageEnv> {
  return async (c, next) => {
    const user = currentUser(c);
    if (!user) return loginRedirect(c);
    if (!user.operator || !roles.includes(user.operator.role)) throw new AppError('operator-only');
    await next();
  };
}

export function setSessionCookie(c: Context, token: string, expiresAt: Date, now: Date): void {
  setCookie(c, SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    secure: cookieSecure(c),
    maxAge: Math.max(0, Math.floor((expiresAt.getTime() - now.getTime()) / 1000)),
  });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: cookieSecure(c) });
}
