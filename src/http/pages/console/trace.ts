// The read-only trace of a decision: what was asked, what the rules answered and why, check by
// check with the clause and the registry facts used, under which ruleset, and who did what when
// (the audit trail). Supervisors and auditors read any application, others their office's hall
// ones (access.ts). Nothing on this page changes anything.
import { Hono } from 'hono';
import { html } from 'hono/html';
import type { Claim, Decision } from '../../../domain/decision/types.ts';
import { displayAstanaDateTime, displayDate } from '../../../i18n/display-dates.ts';
import type { Language } from '../../../i18n/messages.ts';
import { auditTrail, readApplication } from '../../../services/applications/queries.ts';
import type { ServiceContext } from '../../../services/context.ts';
import { decisionMessage } from '../../../services/decision-output.ts';
import { applicationMessage } from '../../../services/privacy/disclosure.ts';
import { backLink, notice, summaryList } from '../shared/components.ts';
import { HALL_ROLES, operatorActor, READ_ROLES } from './actor.ts';
import { addressOf, factText, relationLabel, stateTag } from './format.ts';
import { optionOf } from '../shared/relation-options.ts';
import type { PageEnv } from '../shared/env.ts';
import { render, translator } from '../shared/render.ts';
import { requireOperator } from '../shared/session.ts';

type T = ReturnType<typeof translator>;

function claimText(t: T, claim: Claim | undefined): string {
  return claim ? relationLabel(t, optionOf(claim)) : '—';
}

/** §0: the ruleset, and the recorded act when that is what keeps it in force on the date. */
export function rulesetLine(t: T, ruleset: Decision['ruleset']): string {
  const { id, version, extendedBy } = ruleset;
  if (extendedBy) {
    const { validTo, reference, date } = extendedBy;
    // Dates as the console shows every other date (DD.MM.YYYY), not as stored.
    const dates = { to: displayDate(validTo), actDate: displayDate(date) };
    return t('console.trace.ruleset-extended', { id, version, act: reference, ...dates });
  }
  return t(ruleset.inForce ? 'console.trace.ruleset-in-force' : 'console.trace.ruleset-outside', { id, version });
}

function decisionSection(t: T, lang: Language, decision: Decision, heading: string) {
  const code = (s: string | null | undefined) => (s ? html`<code>${s}</code>` : '—');
  return html`<h2>${heading}</h2>
    ${summaryList(lang, [
      { key: t('console.trace.outcome'), value: code(decision.outcome) },
      { key: t('console.trace.basis'), value: code(decision.basis) },
      {
        key: t('console.trace.reasons'),
        value: decision.reasons.length ? html`${decision.reasons.map((r) => html`<code>${r}</code> `)}` : '—',
      },
      {
        // F4: outcome-neutral remarks, e.g. late-filing.
        key: t('console.trace.notices'),
        value: (decision.notices ?? []).length ? html`${decision.notices.map((n) => html`<code>${n}</code> `)}` : '—',
      },
      { key: t('console.trace.next'), value: code(decision.next) },
      {
        key: t('console.trace.ruleset'),
        value: rulesetLine(t, decision.ruleset),
      },
      { key: t('console.trace.message'), value: decisionMessage(decision, lang) },
    ])}
    <table>
      <caption>
        ${t('console.trace.checks', { subject: decision.subject })}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('console.trace.clause')}</th>
          <th scope="col">${t('console.trace.check')}</th>
          <th scope="col">${t('console.trace.result')}</th>
          <th scope="col">${t('console.trace.facts')}</th>
        </tr>
      </thead>
      <tbody>
        ${decision.trace.map(
          (e) =>
            html`<tr>
              <td data-label="${t('console.trace.clause')}"><strong>${e.clause}</strong></td>
              <td data-label="${t('console.trace.check')}">${e.check}</td>
              <td data-label="${t('console.trace.result')}">${e.result}</td>
              <td data-label="${t('console.trace.facts')}">
                ${
                  Object.keys(e.facts).length === 0
                    ? '—'
                    : Object.entries(e.facts).map(([k, v], i) => html`${i > 0 ? html`<br />` : ''}${k}: ${factText(v)}`)
                }
              </td>
            </tr>`,
        )}
      </tbody>
    </table>`;
}

