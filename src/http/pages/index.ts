// The server-rendered pages (issue 6): the citizen portal, the owner's pages, the ЦОН console, the
// State Corporation's back office (issue 17 item 6) and
// the public certificate check. Forms post back to their own page; cookies are SameSite=Lax and
// every form post must come from our own origin (CSRF).
import { Hono, type MiddlewareHandler } from 'hono';
import { csrf } from 'hono/csrf';
import type { ServiceContext } from '../../services/context.ts';
import { isOwnOrigin } from '../same-origin.ts';
import { DevSmsSink } from '../../services/messaging/sms-gateway.ts';
import { backOfficePages } from './backoffice/index.ts';
import { consolePages } from './console/index.ts';
import type { PageEnv } from './shared/env.ts';
import { devSmsPage, homePage } from './public/home-page.ts';
import { edsAssets } from './shared/eds.ts';
import { loginPages } from './auth/login-pages.ts';
import { ownerPages } from './owner/index.ts';
import { pageContext } from './shared/session.ts';
import { styleAssets } from './shared/style.ts';
import { verifyPages } from './public/verify-page.ts';
import { citizenPages } from './citizen/index.ts';
import { glossaryPage } from './public/glossary-page.ts';
import { analyticsPages } from './analytics/index.ts';
import { openDataPages } from './analytics/open-data.ts';

export function pageRoutes(ctx: ServiceContext, options: { devSms: boolean }) {
  const app = new Hono<PageEnv>();
  // The API has its own authentication (bearer tokens) and its own error shape.
  // Our origin as the client sees it: behind a trusted TLS proxy https, not the http we receive.
  const ours = csrf({ origin: isOwnOrigin });
  const notForApi =
    (middleware: MiddlewareHandler<PageEnv>): MiddlewareHandler<PageEnv> =>
    async (c, next) =>
      c.req.path.startsWith('/api/') ? next() : middleware(c, next);
  app.use('*', notForApi(ours));
  app.use('*', notForApi(pageContext(ctx)));
  // Each part under its own path; the login, logout, front and verification pages are top-level.
  app.route('/assets', edsAssets());
  app.route('/assets', styleAssets());
  app.route('/', homePage());
  app.route('/', glossaryPage());
  app.route('/', loginPages(ctx));
  app.route('/', verifyPages(ctx));
  app.route('/', citizenPages(ctx));
  app.route('/', ownerPages(ctx));
  app.route('/console', consolePages(ctx));
  app.route('/backoffice', backOfficePages(ctx));
  app.route('/analytics', analyticsPages(ctx));
  app.route('/open-data', openDataPages(ctx));
  if (options.devSms && ctx.sms instanceof DevSmsSink) app.route('/', devSmsPage(ctx.sms));
  return app;
}
