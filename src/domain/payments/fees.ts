// services.md §5.8 and S9/S10 "Fee": what an invoice asks for. A definition's price list names
// an amount per variant and stage (004 L1 r.8: the base inspection cost on filing, the rest
// before the result is released). The figures of order № 21/НҚ are not in the sources, so the
// catalogue's amounts are placeholders; an operator configures the real figures (TIRKEU_PAYMENT_PRICES),
// and every invoice keeps the flag saying which kind of figure it asked for.
import { z } from 'zod';
import type { ServiceDefinition } from '../public-services/definition.ts';

type PriceListFee = Extract<ServiceDefinition['fees'], { kind: 'price-list' }>;
/** When a fee is paid: on filing, or before the result is released (004 L1 r.8). */
export type FeeStage = PriceListFee['stages'][number]['stage'];
/** The stages in the order they fall due. */
export const FEE_STAGES = ['on-filing', 'before-result'] as const satisfies readonly FeeStage[];

declare const tiyn: unique symbol;
/** An amount in tiyn (1/100 tenge): integers only, so no sum is ever rounded twice. */
export type Tiyn = number & { readonly [tiyn]: true };

export function tiynOfKzt(kzt: number): Tiyn {
  return Math.round(kzt * 100) as Tiyn;
}

/** A configured price: `S9b/on-filing` → tenge. */
export type PriceKey = `${string}/${FeeStage}`;
export type ConfiguredPrices = Readonly<Partial<Record<PriceKey, number>>>;

/** The shape of TIRKEU_PAYMENT_PRICES (JSON): `{"S9b/on-filing": 5200, "S9b/before-result": 11000}`. */
export const configuredPricesSchema = z.record(
  z
    .string()
    .regex(/^S\d{1,2}[a-z]?\/(on-filing|before-result)$/, 'a key is VARIANT/on-filing or VARIANT/before-result'),
  z.number().positive().max(100_000_000),
);

export type InvoiceAmount =
  | {
      kind: 'due';
      amount: Tiyn;
      /** True while the figure is the catalogue's placeholder, not a configured price. */
      placeholder: boolean;
      what: string;
    }
  /** The variant pays nothing at this stage (S10 has no second stage, S3 no price list). */
  | { kind: 'none' };

/** The fee of one variant at one stage, from the definition's price list and the configured prices. */
export function invoiceAmount(
  definition: ServiceDefinition,
  variant: string,
  stage: FeeStage,
  prices: ConfiguredPrices = {},
): InvoiceAmount {
  const fees = definition.fees;
  if (fees.kind !== 'price-list') return { kind: 'none' };
  if (!definition.variants.some((v) => v.id === variant)) return { kind: 'none' };
  const entry = fees.stages.find(
    (s) => s.stage === stage && (s.variants === undefined || s.variants.includes(variant)),
  );
  if (!entry) return { kind: 'none' };
  const configured = prices[`${variant}/${stage}`];
  if (configured !== undefined)
    return { kind: 'due', amount: tiynOfKzt(configured), placeholder: false, what: entry.what };
  return { kind: 'due', amount: tiynOfKzt(entry.price.kzt), placeholder: entry.price.placeholder, what: entry.what };
}

/** The stages a variant pays, in order (S9b: on filing and before the result; S9a, S10: on filing). */
export function stagesDue(definition: ServiceDefinition, variant: string): FeeStage[] {
  return FEE_STAGES.filter((stage) => invoiceAmount(definition, variant, stage).kind === 'due');
}

/** Configured keys that name no stage of any price list (a typo would otherwise leave a placeholder in force). */
export function unknownPriceKeys(definitions: readonly ServiceDefinition[], prices: ConfiguredPrices): string[] {
  return Object.keys(prices).filter((key) => {
    const [variant, stage] = key.split('/') as [string, FeeStage];
    return !definitions.some((d) => invoiceAmount(d, variant, stage).kind === 'due');
  });
}
