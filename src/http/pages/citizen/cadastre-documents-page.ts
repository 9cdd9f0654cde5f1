// Uploading the e-copies of an S9 filing (issue 17 item 5; 004 L1 r.8): one form per document
// the variant needs (the definition's `when` conditions), each a multipart post that works
// without JavaScript. The file's type is judged by the service from its content; its refusals
// (empty, too large, not PDF/JPG/PNG, not needed) come back next to that document's field.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { html } from 'hono/html';
import { dateInAstana } from '../../../domain/dates.ts';
import { MAX_DOCUMENT_BYTES } from '../../../domain/case-documents/upload-check.ts';
import { isAppError } from '../../../errors.ts';
import type { Language, MessageKey } from '../../../i18n/messages.ts';
import { translate } from '../../../i18n/messages.ts';
import type { CaseDocument } from '../../../services/case-documents/documents.ts';
import { discardUpload, uploadForFiling, uploadsOf } from '../../../services/case-documents/portal.ts';
import type { ServiceContext } from '../../../services/context.ts';
import { answersIn, onward, saveDraft, withDraft } from '../flow/draft.ts';
import { flowPage } from '../flow/question.ts';
import { backOf } from '../flow/steps.ts';
import { button, errorOf, type FieldError, type FormErrors, form } from '../shared/components.ts';
import type { PageEnv } from '../shared/env.ts';
import { formFields, translator } from '../shared/render.ts';
import { requireLogin } from '../shared/session.ts';
import { type Answers, cadastreFlow, neededDocuments, PATH, serviceOf, statementsOf } from './cadastre-flow.ts';

const LIMIT_MB = MAX_DOCUMENT_BYTES / (1024 * 1024);
const TITLES: Record<string, MessageKey> = {
  'commissioning-act': 'case-document-kind.commissioning-act',
  'land-plot-document': 'case-document-kind.land-plot-document',
  'title-document': 'case-document-kind.title-document',
  'land-plot-document-if-any': 'case-document-kind.land-plot-document-if-any',
};

/** A document's name in the reader's language (the definition's English title otherwise). */
export function documentTitle(lang: Language, doc: { id: string; title: string }): string {
  const key = TITLES[doc.id];
  return key ? translate(lang, key) : doc.title;
}

const fieldOf = (kind: string) => `file-${kind}`;

export function cadastreDocumentsPage(ctx: ServiceContext) {
  const app = new Hono<PageEnv>();
  app.use('/new/documents', requireLogin);
  app.use('/new/documents/*', requireLogin);
  const me = (c: Context<PageEnv>) => c.get('principal').iin;
  const today = () => dateInAstana(ctx.clock.now());
  const flow = () => cadastreFlow(me, today());

  const page = async (c: Context<PageEnv>, a: Partial<Answers>, errors: FormErrors) => {
    const t = translator(c);
    const lang = c.get('lang');
    const needed = neededDocuments(a, today());
    const uploaded = a.caseId ? await uploadsOf(ctx, me(c), a.caseId) : [];
    const row = (doc: { id: string; title: string }, file: CaseDocument | undefined) => {
      const title = documentTitle(lang, doc);
      const label = t('cadastre.document-upload', { title });
      if (file)
        return html`<div class="summary-row">
          <h2 class="label-heading">${title}</h2>
          <p><strong class="tag tag-green">${t('cadastre.document-uploaded')}</strong></p>
          ${form('/cadastre/new/documents/remove', [
            html`<input type="hidden" name="documentId" value="${file.id}" />`,
            button(`${t('cadastre.document-remove')}`, { kind: 'secondary' }),
          ])}
        </div>`;
      const error: FieldError | undefined = errorOf(errors, fieldOf(doc.id));
      const id = fieldOf(doc.id);
      return html`<form method="post" action="/cadastre/new/documents" enctype="multipart/form-data" novalidate>
        <input type="hidden" name="kind" value="${doc.id}" />
        <div class="field${error ? ' field-error' : ''}">
          <label for="${id}">${label}</label>
          ${
            error
              ? html`<p class="error-message" id="${id}-error">
                  <span class="visually-hidden">${t('page.error-prefix')}</span> ${t(error.key, error.params)}
                </p>`
              : ''
          }
          <input
            type="file"
            id="${id}"
            name="file"
            accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
            ${error ? html`aria-describedby="${id}-error"` : ''}
          />
        </div>
        ${button(t('cadastre.document-send'), { kind: 'secondary' })}
      </form>`;
    };
    return flowPage(c, {
      title: t('cadastre.documents-title'),
      back: backOf(flow(), a, 'documents'),
      caption: t('cadastre.caption'),
      errors,
      body: html`<h1>${t('cadastre.documents-title')}</h1>
        <p>${needed.length ? t('cadastre.documents-intro', { limitMb: LIMIT_MB }) : t('cadastre.documents-none')}</p>
        ${needed.map((d) =>
          row(
            d,
            uploaded.find((u) => u.kind === d.id),
          ),
        )}
        ${form('/cadastre/new/documents/done', [button(t('page.continue'))])}`,
    });
  };

  app.get('/new/documents', withDraft(ctx, flow, 'documents'), (c) => page(c, answersIn(c, flow()), []));

  app.post('/new/documents', withDraft(ctx, flow, 'documents'), async (c) => {
    const a = answersIn(c, flow());
    const body = await c.req.parseBody();
    const kind = typeof body['kind'] === 'string' ? body['kind'] : '';
    const file = body['file'];
    const needed = neededDocuments(a, today());
    if (!a.caseId || !a.variant || !needed.some((d) => d.id === kind))
      return page(c, a, [{ field: fieldOf(needed[0]?.id ?? 'none'), key: 'case-document.not-needed' }]);
    // A browser sends an empty part with no name when no file was chosen.
    if (typeof file === 'string' || file === undefined || (file.size === 0 && file.name === ''))
      return page(c, a, [{ field: fieldOf(kind), key: 'cadastre.document-choose' }]);
    try {
      await uploadForFiling(ctx, {
        caseId: a.caseId,
        owner: me(c),
        service: serviceOf(a.variant),
        variant: a.variant,
        statements: statementsOf(a),
        kind,
        content: new Uint8Array(await file.arrayBuffer()),
      });
    } catch (error) {
      if (!isAppError(error) || !error.code.startsWith('case-document.')) throw error;
      return page(c, a, [{ field: fieldOf(kind), key: error.code, params: error.params }]);
    }
    return c.redirect(PATH('documents'), 303);
  });

  app.post('/new/documents/remove', withDraft(ctx, flow, 'documents'), async (c) => {
    const a = answersIn(c, flow());
    const { documentId = '' } = await formFields(c);
    if (a.caseId) await discardUpload(ctx, me(c), a.caseId, documentId);
    await saveDraft(ctx, c, flow(), { documentsDone: null });
    return c.redirect(PATH('documents'), 303);
  });

  app.post('/new/documents/done', withDraft(ctx, flow, 'documents'), async (c) => {
    const a = answersIn(c, flow());
    const lang = c.get('lang');
    const uploaded = a.caseId ? await uploadsOf(ctx, me(c), a.caseId) : [];
    const missing = neededDocuments(a, today()).filter((d) => !uploaded.some((u) => u.kind === d.id));
    if (missing.length)
      return page(
        c,
        a,
        missing.map((d) => ({
          field: fieldOf(d.id),
          key: 'cadastre.documents-missing',
          params: { title: documentTitle(lang, d) },
        })),
      );
    return onward(c, flow(), (await saveDraft(ctx, c, flow(), { documentsDone: true })).answers);
  });
  return app;
}
