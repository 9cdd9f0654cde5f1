// The auditor's search of the personal-data access log on the console (issue 13): auditors and
// supervisors, as on the API. The form posts (the IINs searched for stay out of URLs); at least
// one field must narrow the search, and every search is itself recorded for the people it shows.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { html } from 'hono/html';
import { parseIsoDate } from '../../../domain/dates.ts';
import { isValidIin } from '../../../domain/iin.ts';
import { displayAstanaDateTime } from '../../../i18n/display-dates.ts';
import type { MessageKey } from '../../../i18n/messages.ts';
import type { ServiceContext } from '../../../services/context.ts';
import { ACCESS_PURPOSES, type AccessPage, type AccessPurpose } from '../../../services/privacy/access-log.ts';
import { AUDIT_ROLES, astanaDays, auditSearch, isEmptyFilter } from '../../../services/privacy/audit-search.ts';
import {
  backLink,
  button,
  errorOf,
  errorSummary,
  type FieldError,
  type FormErrors,
  form,
  notice,
  select,
  table,
  textField,
} from '../shared/components.ts';
import { operatorActor } from './actor.ts';
import type { PageEnv } from '../shared/env.ts';
import { formFields, render, translator } from '../shared/render.ts';
import { requireOperator } from '../shared/session.ts';
import { isUuid } from '../../../domain/uuid.ts';

const PATH = '/console/access-log';
const PAGE_SIZE = 50;
const FIELDS = ['subject', 'actor', 'office', 'purpose', 'applicationId', 'from', 'to'] as const;

type Values = Partial<Record<(typeof FIELDS)[number] | 'page', string>>;

function validate(v: Values): FieldError[] {
  const errors: FieldError[] = [];
  for (const field of ['subject', 'actor'] as const) {
    if (v[field] && !isValidIin(v[field])) errors.push({ field, key: 'console.access.error.iin' });
  }
  if (v.applicationId && !isUuid(v.applicationId)) {
    errors.push({ field: 'applicationId', key: 'console.access.error.application' });
  }
  for (const field of ['from', 'to'] as const) {
    if (v[field] && !parseIsoDate(v[field])) errors.push({ field, key: 'console.access.error.date' });
  }
  if (errors.length === 0 && FIELDS.every((f) => !v[f]))
    errors.push({ field: 'subject', key: 'console.access.error.empty' });
  return errors;
}

export function consoleAccessLog(ctx: ServiceContext) {
  const app = new Hono<PageEnv>();
  const only = requireOperator(AUDIT_ROLES);

  const page = (c: Context<PageEnv>, values: Values, errors: FormErrors, found: AccessPage | null) => {
    const t = translator(c);
    const lang = c.get('lang');
    const purposeText = (p: string) => t(`access.purpose.${p}` as MessageKey);
    const who = (e: AccessPage['items'][number]) =>
      e.actorKind === 'operator'
        ? `${e.actorIin ?? ''} — ${t(`console.role.${e.actorRole ?? 'reception'}` as MessageKey)}, ${e.office ?? ''}`
        : e.actorKind === 'system'
          ? t('console.access.system')
          : t('console.access.citizen', { iin: e.actorIin ?? '' });
    const iinField = (name: 'subject' | 'actor', label: MessageKey) =>
      textField(lang, {
        name,
        label: t(label),
        value: values[name],
        error: errorOf(errors, name),
        inputmode: 'numeric',
        width: 'short',
        maxlength: 12,
      });
    const pageButton = (n: number, key: MessageKey) =>
      form(PATH, [
        ...FIELDS.map((f) => html`<input type="hidden" name="${f}" value="${values[f] ?? ''}" />`),
        html`<input type="hidden" name="page" value="${n}" />`,
        button(t(key), { kind: 'secondary' }),
      ]);
    return render(c, {
      title: t('console.access.title'),
      hasErrors: errors.length > 0,
      body: html`${backLink(lang, '/console')} ${errorSummary(lang, errors)}
        <h1>${t('console.access.title')}</h1>
        <p>${t('console.access.lead')}</p>
        ${form(PATH, [
          iinField('subject', 'console.access.subject'),
          iinField('actor', 'console.access.actor'),
          textField(lang, { name: 'office', label: t('console.access.office'), value: values.office, width: 'medium' }),
          select(lang, {
            name: 'purpose',
            label: t('console.access.purpose'),
            options: ACCESS_PURPOSES.map((p) => ({ value: p, label: purposeText(p) })),
            value: values.purpose,
          }),
          textField(lang, {
            name: 'applicationId',
            label: t('console.access.application'),
            value: values.applicationId,
            error: errorOf(errors, 'applicationId'),
            width: 'long',
            maxlength: 36,
          }),
          textField(lang, {
            name: 'from',
            label: t('console.access.from'),
            type: 'date',
            value: values.from,
            error: errorOf(errors, 'from'),
            width: 'short',
          }),
          textField(lang, {
            name: 'to',
            label: t('console.access.to'),
            type: 'date',
            value: values.to,
            error: errorOf(errors, 'to'),
            width: 'short',
          }),
          button(t('console.access.search')),
        ])}
        ${
          found === null
            ? ''
            : found.items.length === 0
              ? notice('info', t('console.access.empty'))
              : html`<h2>${t('console.access.results')}</h2>
                  ${table(
                    [
                      t('console.access.col.at'),
                      t('console.access.col.subject'),
                      t('console.access.col.actor'),
                      t('console.access.col.purpose'),
                      t('console.access.col.registry'),
                      t('console.access.col.application'),
                    ],
                    found.items.map((e) => [
                      displayAstanaDateTime(e.at),
                      e.subject,
                      who(e),
                      purposeText(e.purpose),
                      e.registry ? t(`access.registry.${e.registry}` as MessageKey) : t('access.registry.application'),
                      e.applicationId
                        ? html`<a href="/console/applications/${e.applicationId}"
                            >${e.applicationNumber ?? e.applicationId}</a
                          >`
                        : e.certificateNumber
                          ? t('access.certificate', { number: e.certificateNumber })
                          : '—',
                    ]),
                    t('console.access.results'),
                  )}
                  <p>${t('access.page', { page: found.page })}</p>
                  ${found.page > 1 ? pageButton(found.page - 1, 'access.newer') : ''}
                  ${found.more ? pageButton(found.page + 1, 'access.older') : ''}`
        }`,
    });
  };

  app.get('/', only, (c) => page(c, {}, [], null));

  app.post('/', only, async (c) => {
    const fields = await formFields(c);
    const values: Values = Object.fromEntries(FIELDS.map((f) => [f, fields[f] ?? '']));
    const errors = validate(values);
    if (errors.length > 0) return page(c, values, errors, null);
    const requested = Number.parseInt(fields['page'] ?? '1', 10);
    const filter = {
      subject: values.subject || undefined,
      actor: values.actor || undefined,
      office: values.office || undefined,
      purpose: ACCESS_PURPOSES.includes(values.purpose as AccessPurpose)
        ? (values.purpose as AccessPurpose)
        : undefined,
      applicationId: values.applicationId || undefined,
      ...astanaDays(values.from, values.to),
    };
    if (isEmptyFilter(filter)) return page(c, values, [{ field: 'subject', key: 'console.access.error.empty' }], null);
    const found = await auditSearch(ctx, operatorActor(c), filter, {
      page: Number.isSafeInteger(requested) && requested > 0 ? requested : 1,
      size: PAGE_SIZE,
    });
    return page(c, values, [], found);
  });
  return app;
}
