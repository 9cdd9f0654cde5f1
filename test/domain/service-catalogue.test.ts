import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { IsoDate } from '../../src/domain/dates.ts';
import { parseFilingMoment } from '../../src/domain/deadlines/clock.ts';
import { computeDeadline, deadlineProblem } from '../../src/domain/deadlines/deadline.ts';
import { DEADLINE_RULES, DEADLINE_SERVICES, type DeadlineService } from '../../src/domain/deadlines/rules.ts';
import {
  definitionWithDeadline,
  latestDefinitions,
  SERVICE_DEFINITIONS,
  serviceOn,
} from '../../src/domain/public-services/catalogue.ts';
import {
  deadlineRuleSchema,
  SERVICE_IDS,
  serviceDefinitionSchema,
} from '../../src/domain/public-services/definition.ts';
import { EXAMPLES } from '../support/family.ts';

const DEADLINES = join(EXAMPLES, 'deadlines');

describe('services.md §5: every definition has the common shape', () => {
  for (const definition of SERVICE_DEFINITIONS) {
    it(`${definition.id} ${definition.version} validates against the schema`, () => {
      const result = serviceDefinitionSchema.safeParse(definition);
      assert.ok(result.success, JSON.stringify(result.error?.issues.slice(0, 3)));
    });
  }

  it('holds every service S1–S10 of services.md §1, in order, each once per version', () => {
    assert.deepEqual(
      latestDefinitions().map((d) => d.id),
      [...SERVICE_IDS],
    );
    const versions = SERVICE_DEFINITIONS.map((d) => `${d.id}@${d.version}`);
    assert.equal(new Set(versions).size, versions.length);
  });

  it('gives ids that are unique within a definition (documents, steps, variants, grounds)', () => {
    for (const d of SERVICE_DEFINITIONS) {
      for (const [what, ids] of [
        ['documents', d.documents.map((x) => x.id)],
        ['steps', d.steps.map((x) => x.id)],
        ['variants', d.variants.map((x) => x.id)],
        ['grounds', d.refusal.grounds.map((x) => String(x.id))],
      ] as const)
        assert.equal(new Set(ids).size, ids.length, `${d.id} ${what}`);
    }
  });

  it('refers only to its own variants, and names a missing consent as a refusal ground it has', () => {
    for (const d of SERVICE_DEFINITIONS) {
      const variants = new Set(d.variants.map((v) => v.id));
      const referred = [
        ...d.steps.flatMap((s) => s.variants ?? []),
        ...d.documents.flatMap((doc) => doc.when.flatMap((c) => (c.kind === 'variant' ? c.variants : []))),
        ...(d.fees.kind === 'price-list' ? d.fees.stages.flatMap((s) => s.variants ?? []) : []),
      ];
      for (const v of referred) assert.ok(variants.has(v), `${d.id}: ${v}`);
      if (d.consent.refusalGround !== null)
        assert.ok(
          d.refusal.grounds.some((g) => g.id === d.consent.refusalGround),
          d.id,
        );
    }
  });

  it('marks every price a placeholder: the figures of order № 21/НҚ are not in the sources', () => {
    const prices = SERVICE_DEFINITIONS.flatMap((d) => (d.fees.kind === 'price-list' ? d.fees.stages : []));
    assert.ok(prices.length >= 4);
    for (const stage of prices) {
      assert.equal(stage.price.placeholder, true);
      assert.match(stage.price.note, /placeholder/i);
    }
  });
});

