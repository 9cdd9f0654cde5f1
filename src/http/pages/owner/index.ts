// The citizen's own pages (issue 6): the personal cabinet, the owner's consent inbox, the owner's
// dwellings, and deregistration. Each part lives in its own module; this one mounts them.
import { Hono } from 'hono';
import type { ServiceContext } from '../../../services/context.ts';
import { cabinetPage } from '../citizen/cabinet-page.ts';
import { consentPages } from './consent-pages.ts';
import { deregisterPages } from '../citizen/deregister-pages.ts';
import { dwellingPages } from './dwelling-pages.ts';
import type { PageEnv } from '../shared/env.ts';

export function ownerPages(ctx: ServiceContext) {
  const app = new Hono<PageEnv>();
  app.route('/', cabinetPage(ctx));
  app.route('/', consentPages(ctx));
  app.route('/', dwellingPages(ctx));
  app.route('/', deregisterPages(ctx));
  return app;
}
