// The supervisor's view of S1 (issue 18 item 1; 002 R1 App1): the steps past their due day of the
// cases accepted in the region, by the unit that holds them (its role and office), each with the
// step and the day it was due; and the alerts of the office — an applicant found in the
// wanted-persons database at КҚПД's check (st.6), whose case stopped there.
import type { Context } from 'hono';
import { html } from 'hono/html';
import { displayAstanaDateTime } from '../../../i18n/display-dates.ts';
import type { MessageKey } from '../../../i18n/messages.ts';
import type { ServiceContext } from '../../../services/context.ts';
import { supervisorOverview } from '../../../services/identity-documents/tracking.ts';
import { dateOf, roleLabel, stepLabel } from '../backoffice/format.ts';
import { backLink, notice, table } from '../shared/components.ts';
import type { PageEnv } from '../shared/env.ts';
import { render, translator } from '../shared/render.ts';
import type { OperatorActor } from './actor.ts';

export async function supervisorSection(c: Context<PageEnv>, ctx: ServiceContext, actor: OperatorActor) {
  const t = translator(c);
  const view = await supervisorOverview(ctx, actor);
  const units = view.units.map(
    (u) =>
      html`<section class="unit-overdue">
        <h3>${roleLabel(t, u.role)} — ${u.office}</h3>
        ${table(
          [
            t('identity-document.register.case'),
            t('identity-document.register.step'),
            t('identity-document.field.due'),
            t('identity-document.register.urgency'),
          ],
          u.steps.map((s) => [
            s.number,
            stepLabel(t, s.step),
            dateOf(s.stepDueOn),
            t(`identity-document.urgency.${s.urgency}` as MessageKey),
          ]),
          `${roleLabel(t, u.role)} — ${u.office}`,
        )}
      </section>`,
  );
  const alerts = view.alerts.map((a) =>
    notice('bad', t('identity-document.alert.wanted-hit', { number: a.number }), displayAstanaDateTime(a.at)),
  );
  return render(c, {
    title: t('identity-document.overdue.title'),
    body: html`${backLink(c.get('lang'), '/console')}
      <h1>${t('identity-document.overdue.title')}</h1>
      ${alerts}
      <p>${t('identity-document.overdue.lead', { region: view.region })}</p>
      ${units.length === 0 ? html`<p>${t('identity-document.overdue.none')}</p>` : units}`,
  });
}
