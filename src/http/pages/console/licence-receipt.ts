// The receipt given on acceptance at the counter (003 ¶B3), to print, and on the same page the
// result's keeping at this ЦОН once the committee has issued it: handed over on the receipt and
// the identity document, passed to the provider after the month, asked back when the applicant
// comes later (services/licences/custody.ts decides what is allowed when). At the provider's
// office (LicenceCounter) the result is only handed over (003 ¶B1).
import type { Context } from 'hono';
import { Hono } from 'hono';
import { html } from 'hono/html';
import { isAppError } from '../../../errors.ts';
import { parseTypedDate } from '../../../domain/dates.ts';
import { displayDate } from '../../../i18n/display-dates.ts';
import type { MessageKey } from '../../../i18n/messages.ts';
import type { ServiceContext } from '../../../services/context.ts';
import { receiptOf } from '../../../services/licences/con.ts';
import {
  type CustodyView,
  custodyOfCase,
  recordCustodyEvent,
  type ShownPowerOfAttorney,
} from '../../../services/licences/custody.ts';
import { documentKey } from '../citizen/licence-flow.ts';
import { button, errorSummary, type FormErrors, form, summaryList, textField } from '../shared/components.ts';
import type { PageEnv } from '../shared/env.ts';
import { formFields, render, translator } from '../shared/render.ts';
import { requireOperator } from '../shared/session.ts';
import { operatorActor } from './actor.ts';
import { custodyText } from './licence-custody-text.ts';
import { CON_COUNTER, type LicenceCounter } from './licence-steps.ts';

export const consoleLicenceReceipt = (ctx: ServiceContext) => licenceReceipt(ctx, CON_COUNTER);

export function licenceReceipt(ctx: ServiceContext, counter: LicenceCounter) {
  const app = new Hono<PageEnv>();
  app.use('*', requireOperator(counter.roles));
  const atOffice = counter !== CON_COUNTER;

  const page = async (c: Context<PageEnv>, errors: FormErrors) => {
    const t = translator(c);
    const lang = c.get('lang');
    const id = c.req.param('id') ?? '';
    const receipt = await receiptOf(ctx, operatorActor(c), id);
    let custody: CustodyView | null = null;
    try {
      custody = await custodyOfCase(ctx, operatorActor(c), id);
    } catch (error) {
      if (!isAppError(error) || error.code !== 'case.not-found') throw error;
    }
    const state = custody?.state;
    const stateText = custodyText(t, custody);
    const actions = state ? counter.next[state.kind] : [];
    return render(c, {
      title: t('console-licence.receipt-title', { number: receipt.number }),
      hasErrors: errors.length > 0,
      body: html`${errorSummary(lang, errors)}
        <h1>${t('console-licence.receipt-title', { number: receipt.number })}</h1>
        ${summaryList(lang, [
          { key: t('licence.check-service'), value: t(`licence.service-${receipt.service}`) },
          { key: t('console-licence.accepted-on'), value: displayDate(receipt.acceptedOn) },
          { key: t('licence.due'), value: receipt.dueOn ? displayDate(receipt.dueOn) : '' },
          {
            key: t('licence.check-documents'),
            value: html`<ul>
              ${receipt.documents.map((d) => html`<li>${t(documentKey(d))}</li>`)}
            </ul>`,
          },
        ])}
        <p>${t('console-licence.receipt-note')}</p>
        <h2>${t(atOffice ? 'office-licence.custody-title' : 'console-licence.custody-title')}</h2>
        <p id="custody-state">${stateText}</p>
        ${actions.map((event) =>
          form(`${counter.base}/receipts/${id}`, [
            html`<input type="hidden" name="event" value="${event}" />`,
            event === 'handed-over' ? handOverFields(c) : html``,
            button(t(`console-licence.event-${event}`), { kind: 'secondary' }),
          ]),
        )}`,
    });
  };

  /** The collector, and a representative's power of attorney read off the paper (¶B3: notarized). */
  const handOverFields = (c: Context<PageEnv>) => {
    const t = translator(c);
    const lang = c.get('lang');
    const field = (name: string, label: MessageKey, hint?: MessageKey) =>
      textField(lang, { name, label: t(label), ...(hint ? { hint: t(hint) } : {}), maxlength: 200 });
    return html`${textField(lang, {
        name: 'collector',
        label: t('console-licence.collector'),
        hint: t('console-licence.collector-hint'),
        inputmode: 'numeric',
        maxlength: 14,
      })}
      <p class="hint">${t('console-licence.collector-poa')}</p>
      ${field('number', 'licence.poa-number')} ${field('issued', 'licence.poa-issued', 'licence.date-hint')}
      ${field('valid', 'licence.poa-valid', 'licence.date-hint')} ${field('notary', 'licence.poa-notary')}`;
  };

  app.get('/receipts/:id', (c) => page(c, []));
  app.post('/receipts/:id', async (c) => {
    const f = await formFields(c);
    const event = f['event'] ?? '';
    if (event !== 'handed-over' && event !== 'returned-to-provider' && event !== 'requested')
      return page(c, [{ field: 'event', key: 'console-licence.choose' }]);
    // A power of attorney is given when its number is: then its dates must be real days.
    const number = (f['number'] ?? '').trim();
    const issuedOn = parseTypedDate(f['issued'] ?? '');
    const validUntil = parseTypedDate(f['valid'] ?? '');
    if (event === 'handed-over' && number && (!issuedOn || !validUntil))
      return page(c, [{ field: issuedOn ? 'valid' : 'issued', key: 'licence.date-invalid' }]);
    const shown: ShownPowerOfAttorney | null =
      number && issuedOn && validUntil
        ? { number, issuedOn, validUntil, notary: (f['notary'] ?? '').trim() || null }
        : null;
    try {
      await recordCustodyEvent(ctx, operatorActor(c), {
        caseId: c.req.param('id'),
        event,
        ...(event === 'handed-over'
          ? { collector: { iin: (f['collector'] ?? '').trim(), powerOfAttorney: shown } }
          : {}),
      });
    } catch (error) {
      if (!isAppError(error) || error.code === 'case.not-found') throw error;
      return page(c, [
        { field: event === 'handed-over' ? 'collector' : 'event', key: error.code, params: error.params },
      ]);
    }
    return c.redirect(`${counter.base}/receipts/${c.req.param('id')}`, 303);
  });
  return app;
}
