// The personal cabinet (issue 6): my applications with their state, my registrations current and
// past, what the service has told me (N1 notifications), where to start a new application, and
// the way to who looked at my data (issue 13, cabinet-access-page.ts).
import { Hono } from 'hono';
import { html } from 'hono/html';
import { dateInAstana } from '../../../domain/dates.ts';
import { displayAstanaDateTime, displayDate } from '../../../i18n/display-dates.ts';
import type { MessageKey } from '../../../i18n/messages.ts';
import { canRead } from '../../../services/applications/access.ts';
import { applicationsOf, consentInbox } from '../../../services/applications/queries.ts';
import { notificationsOf, registrationsOf } from '../../../services/cabinet.ts';
import type { ServiceContext } from '../../../services/context.ts';
import { notice, table } from '../shared/components.ts';
import type { PageEnv } from '../shared/env.ts';
import { addressesOf, addressText, kindText, stateTag } from '../owner/owner-view.ts';
import { render, translator } from '../shared/render.ts';
import { requireLogin } from '../shared/session.ts';
import { cabinetAccessPage } from './cabinet-access-page.ts';

export function cabinetPage(ctx: ServiceContext) {
  const app = new Hono<PageEnv>();
  app.use('*', requireLogin);

  app.get('/', async (c) => {
    const t = translator(c);
    const lang = c.get('lang');
    const iin = c.get('principal').iin;
    const actor = { kind: 'citizen' as const, iin };
    const [applications, registrations, notifications, inbox] = await Promise.all([
      applicationsOf(ctx, iin),
      registrationsOf(ctx, iin),
      notificationsOf(ctx, iin),
      consentInbox(ctx, iin),
    ]);
    const address = await addressesOf(
      ctx,
      applications.map((a) => a.rka),
    );
    const waiting = inbox.filter((r) => r.state === 'pending' && canRead(r.application, actor)).length;
    // 002 R3 cl.4: after a registration made online, the person comes to a ЦОН to have the
    // address on the chip of the identity card rewritten.
    const chipRewrite = applications.some(
      (a) =>
        a.applicant === iin && a.channel === 'online' && a.state === 'registered' && a.service !== 'deregistration',
    );

    const today = dateInAstana(ctx.clock.now());
    const current = registrations.filter((r) => r.to === null || r.to >= today);
    const past = registrations.filter((r) => r.to !== null && r.to < today);
    const registrationTable = (rows: typeof registrations, caption: string) =>
      table(
        [t('cabinet.col-address'), t('cabinet.col-kind'), t('cabinet.col-from'), t('cabinet.col-to')],
        rows.map((r) => [
          addressText(lang, r.rka, r.address),
          kindText(lang, r.kind),
          displayDate(r.from),
          r.to ? displayDate(r.to) : t('cabinet.open-ended'),
        ]),
        caption,
      );

    return render(c, {
      title: t('cabinet.title'),
      body: html`<h1>${t('cabinet.title')}</h1>
        <p>${t('cabinet.lead')}</p>
        ${
          waiting > 0
            ? notice(
                'info',
                t('cabinet.consents-waiting', { count: waiting }),
                html`<a href="/consents">${t('cabinet.consents-open')}</a>`,
              )
            : ''
        }
        ${chipRewrite ? notice('info', t('cabinet.chip-rewrite'), t('cabinet.chip-rewrite-hint')) : ''}
        <h2>${t('cabinet.start')}</h2>
        <ul>
          <li><a href="/apply/permanent">${t('cabinet.start-permanent')}</a></li>
          <li><a href="/apply/temporary">${t('cabinet.start-temporary')}</a></li>
          <li><a href="/deregister">${t('cabinet.start-deregister')}</a></li>
          <li><a href="/dwellings">${t('cabinet.dwellings-open')}</a></li>
          <li><a href="/certificates">${t('cabinet.certificates-open')}</a></li>
          <li><a href="/cadastre/cases">${t('cadastre.my-cases-title')}</a></li>
          <li><a href="/licences/cases">${t('licence.my-title')}</a></li>
        </ul>

        <h2 id="applications">${t('cabinet.applications')}</h2>
        ${
          applications.length === 0
            ? html`<p>${t('cabinet.applications-none')}</p>`
            : table(
                [t('cabinet.col-number'), t('cabinet.col-service'), t('cabinet.col-address'), t('cabinet.col-state')],
                applications.map((a) => [
                  html`<a href="/applications/${a.id}">${a.number}</a>`,
                  t(`service.${a.service}`),
                  addressText(lang, a.rka, address(a.rka)),
                  stateTag(lang, a.state),
                ]),
                t('cabinet.applications'),
              )
        }

        <h2 id="registrations">${t('cabinet.registrations')}</h2>
        <h3>${t('cabinet.current')}</h3>
        ${
          current.length === 0
            ? html`<p>${t('cabinet.current-none')}</p>`
            : registrationTable(current, t('cabinet.current'))
        }
        <h3>${t('cabinet.past')}</h3>
        ${past.length === 0 ? html`<p>${t('cabinet.past-none')}</p>` : registrationTable(past, t('cabinet.past'))}

        <h2 id="notifications">${t('cabinet.notifications')}</h2>
        ${
          notifications.length === 0
            ? html`<p>${t('cabinet.notifications-none')}</p>`
            : html`<ul class="notifications">
                ${notifications.map((n) => {
                  const number = n.params['number'];
                  return html`<li>
                    <p class="small">${displayAstanaDateTime(n.createdAt)}</p>
                    <p>${t(n.template as MessageKey, n.params)}</p>
                    ${
                      n.applicationId
                        ? html`<p>
                            <a href="/applications/${n.applicationId}"
                              >${
                                number === undefined
                                  ? t('cabinet.notification-link-plain')
                                  : t('cabinet.notification-link', { number })
                              }</a
                            >
                          </p>`
                        : ''
                    }
                  </li>`;
                })}
              </ul>`
        }

        <h2 id="access">${t('access.title')}</h2>
        <p>${t('access.link-hint')}</p>
        <p><a href="/cabinet/access">${t('access.link')}</a></p>`,
    });
  });
  app.route('/', cabinetAccessPage(ctx));
  return app;
}
