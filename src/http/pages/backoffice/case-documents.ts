// The documents the applicant filed, on a back-office request's page (issue 19: the executor
// reviews them before the result): a list of links, each download an access-logged read
// (services/cases/staff-documents.ts).
import { Hono } from 'hono';
import { html } from 'hono/html';
import type { MessageKey } from '../../../i18n/messages.ts';
import type { BackOfficeStaff } from '../../../services/cases/back-office.ts';
import { documentForStaff, documentsForStaff } from '../../../services/cases/staff-documents.ts';
import type { ServiceContext } from '../../../services/context.ts';
import type { PageEnv } from '../shared/env.ts';
import type { Translate } from './format.ts';
import { staffOf } from './staff.ts';

/** Document kinds with a name in the catalogs (S9/S10, S6/S8); any other shows its id. */
const LABELS: Record<string, MessageKey> = {
  'commissioning-act': 'case-document-kind.commissioning-act',
  'land-plot-document': 'case-document-kind.land-plot-document',
  'title-document': 'case-document-kind.title-document',
  'land-plot-document-if-any': 'case-document-kind.land-plot-document-if-any',
  'information-form': 'licence.doc.information-form',
  'processing-contract': 'licence.doc.processing-contract',
  'processing-conditions': 'licence.doc.processing-conditions',
  authority: 'licence.doc.authority',
  'guarantee-obligation': 'licence.doc.guarantee-obligation',
  'sale-contract': 'licence.doc.sale-contract',
  'end-user-contract': 'licence.doc.end-user-contract',
};

/** The "Documents" section of a request's page. */
export async function documentsSection(ctx: ServiceContext, t: Translate, staff: BackOfficeStaff, caseId: string) {
  const documents = await documentsForStaff(ctx, staff, caseId);
  return html`<h2>${t('backoffice.case.documents')}</h2>
    ${
      documents.length === 0
        ? html`<p>${t('backoffice.case.no-documents')}</p>`
        : html`<ul>
            ${documents.map((d) => {
              const key = LABELS[d.kind];
              return html`<li>
                <a href="/backoffice/cases/${caseId}/documents/${d.id}">${key ? t(key) : d.kind}</a>
              </li>`;
            })}
          </ul>`
    }`;
}

export function caseDocuments(ctx: ServiceContext) {
  const app = new Hono<PageEnv>();
  app.get('/:id/documents/:doc', async (c) => {
    const { document, content } = await documentForStaff(ctx, staffOf(c), c.req.param('id'), c.req.param('doc'));
    const extension = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' }[document.mediaType];
    return c.body(Buffer.from(content), 200, {
      'content-type': document.mediaType,
      'content-disposition': `attachment; filename="${document.kind}.${extension}"`,
    });
  });
  return app;
}
