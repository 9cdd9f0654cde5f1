// What the hall's question pages share: the frame (the desk as caption, the back link the flow
// gives), the IIN question asked of the owner, the representative and the applicant, and the
// check of an IIN typed there.
import type { Context } from 'hono';
import { isValidIin } from '../../../domain/iin.ts';
import type { MessageKey } from '../../../i18n/messages.ts';
import type { ServiceContext } from '../../../services/context.ts';
import { hallPersons } from '../../../services/hall-checks.ts';
import type { FieldError, FormErrors } from '../shared/components.ts';
import { errorOf, textField } from '../shared/components.ts';
import type { PageEnv } from '../shared/env.ts';
import { translator } from '../shared/render.ts';
import { type Frame, flowPage, type Html, questionPage } from '../flow/question.ts';
import { backOf } from '../flow/steps.ts';
import { operatorActor } from './actor.ts';
import { type HallAnswers, hallFlow, type HallStep } from './hall-steps.ts';

type Given = Partial<HallAnswers>;

/** A hall page that is not a question (the ФЛК result, the authority, the check page). */
export function hallPage(c: Context<PageEnv>, o: Omit<Frame, 'caption' | 'captionClass'>) {
  return flowPage(c, { ...o, caption: translator(c)('console.hall.caption'), captionClass: 'small' });
}

/** One question of the hall's flow, posting back to its step. */
export function hallQuestion(
  c: Context<PageEnv>,
  o: { step: HallStep; answers: Given; title: string; errors: FormErrors; fields: Html | Html[] },
) {
  return questionPage(c, {
    title: o.title,
    back: backOf(hallFlow, o.answers, o.step),
    caption: translator(c)('console.hall.caption'),
    captionClass: 'small',
    errors: o.errors,
    action: hallFlow.path(o.step),
    fields: o.fields,
  });
}

/** A question answered in one text field, whose label is the page's heading. */
export function textQuestion(
  c: Context<PageEnv>,
  o: {
    step: 'owner' | 'representative' | 'applicant' | 'rka' | 'months';
    answers: Given;
    hint: MessageKey;
    value: string | undefined;
    errors: FormErrors;
    width: 'short' | 'medium';
    maxlength: number;
  },
) {
  const t = translator(c);
  const title = t(`console.hall.${o.step}-question`);
  return hallQuestion(c, {
    ...o,
    title,
    fields: textField(c.get('lang'), {
      name: o.step,
      label: title,
      hint: t(o.hint),
      value: o.value,
      error: errorOf(o.errors, o.step),
      inputmode: 'numeric',
      width: o.width,
      maxlength: o.maxlength,
      asHeading: true,
    }),
  });
}

/** The owner's, the representative's or the applicant's IIN, asked as the page's question. */
export function iinQuestion(
  c: Context<PageEnv>,
  o: { step: 'owner' | 'representative' | 'applicant'; answers: Given; value: string | undefined; errors: FormErrors },
) {
  return textQuestion(c, { ...o, hint: `console.hall.${o.step}-hint`, width: 'short', maxlength: 12 });
}

/** An IIN typed into a step: F1 format, then known to ГБД ФЛ (I8). */
export async function checkIin(
  ctx: ServiceContext,
  c: Context<PageEnv>,
  field: string,
  value: string,
): Promise<FieldError | null> {
  if (!isValidIin(value)) return { field, key: 'invalid-iin-input' };
  const [person] = await hallPersons(ctx, operatorActor(c), [value]);
  return person ? null : { field, key: 'console.error.person-not-found' };
}
