// The office queue: the hall applications of the operator's office (supervisors and auditors see
// every office), newest first, filtered by state. The applicant's IIN is masked here (C8: a list
// on a counter screen); the trace view of each shows the whole application.
import { Hono } from 'hono';
import { html } from 'hono/html';
import { isState, STATES } from '../../../domain/lifecycle/states.ts';
import { maskIin } from '../../../domain/iin.ts';
import { displayDate } from '../../../i18n/display-dates.ts';
import { officeQueue } from '../../../services/applications/queries.ts';
import type { ServiceContext } from '../../../services/context.ts';
import { backLink, table } from '../shared/components.ts';
import { operatorActor, READ_ROLES } from './actor.ts';
import { addressOf, stateLabel, stateTag } from './format.ts';
import type { PageEnv } from '../shared/env.ts';
import { render, translator } from '../shared/render.ts';
import { requireOperator } from '../shared/session.ts';

export function consoleQueue(ctx: ServiceContext) {
  const app = new Hono<PageEnv>();

  app.get('/', requireOperator(READ_ROLES), async (c) => {
    const t = translator(c);
    const actor = operatorActor(c);
    const asked = c.req.query('state');
    const state = isState(asked) ? asked : undefined;
    const items = await officeQueue(ctx, actor, { state });
    const whole = actor.role === 'supervisor' || actor.role === 'auditor';
    const rows = items.map((a) => [
      html`<a href="/console/applications/${a.id}">${a.number}</a>`,
      maskIin(a.applicant),
      addressOf(a),
      t(`service.${a.service}`),
      stateTag(t, a.state),
      displayDate(a.applicationDate),
    ]);
    const headings = (['number', 'applicant', 'address', 'service', 'state', 'date'] as const).map((f) =>
      t(`console.field.${f}`),
    );
    return render(c, {
      title: t('console.queue.title'),
      body: html`${backLink(c.get('lang'), '/console')}
        <h1>${t('console.queue.title')}</h1>
        <p>${whole ? t('console.queue.lead-all') : t('console.queue.lead-office', { office: actor.office })}</p>
        <form method="get" action="/console/queue" class="queue-filter">
          <div class="field">
            <label for="state">${t('console.field.state')}</label>
            <select id="state" name="state">
              <option value="">${t('console.queue.all-states')}</option>
              ${STATES.map(
                (s) => html`<option value="${s}" ${s === state ? 'selected' : ''}>${stateLabel(t, s)}</option>`,
              )}
            </select>
          </div>
          <button type="submit" class="button secondary">${t('console.queue.filter')}</button>
        </form>
        ${
          items.length === 0
            ? html`<p>${t('console.queue.empty')}</p>`
            : table(headings, rows, t('console.queue.title'))
        }`,
    });
  });
  return app;
}
