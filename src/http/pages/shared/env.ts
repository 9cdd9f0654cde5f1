// What a page handler knows about its request: the language chosen and, after login, who is
// logged in. Set by the middleware of shared/session.ts.
import type { Language } from '../../../i18n/messages.ts';
import type { Principal } from '../../../services/auth/sessions.ts';
import type { Draft } from '../../../services/drafts.ts';

export type PageEnv = {
  Variables: {
    lang: Language;
    principal: Principal;
    token: string;
    /** The draft of the flow a page belongs to, set by flow/draft.ts withDraft (read with draftIn). */
    draft: Draft | null;
  };
};
