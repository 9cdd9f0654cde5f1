// 003 ¶B3 on the committee's request page: a ЦОН filing's paper result that the ЦОН passed back
// after its month, and asked for again when the applicant came — the committee sends it within
// one working day and records it here (services/licences/custody.ts; late is marked there).
import { Hono } from 'hono';
import { html } from 'hono/html';
import { isAppError } from '../../../errors.ts';
import type { Actor } from '../../../services/actor.ts';
import type { BackOfficeStaff } from '../../../services/cases/back-office.ts';
import type { ServiceContext } from '../../../services/context.ts';
import { custodyOfCase, recordCustodyEvent } from '../../../services/licences/custody.ts';
import { COMMITTEE_OFFICE } from '../../../services/licences/file-licence.ts';
import { custodyText } from '../console/licence-custody-text.ts';
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
  // 003 ¶B1: a filing at the committee's own office is handed over there, with no month of keeping.
  const atOffice = view.conOffice === COMMITTEE_OFFICE;
  const text = custodyText(t, view);
  return html`<h2>
      ${atOffice ? t('office-licence.custody-title') : t('licence.custody-title', { office: view.conOffice })}
    </h2>
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
