// Filing from the pages: create with the id the draft fixed, then submit. Run twice — a double
// click, a browser that resends the form after "back" — it meets the application the first run
// made and returns it as it now is, instead of filing a second one or failing on its state.
import { isAppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { canRead } from './access.ts';
import { submitApplication } from './checks.ts';
import { createApplication, type NewApplication } from './create.ts';
import { applicationById, readApplication } from './queries.ts';
import type { ApplicationRecord } from './record.ts';

const UNIQUE_VIOLATION = '23505';

/**
 * Creates the application with the id the caller fixed, or meets the one an earlier run made with
 * it (a double submit; or, issue 16, an API request whose process was killed after the create
 * committed and before its idempotent answer was stored, run again under the same key).
 */
export async function createOnce(
  ctx: ServiceContext,
  actor: Actor,
  input: NewApplication & { id: string },
): Promise<ApplicationRecord> {
  let app = await applicationById(ctx, input.id);
  if (!app) {
    try {
      app = await createApplication(ctx, actor, input);
    } catch (error) {
      // The other request of a double submit created it between our read and our insert.
      if (!isAppError(error) || error.params['sqlstate'] !== UNIQUE_VIOLATION) throw error;
    }
  }
  // Whoever made it, the caller may only go on with an application they may see; the row in hand
  // is enough for that, unless the other request of a double submit made it (then read it).
  return app && canRead(app, actor) ? app : await readApplication(ctx, actor, input.id);
}

export async function fileOnce(
  ctx: ServiceContext,
  actor: Actor,
  input: NewApplication & { id: string },
): Promise<ApplicationRecord> {
  const current = await createOnce(ctx, actor, input);
  if (current.state !== 'draft') return current;
  try {
    return await submitApplication(ctx, actor, input.id);
  } catch (error) {
    // The other request submitted it first: show where it is now.
    if (isAppError(error) && error.code === 'invalid-transition') return readApplication(ctx, actor, input.id);
    throw error;
  }
}
