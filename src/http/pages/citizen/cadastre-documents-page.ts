// Uploading the e-copies of an S9/S10 filing (issue 17 item 5; 004 L1 r.8): the flow module's
// uploads step (flow/uploads-page.ts) with the documents the variant needs (the definition's
// `when` conditions) and the cadastre's texts.
import { dateInAstana } from '../../../domain/dates.ts';
import type { Language, MessageKey } from '../../../i18n/messages.ts';
import { translate } from '../../../i18n/messages.ts';
import type { ServiceContext } from '../../../services/context.ts';
import { uploadsPages } from '../flow/uploads-page.ts';
import {
  type Answers,
  cadastreFlow,
  neededDocuments,
  PATH,
  serviceOf,
  statementsOf,
  type Step,
} from './cadastre-flow.ts';

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

export function cadastreDocumentsPage(ctx: ServiceContext) {
  const today = () => dateInAstana(ctx.clock.now());
  return uploadsPages<Answers, Step>(ctx, {
    action: PATH('documents'),
    step: 'documents',
    flow: () => cadastreFlow((c) => c.get('principal').iin, today()),
    needed: (a) => neededDocuments(a, today()),
    filing: (a) =>
      a.variant ? { service: serviceOf(a.variant), variant: a.variant, statements: statementsOf(a) } : null,
    title: documentTitle,
    texts: {
      caption: 'cadastre.caption',
      title: 'cadastre.documents-title',
      intro: 'cadastre.documents-intro',
      none: 'cadastre.documents-none',
      upload: 'cadastre.document-upload',
      uploaded: 'cadastre.document-uploaded',
      remove: 'cadastre.document-remove',
      send: 'cadastre.document-send',
      choose: 'cadastre.document-choose',
      missing: 'cadastre.documents-missing',
    },
  });
}