describe('S9, S10 (004): portal only, EDS or SMS code, consent, two-stage payment, hearing', () => {
  const s9 = latestDefinitions().find((d) => d.id === 'S9')!;
  const s10 = latestDefinitions().find((d) => d.id === 'S10')!;

  it('files on the portal only, with EDS or a one-time code to a БМГ phone', () => {
    for (const d of [s9, s10]) {
      assert.deepEqual(
        d.channels.map((c) => c.kind),
        ['portal'],
      );
      assert.deepEqual(d.channels[0]!.preconditions, ['eds', 'sms-code-bmg']);
    }
  });

  it('needs consent to protected data by EDS or SMS; without it, refusal ground 5', () => {
    for (const d of [s9, s10]) {
      assert.deepEqual(d.consent.means, ['eds', 'sms-code']);
      assert.equal(d.consent.refusalGround, 5);
      assert.equal(d.refusal.grounds.length, 5);
      assert.equal(d.refusal.procedure, 'hearing-when-over-3-working-days');
    }
  });

  it('pays S9b and S9c in two stages (on filing, before the result), S9a and S10 once', () => {
    assert.equal(s9.fees.kind, 'price-list');
    if (s9.fees.kind !== 'price-list') return;
    const stagesOf = (variant: string) =>
      s9.fees.kind === 'price-list'
        ? s9.fees.stages.filter((s) => s.variants?.includes(variant)).map((s) => s.stage)
        : [];
    assert.deepEqual(stagesOf('S9b'), ['on-filing', 'before-result']);
    assert.deepEqual(stagesOf('S9c'), ['on-filing', 'before-result']);
    assert.deepEqual(stagesOf('S9a'), ['on-filing']);
    assert.ok(s10.fees.kind === 'price-list' && s10.fees.stages.length === 1);
  });

  it('asks S9a for the commissioning act and land-plot document, S9b/S9c for the title document', () => {
    const forVariant = (variant: string) =>
      s9.documents
        .filter((doc) => doc.from === 'applicant' && doc.kind === 'e-copy')
        .filter((doc) => doc.when.every((c) => c.kind !== 'variant' || c.variants.includes(variant)))
        .filter((doc) => doc.when.every((c) => c.kind === 'variant'))
        .map((doc) => doc.id);
    assert.deepEqual(forVariant('S9a'), ['commissioning-act', 'land-plot-document']);
    assert.deepEqual(forVariant('S9b'), ['title-document']);
  });
});

describe('§5.7 deadlines: each definition uses the D4 rule of its service', () => {
  it('has exactly one variant for each D4 service, with the rule of rules.ts', () => {
    for (const service of DEADLINE_SERVICES) {
      const found = definitionWithDeadline(service);
      assert.ok(found, service);
      assert.equal(found.variant.id, service);
      assert.equal(found.variant.deadline.kind === 'rule' && found.variant.deadline.rule, DEADLINE_RULES[service]);
      assert.ok(deadlineRuleSchema.safeParse(DEADLINE_RULES[service]).success, service);
    }
  });

  it('states no deadline for S1–S5, whose Standard (cl.4) is not in the sources', () => {
    for (const d of latestDefinitions().slice(0, 5))
      for (const v of d.variants) assert.equal(v.deadline.kind, 'not-stated', d.id);
  });

  it("files through the definition's channels only, those a D4 rule also allows", () => {
    for (const service of DEADLINE_SERVICES) {
      const { definition } = definitionWithDeadline(service)!;
      const kinds = definition.channels.map((c) => c.kind);
      for (const channel of DEADLINE_RULES[service].channels)
        assert.ok(kinds.includes(channel), `${service} ${channel}`);
      // D2: the provider's office is a counter ("con") for the acceptance day.
      for (const kind of kinds)
        assert.ok(
          DEADLINE_RULES[service].channels.includes(kind === 'provider-office' ? 'con' : kind),
          `${service} ${kind}`,
        );
    }
  });

  const files = readdirSync(DEADLINES).filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'));
  for (const file of files) {
    it(`agrees with examples/deadlines/${file} through its definition`, () => {
      const { service, channel, filedAt, ...facts } = JSON.parse(readFileSync(join(DEADLINES, file), 'utf8')) as {
        service: DeadlineService;
        channel: 'portal' | 'con';
        filedAt: string;
      };
      const expected = JSON.parse(readFileSync(join(DEADLINES, file.replace(/\.json$/, '.expected.json')), 'utf8'));
      const { variant } = definitionWithDeadline(service)!;
      assert.equal(variant.deadline.kind, 'rule');
      if (variant.deadline.kind !== 'rule') return;
      const request = { channel, filedAt: parseFilingMoment(filedAt)!, facts };
      assert.equal(deadlineProblem(variant.deadline.rule, request), null);
      const got = computeDeadline(variant.deadline.rule, request);
      assert.deepEqual({ acceptedOn: got.acceptedOn, dueOn: got.dueOn }, expected);
    });
  }
});

describe('effective dating (like rulesets, pilot.md §0)', () => {
  it('gives the version in force on a date, or the latest marked not in force', () => {
    assert.deepEqual(serviceOn('S3', '2026-01-10' as IsoDate).inForce, true);
    assert.deepEqual(serviceOn('S3', '2026-07-01' as IsoDate).inForce, false);
    assert.equal(serviceOn('S1', '2026-01-10' as IsoDate).inForce, false, '002 was repealed in 2015');
    assert.equal(serviceOn('S9', '2026-03-19' as IsoDate).inForce, true);
    assert.equal(serviceOn('S9', '2025-12-31' as IsoDate).inForce, false);
    assert.equal(serviceOn('S7', '2026-03-19' as IsoDate).inForce, true, 'undated: taken as in force');
  });
});