export function consoleTrace(ctx: ServiceContext) {
  const app = new Hono<PageEnv>();

  app.get('/:id', requireOperator(READ_ROLES), async (c) => {
    const t = translator(c);
    const lang = c.get('lang');
    const actor = operatorActor(c);
    const record = await readApplication(ctx, actor, c.req.param('id'), 'decision-trace');
    const audit = await auditTrail(ctx, record.id);
    const p = record.payload;
    const message = applicationMessage(record, 'staff')?.[lang] ?? null;
    const { decision } = record;
    const canWork = HALL_ROLES.includes(actor.role) && record.channel === 'hall' && record.office === actor.office;
    return render(c, {
      title: t('console.trace.title', { number: record.number }),
      body: html`${backLink(lang, '/console/queue')}
        <h1>${t('console.trace.title', { number: record.number })}</h1>
        <p class="small">${t('console.trace.read-only')}</p>
        ${summaryList(lang, [
          { key: t('console.field.state'), value: stateTag(t, record.state) },
          { key: t('console.field.service'), value: t(`service.${record.service}`) },
          { key: t('console.trace.channel'), value: record.channel },
          { key: t('console.trace.office'), value: record.office ?? '—' },
          { key: t('console.field.applicant'), value: record.applicant },
          { key: t('console.field.address'), value: addressOf(record) },
          { key: t('console.field.owner'), value: record.owner ?? '—' },
          { key: t('console.field.representative'), value: record.representative ?? '—' },
          ...(p.authorityDocument ? [{ key: t('console.trace.authority-document'), value: p.authorityDocument }] : []),
          { key: t('console.field.relation'), value: claimText(t, p.relation) },
          ...(p.periodMonths ? [{ key: t('console.trace.months'), value: String(p.periodMonths) }] : []),
          ...(p.members?.length ? [{ key: t('console.trace.members'), value: p.members.join(', ') }] : []),
          { key: t('console.field.date'), value: displayDate(record.applicationDate) },
          { key: t('console.trace.reason'), value: record.reason ? html`<code>${record.reason}</code>` : '—' },
          // A refusal after the decision (owner, deadline, norm meanwhile) is explained apart from it.
          ...(message && (!decision || message !== decisionMessage(decision, lang))
            ? [{ key: t('console.trace.explanation'), value: message }]
            : []),
        ])}
        ${canWork ? html`<p><a href="/console/hall/applications/${record.id}">${t('console.trace.open-case')}</a></p>` : ''}
        ${
          decision
            ? html`${decisionSection(t, lang, decision, t('console.trace.decision'))}
              ${(decision.members ?? []).map((m) =>
                decisionSection(t, lang, m, t('console.trace.member-decision', { subject: m.subject })),
              )}`
            : notice('info', t('console.trace.no-decision'))
        }
        <h2>${t('console.trace.audit')}</h2>
        <table>
          <caption class="visually-hidden">
            ${t('console.trace.audit')}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t('console.trace.at')}</th>
              <th scope="col">${t('console.trace.actor')}</th>
              <th scope="col">${t('console.trace.action')}</th>
              <th scope="col">${t('console.trace.transition')}</th>
              <th scope="col">${t('console.trace.details')}</th>
            </tr>
          </thead>
          <tbody>
            ${audit.map(
              (a) =>
                html`<tr>
                  <td data-label="${t('console.trace.at')}">${displayAstanaDateTime(a.at)}</td>
                  <td data-label="${t('console.trace.actor')}">${a.actor_kind}</td>
                  <td data-label="${t('console.trace.action')}">${a.action}</td>
                  <td data-label="${t('console.trace.transition')}">
                    ${a.from_state || a.to_state ? `${a.from_state ?? '—'} → ${a.to_state ?? '—'}` : '—'}
                  </td>
                  <td data-label="${t('console.trace.details')}">${factText(a.details)}</td>
                </tr>`,
            )}
          </tbody>
        </table>`,
    });
  });
  return app;
}
