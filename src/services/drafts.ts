// Answers given on the pages before an application is filed, one draft per person and flow
// (e.g. "registration-permanent"). Kept in the database, not in the session, so they outlive a
// session that expires mid-flow. The application id is fixed when the draft starts: filing the
// draft twice (a double click, the back button) meets the first application, never makes two.
import { randomUUID } from 'node:crypto';
import { type JsonText, jsonText } from '../db/json-column.ts';
import type { ServiceContext } from './context.ts';

export interface Draft<A extends Record<string, unknown> = Record<string, unknown>> {
  applicationId: string;
  answers: Partial<A>;
}

export async function loadDraft<A extends Record<string, unknown>>(
  ctx: ServiceContext,
  iin: string,
  flow: string,
): Promise<Draft<A> | null> {
  const row = await ctx.database.db
    .selectFrom('page_drafts')
    .select(['application_id', 'answers'])
    .where('iin', '=', iin)
    .where('flow', '=', flow)
    .executeTakeFirst();
  return row ? { applicationId: row.application_id, answers: row.answers as Partial<A> } : null;
}

/** Merges answers into the person's draft of the flow, starting one when there is none. */
export async function saveAnswers<A extends Record<string, unknown>>(
  ctx: ServiceContext,
  iin: string,
  flow: string,
  answers: Partial<A>,
): Promise<Draft<A>> {
  const now = ctx.clock.now();
  const row = await ctx.database.db
    .insertInto('page_drafts')
    .values({ iin, flow, application_id: randomUUID(), answers: jsonText(answers), updated_at: now })
    .onConflict((oc) =>
      oc.columns(['iin', 'flow']).doUpdateSet((eb) => ({
        answers: eb.fn<JsonText<Record<string, unknown>>>('jsonb_strip_nulls', [
          eb('page_drafts.answers', '||', eb.ref('excluded.answers')),
        ]),
        updated_at: now,
      })),
    )
    .returning(['application_id', 'answers'])
    .executeTakeFirstOrThrow();
  return { applicationId: row.application_id, answers: row.answers as Partial<A> };
}

/** Ends the draft once its application is filed (or the person starts over). */
export async function discardDraft(ctx: ServiceContext, iin: string, flow: string): Promise<void> {
  await ctx.database.db.deleteFrom('page_drafts').where('iin', '=', iin).where('flow', '=', flow).execute();
}
