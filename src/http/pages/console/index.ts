// The ЦОН operator console (issue 6; pilot.md P1, P2): reception triage, the operational hall's
// filing for a minor or incapable owner's dwelling, the office queue, the read-only decision
// trace, the S7 intake (restoring a civil-status record, issue 18), and for auditors and supervisors the personal-data access log (issue 13). Every route
// asks for an operator of the roles the API allows for the same act.
import { Hono } from 'hono';
import { html } from 'hono/html';
import type { MessageKey } from '../../../i18n/messages.ts';
import type { ServiceContext } from '../../../services/context.ts';
import { INTAKE_ROLES } from '../../../services/civil-records/intake.ts';
import { AUDIT_ROLES } from '../../../services/privacy/audit-search.ts';
import {
  HALL_ROLES,
  LICENCE_ROLES,
  operatorActor,
  PASSPORT_ROLES,
  READ_ROLES,
  TEMPORARY_ID_ROLES,
  TRIAGE_ROLES,
} from './actor.ts';
import { consoleAccessLog } from './access-log.ts';
import { consoleHallCase } from './hall-case.ts';
import { consoleHallPrint } from './hall-print.ts';
import { consoleHall } from './hall.ts';
import { consoleLicenceIntake } from './licence-intake.ts';
import { consoleLicenceReceipt } from './licence-receipt.ts';
import { consolePassports } from './passports.ts';
import { consoleTemporaryIds } from './temporary-ids.ts';
import { consoleDeregistration } from './deregistration.ts';
import { consoleQueue } from './queue.ts';
import { consoleRestoration } from './restoration.ts';
import { consoleTrace } from './trace.ts';
import { consoleTriage } from './triage.ts';
import type { PageEnv } from '../shared/env.ts';
import { render, translator } from '../shared/render.ts';
import { requireOperator } from '../shared/session.ts';

const SECTIONS = [
  { href: '/console/triage', key: 'triage', roles: TRIAGE_ROLES },
  { href: '/console/hall', key: 'hall', roles: HALL_ROLES },
  { href: '/console/restoration', key: 'restoration', roles: INTAKE_ROLES },
  { href: '/console/licences', key: 'licences', roles: LICENCE_ROLES },
  { href: '/console/queue', key: 'queue', roles: READ_ROLES },
  { href: '/console/access-log', key: 'access', roles: AUDIT_ROLES },
  // Issue 18 item 1: S1 intake and hand-over; a supervisor's overdue steps and alerts.
  { href: '/console/passports', key: 'passports', roles: PASSPORT_ROLES },
  { href: '/console/temporary-ids', key: 'temporary-ids', roles: TEMPORARY_ID_ROLES },
  { href: '/console/deregistration', key: 'deregistration', roles: TEMPORARY_ID_ROLES },
] as const;

export function consolePages(ctx: ServiceContext) {
  const app = new Hono<PageEnv>();

  app.get('/', requireOperator(READ_ROLES), (c) => {
    const t = translator(c);
    const actor = operatorActor(c);
    const sections = SECTIONS.filter((s) => s.roles.includes(actor.role)).map(
      (s) =>
        html`<li>
          <a href="${s.href}">${t(`console.home.${s.key}` as MessageKey)}</a>
          <p>${t(`console.home.${s.key}-hint` as MessageKey)}</p>
        </li>`,
    );
    return render(c, {
      title: t('console.home.title'),
      body: html`<h1>${t('console.home.title')}</h1>
        <p>
          ${t('console.home.who', {
            role: t(`console.role.${actor.role}` as MessageKey),
            office: actor.office,
          })}
        </p>
        <ul class="cards">
          ${sections}
        </ul>`,
    });
  });

  // Mounted at /console (pages/index.ts); each part under its own path.
  app.route('/triage', consoleTriage(ctx));
  app.route('/hall', consoleHall(ctx));
  app.route('/hall/applications', consoleHallCase(ctx));
  app.route('/hall/applications', consoleHallPrint(ctx));
  // Issue 19: S6/S8 intake with the receipt, and the result's keeping at the ЦОН.
  app.route('/licences', consoleLicenceIntake(ctx));
  app.route('/licences', consoleLicenceReceipt(ctx));
  app.route('/queue', consoleQueue(ctx));
  // Issue 18 item 4: S7, restoring a civil-status record (003 ¶B2), accepted at the counter.
  app.route('/restoration', consoleRestoration(ctx));
  app.route('/applications', consoleTrace(ctx));
  app.route('/access-log', consoleAccessLog(ctx));
  app.route('/passports', consolePassports(ctx));
  app.route('/temporary-ids', consoleTemporaryIds(ctx));
  app.route('/deregistration', consoleDeregistration(ctx));
  return app;
}
