// The citizen's pages (issue 6), each part under its own path: the registration wizard
// (permanent and temporary) with its check-your-answers page and submit, an application's status
// page with withdrawal and the applicant's signing page (for deregistration applications too), the
// personal cabinet, address certificates, deregistration, the cadastre services (S9, S10) and the
// licences for organisations (S6, S8).
import { Hono } from 'hono';
import type { ServiceContext } from '../../../services/context.ts';
import { applicationPage } from './application-page.ts';
import { applyCheckPages } from './apply-check.ts';
import { applyCouponPages } from './apply-coupon.ts';
import { dwellingPicker } from './apply-dwelling-picker.ts';
import { applyPages } from './apply-pages.ts';
import { applySignPages } from './apply-sign.ts';
import { cabinetPage } from './cabinet-page.ts';
import { cadastreCasesPages } from './cadastre-cases-pages.ts';
import { cadastreDocumentsPage } from './cadastre-documents-page.ts';
import { cadastreFilePages } from './cadastre-file-pages.ts';
import { cadastreNewObjectPages } from './cadastre-new-object-pages.ts';
import { cadastrePages } from './cadastre-pages.ts';
import { certificatePages } from './certificate-pages.ts';
import { deregisterPages } from './deregister-pages.ts';
import { licenceCasesPages } from './licence-cases-pages.ts';
import { licenceDocumentsPage } from './licence-documents-page.ts';
import { licenceFilePages } from './licence-file-pages.ts';
import { licencePages } from './licence-pages.ts';
import { documentsPage } from './documents-page.ts';
import type { PageEnv } from '../shared/env.ts';

export function citizenPages(ctx: ServiceContext) {
  const app = new Hono<PageEnv>();
  app.route('/apply', applyPages(ctx));
  app.route('/apply', dwellingPicker(ctx));
  app.route('/apply', applyCouponPages(ctx));
  app.route('/apply', applyCheckPages(ctx));
  app.route('/applications', applySignPages(ctx));
  app.route('/applications', applicationPage(ctx));
  app.route('/cabinet', cabinetPage(ctx));
  app.route('/certificates', certificatePages(ctx));
  // Issue 17: filing S9 and S10 (the cadastre services) and following the requests.
  app.route('/cadastre', cadastrePages(ctx));
  app.route('/cadastre', cadastreNewObjectPages(ctx));
  app.route('/cadastre', cadastreDocumentsPage(ctx));
  app.route('/cadastre', cadastreFilePages(ctx));
  app.route('/cadastre', cadastreCasesPages(ctx));
  // Issue 19: the licences for organisations (S6, S8) and following the requests.
  app.route('/licences', licencePages(ctx));
  app.route('/licences', licenceDocumentsPage(ctx));
  app.route('/licences', licenceFilePages(ctx));
  app.route('/licences', licenceCasesPages(ctx));
  app.route('/deregister', deregisterPages(ctx));
  app.route('/', documentsPage(ctx));
  return app;
}
