// The uploads step of a service flow (issue 17 item 5, issue 19): one form per document the
// answers make needed (the definition's `when` conditions), each a multipart post that works
// without JavaScript. The file's type is judged by the service from its content; its refusals
// (empty, too large, not PDF/JPG/PNG, not needed) come back next to that document's field. The
// cadastre (S9/S10) and licence (S6/S8) filings mount it with their own flow, documents and texts.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { html } from 'hono/html';
import { MAX_DOCUMENT_BYTES } from '../../../domain/case-documents/upload-check.ts';
import type { ApplicantStatements } from '../../../domain/case-documents/required.ts';
import type { ServiceId } from '../../../domain/public-services/definition.ts';
import { isAppError } from '../../../errors.ts';
import type { Language, MessageKey } from '../../../i18n/messages.ts';
import type { CaseDocument } from '../../../services/case-documents/documents.ts';
import { discardUpload, uploadForFiling, uploadsOf } from '../../../services/case-documents/portal.ts';
import type { ServiceContext } from '../../../services/context.ts';
import { button, errorOf, type FieldError, type FormErrors, form } from '../shared/components.ts';
import type { PageEnv } from '../shared/env.ts';
import { formFields, translator } from '../shared/render.ts';
import { requireLogin } from '../shared/session.ts';
import { answersIn, type DraftFlow, onward, saveDraft, withDraft } from './draft.ts';
import { flowPage } from './question.ts';
import { backOf } from './steps.ts';

const LIMIT_MB = MAX_DOCUMENT_BYTES / (1024 * 1024);
const fieldOf = (kind: string) => `file-${kind}`;

/** What a flow keeps that this step reads and writes. */
export interface UploadAnswers extends Record<string, unknown> {
  /** The id the case will have: uploads are kept under it. */
  caseId: string;
  /** Set when the page was left with every needed document uploaded. */
  documentsDone: boolean | null;
}

export interface UploadsStep<A extends UploadAnswers, S extends string> {
  /** The flow's own path of the step, e.g. `/cadastre/new/documents` (the forms post there). */
  readonly action: string;
  readonly step: S;
  readonly flow: () => DraftFlow<A, S>;
  readonly needed: (a: Partial<A>) => readonly { readonly id: string; readonly title: string }[];
  /** The service and variant the filing is for, or null while the flow does not know yet. */
  readonly filing: (
    a: Partial<A>,
  ) => { readonly service: ServiceId; readonly variant: string; readonly statements: ApplicantStatements } | null;
  /** A document's name in the reader's language. */
  readonly title: (lang: Language, doc: { readonly id: string; readonly title: string }) => string;
  readonly texts: {
    readonly caption: MessageKey;
    readonly title: MessageKey;
    readonly intro: MessageKey;
    /** Shown when the answers need no document (the intro otherwise). */
    readonly none?: MessageKey;
    readonly upload: MessageKey;
    readonly uploaded: MessageKey;
    readonly remove: MessageKey;
    readonly send: MessageKey;
    readonly choose: MessageKey;
    readonly missing: MessageKey;
  };
}

