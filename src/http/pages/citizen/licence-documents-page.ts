// Uploading the documents of an S6/S8 filing (issue 19; 003 ¶B1, ¶B3): one form per document the
// answers make needed (the definition's `when` conditions: S8's competent body's document unless
// the purpose is repair, S6's end-user contract for an intermediary, the power of attorney of a
// representative), each a multipart post that works without JavaScript — as the cadastre's page
// (cadastre-documents-page.ts), with the same service behind it (case-documents/portal.ts).
import type { Context } from 'hono';
import { Hono } from 'hono';
import { html } from 'hono/html';
import { dateInAstana } from '../../../domain/dates.ts';
import { MAX_DOCUMENT_BYTES } from '../../../domain/case-documents/upload-check.ts';
import { isAppError } from '../../../errors.ts';
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
import { type Answers, documentKey, licenceFlow, neededDocuments, PATH, statementsOf } from './licence-flow.ts';

const LIMIT_MB = MAX_DOCUMENT_BYTES / (1024 * 1024);

const fieldOf = (kind: string) => `file-${kind}`;

export function licenceDocumentsPage(ctx: ServiceContext) {
  const app = new Hono<PageEnv>();
  app.use('/new/documents', requireLogin);
  app.use('/new/documents/*', requireLogin);
  const me = (c: Context<PageEnv>) => c.get('principal').iin;
  const today = () => dateInAstana(ctx.clock.now());
  const flow = () => licenceFlow(me);

  const page = async (c: Context<PageEnv>, a: Partial<Answers>, errors: FormErrors) => {
    const t = translator(c);
    const needed = neededDocuments(a, today());
    const uploaded = a.caseId ? await uploadsOf(ctx, me(c), a.caseId) : [];
    const row = (doc: { id: string; title: string }, file: CaseDocument | undefined) => {
      const title = t(documentKey(doc.id));
      const label = t('licence.document-upload', { title });
      if (file)
        return html`<div class="summary-row">
          <h2 class="label-heading">${title}</h2>
          <p><strong class="tag tag-green">${t('licence.document-uploaded')}</strong></p>
          ${form('/licences/new/documents/remove', [
            html`<input type="hidden" name="documentId" value="${file.id}" />`,
            button(`${t('licence.document-remove')}`, { kind: 'secondary' }),
          ])}
        </div>`;
      const error: FieldError | undefined = errorOf(errors, fieldOf(doc.id));
      const id = fieldOf(doc.id);
      return html`<form method="post" action="/licences/new/documents" enctype="multipart/form-data" novalidate>
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
        ${button(t('licence.document-send'), { kind: 'secondary' })}
      </form>`;
    };
    return flowPage(c, {
      title: t('licence.documents-title'),
      back: backOf(flow(), a, 'documents'),
      caption: t('licence.caption'),
      errors,
      body: html`<h1>${t('licence.documents-title')}</h1>
        <p>${t('licence.documents-intro', { limitMb: LIMIT_MB })}</p>
        ${needed.map((d) =>
          row(
            d,
            uploaded.find((u) => u.kind === d.id),
          ),
        )}
        ${form('/licences/new/documents/done', [button(t('page.continue'))])}`,
    });
  };

  app.get('/new/documents', withDraft(ctx, flow, 'documents'), (c) => page(c, answersIn(c, flow()), []));

  app.post('/new/documents', withDraft(ctx, flow, 'documents'), async (c) => {
    const a = answersIn(c, flow());
    const body = await c.req.parseBody();
    const kind = typeof body['kind'] === 'string' ? body['kind'] : '';
    const file = body['file'];
    const needed = neededDocuments(a, today());
    if (!a.caseId || !a.service || !needed.some((d) => d.id === kind))
      return page(c, a, [{ field: fieldOf(needed[0]?.id ?? 'none'), key: 'case-document.not-needed' }]);
    // A browser sends an empty part with no name when no file was chosen.
    if (typeof file === 'string' || file === undefined || (file.size === 0 && file.name === ''))
      return page(c, a, [{ field: fieldOf(kind), key: 'licence.document-choose' }]);
    try {
      await uploadForFiling(ctx, {
        caseId: a.caseId,
        owner: me(c),
        service: a.service,
        variant: a.service,
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
    const t = translator(c);
    const uploaded = a.caseId ? await uploadsOf(ctx, me(c), a.caseId) : [];
    const missing = neededDocuments(a, today()).filter((d) => !uploaded.some((u) => u.kind === d.id));
    if (missing.length)
      return page(
        c,
        a,
        missing.map((d) => ({
          field: fieldOf(d.id),
          key: 'licence.documents-missing',
          params: { title: t(documentKey(d.id)) },
        })),
      );
    return onward(c, flow(), (await saveDraft(ctx, c, flow(), { documentsDone: true })).answers);
  });
  return app;
}
