// The citizen's registration at a new address (issue 6): the wizard (permanent and temporary),
// the check-your-answers page and its submit, the application's status page with withdrawal,
// and the applicant's signing page (for deregistration applications too).
import { Hono } from 'hono';
import type { ServiceContext } from '../../services/context.ts';
import { applicationPage } from './application-page.ts';
import { applyCheckPages } from './apply-check.ts';
import { applyCouponPages } from './apply-coupon.ts';
import { dwellingPicker } from './apply-dwelling-picker.ts';
import { applyPages } from './apply-pages.ts';
import { applySignPages } from './apply-sign.ts';
import type { PageEnv } from './env.ts';

export function wizardPages(ctx: ServiceContext) {
  const app = new Hono<PageEnv>();
  app.route('/', applyPages(ctx));
  app.route('/', dwellingPicker(ctx));
  app.route('/', applyCouponPages(ctx));
  app.route('/', applyCheckPages(ctx));
  app.route('/', applySignPages(ctx));
  app.route('/', applicationPage(ctx));
  return app;
}