/** The step's pages, relative to where the flow's pages are mounted (`/new/documents…`). */
export function uploadsPages<A extends UploadAnswers, S extends string>(ctx: ServiceContext, s: UploadsStep<A, S>) {
  const app = new Hono<PageEnv>();
  const local = s.action.replace(/^\/[^/]+/, '');
  app.use(local, requireLogin);
  app.use(`${local}/*`, requireLogin);
  const me = (c: Context<PageEnv>) => c.get('principal').iin;
  const { texts } = s;

  const page = async (c: Context<PageEnv>, a: Partial<A>, errors: FormErrors) => {
    const t = translator(c);
    const lang = c.get('lang');
    const needed = s.needed(a);
    const uploaded = a.caseId ? await uploadsOf(ctx, me(c), a.caseId) : [];
    const row = (doc: { id: string; title: string }, file: CaseDocument | undefined) => {
      const title = s.title(lang, doc);
      if (file)
        return html`<div class="summary-row">
          <h2 class="label-heading">${title}</h2>
          <p><strong class="tag tag-green">${t(texts.uploaded)}</strong></p>
          ${form(`${s.action}/remove`, [
            html`<input type="hidden" name="documentId" value="${file.id}" />`,
            button(t(texts.remove), { kind: 'secondary' }),
          ])}
        </div>`;
      const error: FieldError | undefined = errorOf(errors, fieldOf(doc.id));
      const id = fieldOf(doc.id);
      return html`<form method="post" action="${s.action}" enctype="multipart/form-data" novalidate>
        <input type="hidden" name="kind" value="${doc.id}" />
        <div class="field${error ? ' field-error' : ''}">
          <label for="${id}">${t(texts.upload, { title })}</label>
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
        ${button(t(texts.send), { kind: 'secondary' })}
      </form>`;
    };
    return flowPage(c, {
      title: t(texts.title),
      back: backOf(s.flow(), a, s.step),
      caption: t(texts.caption),
      errors,
      body: html`<h1>${t(texts.title)}</h1>
        <p>${needed.length || !texts.none ? t(texts.intro, { limitMb: LIMIT_MB }) : t(texts.none)}</p>
        ${needed.map((d) =>
          row(
            d,
            uploaded.find((u) => u.kind === d.id),
          ),
        )}
        ${form(`${s.action}/done`, [button(t('page.continue'))])}`,
    });
  };

  app.get(local, withDraft(ctx, s.flow, s.step), (c) => page(c, answersIn(c, s.flow()), []));

  app.post(local, withDraft(ctx, s.flow, s.step), async (c) => {
    const a = answersIn(c, s.flow());
    const body = await c.req.parseBody();
    const kind = typeof body['kind'] === 'string' ? body['kind'] : '';
    const file = body['file'];
    const needed = s.needed(a);
    const filing = s.filing(a);
    if (!a.caseId || !filing || !needed.some((d) => d.id === kind))
      return page(c, a, [{ field: fieldOf(needed[0]?.id ?? 'none'), key: 'case-document.not-needed' }]);
    // A browser sends an empty part with no name when no file was chosen.
    if (typeof file === 'string' || file === undefined || (file.size === 0 && file.name === ''))
      return page(c, a, [{ field: fieldOf(kind), key: texts.choose }]);
    try {
      await uploadForFiling(ctx, {
        caseId: a.caseId,
        owner: me(c),
        ...filing,
        kind,
        content: new Uint8Array(await file.arrayBuffer()),
      });
    } catch (error) {
      if (!isAppError(error) || !error.code.startsWith('case-document.')) throw error;
      return page(c, a, [{ field: fieldOf(kind), key: error.code, params: error.params }]);
    }
    return c.redirect(s.action, 303);
  });

  app.post(`${local}/remove`, withDraft(ctx, s.flow, s.step), async (c) => {
    const a = answersIn(c, s.flow());
    const { documentId = '' } = await formFields(c);
    if (a.caseId) await discardUpload(ctx, me(c), a.caseId, documentId);
    await saveDraft(ctx, c, s.flow(), { documentsDone: null } as Partial<A>);
    return c.redirect(s.action, 303);
  });

  app.post(`${local}/done`, withDraft(ctx, s.flow, s.step), async (c) => {
    const a = answersIn(c, s.flow());
    const lang = c.get('lang');
    const uploaded = a.caseId ? await uploadsOf(ctx, me(c), a.caseId) : [];
    const missing = s.needed(a).filter((d) => !uploaded.some((u) => u.kind === d.id));
    if (missing.length)
      return page(
        c,
        a,
        missing.map((d) => ({ field: fieldOf(d.id), key: texts.missing, params: { title: s.title(lang, d) } })),
      );
    return onward(c, s.flow(), (await saveDraft(ctx, c, s.flow(), { documentsDone: true } as Partial<A>)).answers);
  });
  return app;
}
