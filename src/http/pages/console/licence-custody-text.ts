// The paper result's state in words (003 ¶B1, ¶B3), as the counter's receipt page and the
// committee's request page both say it: at the ЦОН with its month of keeping, at the provider's
// office (no month), with the provider, asked for again, or handed over.
import { displayDate } from '../../../i18n/display-dates.ts';
import type { MessageKey, MessageParams } from '../../../i18n/messages.ts';
import type { CustodyView } from '../../../services/licences/custody.ts';
import { COMMITTEE_OFFICE } from '../../../services/licences/file-licence.ts';

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** The state of the result; "not ready yet" before the case is issued (no view). */
export function custodyText(t: Translate, view: CustodyView | null): string {
  const state = view?.state;
  if (!state) return t('console-licence.custody-pending');
  switch (state.kind) {
    case 'at-con':
      return view.conOffice === COMMITTEE_OFFICE
        ? t('office-licence.custody-here')
        : t('console-licence.custody-at-con', {
            until: displayDate(state.keepUntil),
            from: displayDate(state.returnFrom),
          });
    case 'requested':
      return t('console-licence.custody-requested', { by: displayDate(state.sendBackBy) });
    case 'at-provider':
      return t('console-licence.custody-at-provider', { since: displayDate(state.since) });
    case 'handed-over':
      return t('console-licence.custody-handed-over', { on: displayDate(state.on) });
  }
}
