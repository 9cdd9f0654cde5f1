// The server-rendered pages (issue 6): the citizen portal, the owner's pages, the ЦОН console and
// the public certificate check. Forms post back to their own page; cookies are SameSite=Lax and
// every form post must come from our own origin (CSRF).
import { Hono, type MiddlewareHandler } from 'hono';
import { csrf } from 'hono/csrf';
import type { ServiceContext } from '../../services/context.ts';
import { isOwnOrigin } from '../same-origin.ts';
import { DevSmsSink } from '../../services/messaging/sms-gateway.ts';
import { certificatePages } from './certificate-pages.ts';
import { consolePages } from './console-pages.ts';
import type { PageEnv } from './env.ts';
import { glossaryPage } from './glossary-page.ts';
import { devSmsPage, homePage } from './home-page.ts';
import { edsAssets } from './eds.ts';
import { loginPages } from './login-pages.ts';
import { ownerPages } from './owner-pages.ts';
import { pageContext } from './session.ts';
import { styleAssets } from './style.ts';
import { verifyPages } from './verify-page.ts';
import { wizardPages } from './wizard-pages.ts';

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
  app.route('/', edsAssets());
  app.route('/', styleAssets());
  app.route('/', homePage());
  app.route('/', glossaryPage());
  app.route('/', loginPages(ctx));
  app.route('/', verifyPages(ctx));
  app.route('/', wizardPages(ctx));
  app.route('/', ownerPages(ctx));
  app.route('/', certificatePages(ctx));
  app.route('/', consolePages(ctx));
  if (options.devSms && ctx.sms instanceof DevSmsSink) app.route('/', devSmsPage(ctx.sms));
  return app;
}
