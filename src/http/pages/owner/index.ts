// An owner's pages (issue 6): the inbox of consent requests for their dwellings, and their
// dwellings with who is registered there, each under its own path.
import { Hono } from 'hono';
import type { ServiceContext } from '../../../services/context.ts';
import { consentPages } from './consent-pages.ts';
import { dwellingPages } from './dwelling-pages.ts';
import type { PageEnv } from '../shared/env.ts';

export function ownerPages(ctx: ServiceContext) {
  const app = new Hono<PageEnv>();
  app.route('/consents', consentPages(ctx));
  app.route('/dwellings', dwellingPages(ctx));
  return app;
}
