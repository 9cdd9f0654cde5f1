// Uploading the documents of an S6/S8 filing (issue 19; 003 ¶B1, ¶B3): the flow module's uploads
// step (flow/uploads-page.ts) with the documents the answers make needed (S8's competent body's
// document unless the purpose is repair, S6's end-user contract for an intermediary, the power of
// attorney of a representative) and the licences' texts.
import { dateInAstana } from '../../../domain/dates.ts';
import { translate } from '../../../i18n/messages.ts';
import type { ServiceContext } from '../../../services/context.ts';
import { uploadsPages } from '../flow/uploads-page.ts';
import {
  type Answers,
  documentKey,
  licenceFlow,
  neededDocuments,
  PATH,
  statementsOf,
  type Step,
} from './licence-flow.ts';

export function licenceDocumentsPage(ctx: ServiceContext) {
  const today = () => dateInAstana(ctx.clock.now());
  return uploadsPages<Answers, Step>(ctx, {
    action: PATH('documents'),
    step: 'documents',
    flow: () => licenceFlow((c) => c.get('principal').iin),
    needed: (a) => neededDocuments(a, today()),
    filing: (a) => (a.service ? { service: a.service, variant: a.service, statements: statementsOf(a) } : null),
    // The definition's English title is never shown to a citizen.
    title: (lang, doc) => translate(lang, documentKey(doc.id)),
    texts: {
      caption: 'licence.caption',
      title: 'licence.documents-title',
      intro: 'licence.documents-intro',
      upload: 'licence.document-upload',
      uploaded: 'licence.document-uploaded',
      remove: 'licence.document-remove',
      send: 'licence.document-send',
      choose: 'licence.document-choose',
      missing: 'licence.documents-missing',
    },
  });
}
