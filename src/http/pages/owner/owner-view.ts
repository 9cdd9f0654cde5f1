// Parts the owner pages and the cabinet share: names from ГБД ФЛ, addresses from ЕГКН, an
// application's state as a tag, the relation an applicant states (P5).
import type { Claim } from '../../../domain/decision/types.ts';
import { maskIin } from '../../../domain/iin.ts';
import type { State } from '../../../domain/lifecycle/states.ts';
import type { RegistrationKind } from '../../../domain/registry-facts.ts';
import { type Language, type MessageKey, translate } from '../../../i18n/messages.ts';
import type { ServiceContext } from '../../../services/context.ts';
import { dwellingAddresses, personNames } from '../../../services/page-lookups.ts';
import { STATE_TONES, tag } from '../shared/components.ts';
import { optionOf } from '../shared/relation-options.ts';

/** Names from ГБД ФЛ in one round trip; an IIN the registry does not know shows masked. */
export async function namesOf(ctx: ServiceContext, iins: readonly string[]): Promise<(iin: string) => string> {
  const names = await personNames(ctx, iins);
  return (iin) => names.get(iin) ?? maskIin(iin);
}

/** Addresses from ЕГКН, one read per distinct dwelling; null for a dwelling it no longer lists. */
export async function addressesOf(
  ctx: ServiceContext,
  rkas: readonly (string | null)[],
): Promise<(rka: string | null) => string | null> {
  const addresses = await dwellingAddresses(
    ctx,
    rkas.filter((r): r is string => r !== null),
  );
  return (rka) => (rka === null ? null : (addresses.get(rka) ?? null));
}

export function addressText(lang: Language, rka: string | null, address: string | null): string {
  if (address) return address;
  return rka ? translate(lang, 'cabinet.address-unknown', { rka }) : '';
}

export function stateTag(lang: Language, state: State) {
  return tag(translate(lang, `state.${state}`), STATE_TONES[state]);
}

export function kindText(lang: Language, kind: RegistrationKind): string {
  return translate(lang, `cabinet.kind.${kind}`);
}

/** What the applicant states they are to the owner (P5), or why they need not say. */
export function relationText(lang: Language, claim: Claim | undefined): string {
  if (!claim || claim.kind === 'none') return translate(lang, 'consents.relation-none');
  if (claim.kind === 'student') return translate(lang, 'consents.relation-student');
  return translate(lang, `relation.${optionOf(claim)}` as MessageKey);
}
