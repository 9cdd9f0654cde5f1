// What a page handler knows about its request: the language chosen and, after login, who is
// logged in. Set by the middleware of pages/session.ts.
import type { Language } from '../../../i18n/messages.ts';
import type { Principal } from '../../../services/auth/sessions.ts';

export type PageEnv = { Variables: { lang: Language; principal: Principal; token: string } };
