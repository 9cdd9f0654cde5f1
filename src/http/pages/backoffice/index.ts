// The State Corporation's back office (issue 17 item 6; services.md S9, S10; 004 cl.4, cl.9): the
// signed-in employee's queue — the open requests at their role's step at their office, the one
// due first on top, with the deadline in words and colour — and each request's page with its
// steps and the acts the role may take now (case-page.ts, case-post.ts). Only the four
// back-office roles open these pages; they open none of the ЦОН console's.
import { Hono } from 'hono';
import { html } from 'hono/html';
import { BACK_OFFICE_ROLES } from '../../../services/actor.ts';
import { mayRecordRenaming } from '../../../services/cadastre-renaming/back-office.ts';
import { backOfficeQueue, variantName } from '../../../services/cases/back-office.ts';
import type { ServiceContext } from '../../../services/context.ts';
import { table } from '../shared/components.ts';
import type { PageEnv } from '../shared/env.ts';
import { render, translator } from '../shared/render.ts';
import { requireOperator } from '../shared/session.ts';
import { OFFICE_COUNTER } from '../console/licence-steps.ts';
import { licenceIntake } from '../console/licence-intake.ts';
import { licenceReceipt } from '../console/licence-receipt.ts';
import { COMMITTEE_OFFICE } from '../../../services/licences/file-licence.ts';
import { caseCustody } from './case-custody.ts';
import { caseDocuments } from './case-documents.ts';
import { casePage } from './case-page.ts';
import { casePost } from './case-post.ts';
import { registerPages } from './registers.ts';
import { temporaryIdPages } from './temporary-ids.ts';
import { deregistrationPages } from './deregistrations.ts';
import { dateOf, nameIn, roleLabel, slaTag, stateLabel, stepLabel } from './format.ts';
import { renamingPages } from './renaming.ts';
import { staffOf } from './staff.ts';

/** 002 R1 App1: the units of S1's chain work registers besides their queue. */
const S1_ROLES: readonly string[] = ['qaiib', 'kqpb', 'kqpd', 'aoo-rmk'];

export function backOfficePages(ctx: ServiceContext) {
  const app = new Hono<PageEnv>();
  app.use('*', requireOperator(BACK_OFFICE_ROLES));

  app.get('/', async (c) => {
    const t = translator(c);
    const lang = c.get('lang');
    const staff = staffOf(c);
    const items = await backOfficeQueue(ctx, staff);
    // No IIN here (caseQueue carries none): the queue is a work list, not a read of anyone's data.
    const rows = items.map((item) => [
      html`<a href="/backoffice/cases/${item.id}">${item.number}</a>`,
      nameIn(lang, variantName(item.service, item.variant), item.variant),
      // A case in a hearing waits at its step: the stage says so next to it.
      item.state === 'refusal-intended' || item.state === 'objection-received'
        ? `${stepLabel(t, item.step)} — ${stateLabel(t, item.state)}`
        : stepLabel(t, item.step),
      dateOf(item.stepDueOn ?? item.dueOn),
      slaTag(t, item.sla.band),
    ]);
    const headings = (['number', 'service', 'step', 'due', 'deadline'] as const).map((f) => t(`backoffice.field.${f}`));
    return render(c, {
      title: t('backoffice.queue.title'),
      body: html`<h1>${t('backoffice.queue.title')}</h1>
        <p>${t('backoffice.who', { role: roleLabel(t, staff.role), office: staff.office })}</p>
        <p>${t('backoffice.queue.lead')}</p>
        ${mayRecordRenaming(staff) ? html`<p><a href="/backoffice/renamings">${t('renaming.link')}</a></p>` : ''}
        ${
          S1_ROLES.includes(staff.role)
            ? html`<p><a href="/backoffice/registers">${t('identity-document.registers.title')}</a></p>`
            : ''
        }
        ${
          // Issue 19: the provider's office takes S6/S8 on paper (channel provider-office).
          staff.role === 'executor' && staff.office === COMMITTEE_OFFICE
            ? html`<p><a href="/backoffice/licences">${t('office-licence.link')}</a></p>`
            : ''
        }
        ${
          staff.role === 'qaiib'
            ? html`<p><a href="/backoffice/temporary-ids">${t('temporary-id.journal-title')}</a></p>
                <p><a href="/backoffice/deregistrations">${t('departure.backoffice-title')}</a></p>`
            : ''
        }
        ${
          items.length === 0
            ? html`<p>${t('backoffice.queue.empty')}</p>`
            : html`<div class="backoffice-queue">${table(headings, rows, t('backoffice.queue.title'))}</div>`
        }`,
    });
  });

  app.route('/renamings', renamingPages(ctx));
  app.route('/registers', registerPages(ctx));
  app.route('/temporary-ids', temporaryIdPages(ctx));
  app.route('/deregistrations', deregistrationPages(ctx));
  app.route('/cases', casePage(ctx));
  app.route('/cases', casePost(ctx));
  app.route('/cases', caseDocuments(ctx));
  app.route('/cases', caseCustody(ctx));
  app.route('/licences', licenceIntake(ctx, OFFICE_COUNTER));
  app.route('/licences', licenceReceipt(ctx, OFFICE_COUNTER));
  return app;
}
