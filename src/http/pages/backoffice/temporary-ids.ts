// S2 temporary identity cards at the ҚАІІб (issue 18 item 2; 002 R2 App1): the requests the ЦОН
// accepted, each drawn up with the officer's position (date and signature are the journal's) and
// recorded in the issue journal, and today's journal of the office.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { html } from 'hono/html';
import { todayInAstana } from '../../../domain/cases/open.ts';
import { isAppError } from '../../../errors.ts';
import type { ServiceContext } from '../../../services/context.ts';
import { drawUpS2, issueJournal, waitingS2 } from '../../../services/identity-documents/temporary-id.ts';
import {
  backLink,
  button,
  errorSummary,
  type FieldError,
  form,
  notice,
  table,
  textField,
} from '../shared/components.ts';
import type { PageEnv } from '../shared/env.ts';
import { formFields, render, translator } from '../shared/render.ts';
import { dateOf } from './format.ts';
import { staffOf } from './staff.ts';

const BASE = '/backoffice/temporary-ids';

export function temporaryIdPages(ctx: ServiceContext) {
  const app = new Hono<PageEnv>();

  const page = async (c: Context<PageEnv>, errors: FieldError[]) => {
    const t = translator(c);
    const lang = c.get('lang');
    const staff = staffOf(c);
    const actor = { kind: 'operator', iin: staff.iin, role: staff.role, office: staff.office } as const;
    const waiting = await waitingS2(ctx, actor, 'draw-up');
    const journal = await issueJournal(ctx, actor, todayInAstana(ctx.clock.now()));
    const forms = waiting.map(
      (w) =>
        html`<section class="case-action">
          <h3>${w.number}</h3>
          ${form(`${BASE}/${w.id}`, [
            textField(lang, { name: `position-${w.id}`, label: t('temporary-id.position'), width: 'long' }),
            button(t('temporary-id.draw-up')),
          ])}
        </section>`,
    );
    return render(c, {
      title: t('temporary-id.journal-title'),
      status: errors.length > 0 ? 400 : 200,
      hasErrors: errors.length > 0,
      body: html`${backLink(lang, '/backoffice')} ${errorSummary(lang, errors)}
        ${c.req.query('done') === '1' ? notice('ok', t('temporary-id.done-drawn-up')) : ''}
        <h1>${t('temporary-id.journal-title')}</h1>
        ${forms.length === 0 ? html`<p>${t('temporary-id.none')}</p>` : forms}
        <h2>${t('temporary-id.journal-today')}</h2>
        ${table(
          [
            t('temporary-id.journal-number'),
            t('identity-document.register.case'),
            t('temporary-id.position'),
            t('temporary-id.journal-date'),
            t('identity-document.register.status'),
          ],
          journal.map((j) => [
            String(j.number),
            j.caseNumber,
            j.position,
            dateOf(j.drawnUpOn),
            j.issued ? t('temporary-id.issued') : t('temporary-id.not-issued'),
          ]),
          t('temporary-id.journal-today'),
        )}`,
    });
  };

  app.get('/', (c) => page(c, []));
  app.post('/:id', async (c) => {
    const id = c.req.param('id');
    const fields = await formFields(c);
    const staff = staffOf(c);
    try {
      await drawUpS2(
        ctx,
        { kind: 'operator', iin: staff.iin, role: staff.role, office: staff.office },
        { caseId: id, position: fields[`position-${id}`] ?? '' },
      );
    } catch (error) {
      if (!isAppError(error) || !(error.code === 'invalid-value' || error.code.startsWith('case.'))) throw error;
      return page(c, [{ field: `position-${id}`, key: 'temporary-id.position-missing' }]);
    }
    return c.redirect(`${BASE}?done=1`, 303);
  });
  return app;
}
