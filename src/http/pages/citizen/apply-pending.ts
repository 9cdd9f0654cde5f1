// Issue 22, finding 10: a person starting a registration while another application of theirs is
// not decided yet is told so on the start page, with a link to each — a warning, not a block
// (a temporary registration next to a permanent one, or a second address, may be meant).
import { html } from 'hono/html';
import type { Context } from 'hono';
import { pendingApplicationsOf } from '../../../services/applications/queries.ts';
import type { ServiceContext } from '../../../services/context.ts';
import type { PageEnv } from '../shared/env.ts';
import { translator } from '../shared/render.ts';

export async function pendingWarning(ctx: ServiceContext, c: Context<PageEnv>, iin: string) {
  const pending = await pendingApplicationsOf(ctx, iin);
  if (pending.length === 0) return '';
  const t = translator(c);
  return html`<div class="verdict warning" id="pending" role="status">
    <p class="title">${t('wizard.pending.title', { count: pending.length })}</p>
    <ul>
      ${pending.map(
        (a) =>
          html`<li>
            <a href="/applications/${a.id}"
              >${t('wizard.pending.item', {
                number: a.number,
                service: t(`service.${a.service}`),
                state: t(`state.${a.state}`),
              })}</a
            >
          </li>`,
      )}
    </ul>
    <p>${t('wizard.pending.lead')}</p>
  </div>`;
}
