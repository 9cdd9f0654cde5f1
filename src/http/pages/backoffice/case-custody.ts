// 003 ¶B3 on the committee's request page: a ЦОН filing's paper result that the ЦОН passed back
// after its month, and asked for again when the applicant came — the committee sends it within
// one working day and records it here (services/licences/custody.ts; late is marked there).
import { Hono } from 'hono';
import { html } from 'hono/html';
import { isAppError } from '../../../errors.ts';
import { displayDate } from '../../../i18n/display-dates.ts';
import type { Actor } from '../../../services/actor.ts';
import type { BackOfficeStaff } from '../../../services/cases/back-office.ts';
import type { ServiceContext } from '../../../services/context.ts';
import { custodyOfCase, recordCustodyEvent } from '../../../services/licences/custody.ts';
import { button, form } from '../shared/components.ts';
import type { PageEnv } from '../shared/env.ts';
import type { Translate } from './format.ts';
import { staffOf } from './staff.ts';

const operator = (staff: BackOfficeStaff): Actor => ({ kind: 'operator', ...staff });

/** The section, for an issued licence case filed at a ЦОН; nothing for any other case. */
export async function custodySection(ctx: ServiceContext, t: Translate, staff: BackOfficeStaff, caseId: string) {
  let view;
  try {
    view = await custodyOfCase(ctx, operator(staff), caseId);
  } catch (error) {
    if (isAppError(error) && error.code === 'case.not-found') return '';
    throw error;
  }
  const state = view.state;
  const text =
    state.kind === 'requested'
      ? t('console-licence.custody-requested', { by: displayDate(state.sendBackBy) })
      : state.kind === 'at-provider'
        ? t('console-licence.custody-at-provider', { since: displayDate(state.since) })
        : state.kind === 'at-con'
          ? t('console-licence.custody-at-con', {
              until: displayDate(state.keepUntil),
              from: displayDate(state.returnFrom),
            })
          : t('console-licence.custody-handed-over', { on: displayDate(state.on) });
  return html`<h2>${t('licence.custody-title', { office: view.conOffice })}</h2>
    <p id="custody-state">${text}</p>
    ${
      state.kind === 'requested'
        ? form(`/backoffice/cases/${caseId}/custody`, [button(t('licence.custody-send-back'), { kind: 'secondary' })])
        : ''
    }`;
}

export function caseCustody(ctx: ServiceContext) {
  const app = new Hono<PageEnv>();
  app.post('/:id/custody', async (c) => {
    await recordCustodyEvent(ctx, operator(staffOf(c)), { caseId: c.req.param('id'), event: 'sent-back' });
    return c.redirect(`/backoffice/cases/${c.req.param('id')}`, 303);
  });
  return app;
}
