// Issue 21, open data: the norm aggregates anyone may download — the curve from 10 to 25 m² per
// person and the distribution by district, as CSV and JSON — with a published schema: a
// Frictionless Data Package (Table Schema for each CSV) and a JSON Schema for the JSON, made from
// the same zod schema the tests check the JSON against. Only published counts (suppressed cells
// empty or null) are in them.
import { z } from 'zod';
import { bucketLabel, BUCKETS } from '../../domain/analytics/distribution.ts';
import type { NormOutcome } from '../../domain/analytics/norm-simulation.ts';
import { type CsvValue, toCsv } from './csv.ts';
import type { NormReport } from './norm-report.ts';

const count = z.number().int().nonnegative().nullable().describe('null: suppressed (fewer than 10 persons)');

const Outcome = z.object({
  m2PerPerson: z.number().positive(),
  dwellings: z.object({
    total: z.number().int().nonnegative(),
    belowNorm: count,
    atNorm: count,
    aboveNorm: count,
    atOrAboveNorm: count,
  }),
  persons: z.object({
    registered: count,
    inDwellingsBelowNorm: count,
    inDwellingsAtNorm: count,
    inDwellingsAboveNorm: count,
    beyondCapacity: count,
  }),
  nonRelatives: z.object({
    placesLeft: count,
    refusedInDwellings: count,
    refusedShare: z.number().min(0).max(1).nullable(),
  }),
});

export const OpenNormJson = z.object({
  city: z.string(),
  date: z.iso.date(),
  ruleset: z.object({ id: z.string(), version: z.string(), m2PerPerson: z.number() }),
  suppression: z.object({ minCellPersons: z.number().int() }),
  curve: z.array(Outcome),
  districts: z.array(
    z.object({
      district: z.string(),
      dwellings: count,
      persons: count,
      buckets: z.array(count).length(BUCKETS),
      emptyDwellings: z.number().int().nonnegative(),
    }),
  ),
});
export type OpenNormJson = z.infer<typeof OpenNormJson>;

export function openNormJson(report: NormReport): OpenNormJson {
  const outcome = (o: NormOutcome) => ({
    m2PerPerson: o.m2PerPerson,
    dwellings: o.dwellings,
    persons: o.persons,
    nonRelatives: o.nonRelatives,
  });
  return {
    city: report.city,
    date: report.date,
    ruleset: { id: report.ruleset.id, version: report.ruleset.version, m2PerPerson: report.ruleset.m2PerPerson },
    suppression: report.suppression,
    curve: report.curve.map(outcome),
    districts: report.districts,
  };
}

export function normJsonSchema(): unknown {
  return z.toJSONSchema(OpenNormJson);
}

const CURVE_FIELDS = [
  ['city', 'string', 'City code of the address register'],
  ['date', 'date', 'Registrations active on this day'],
  ['m2_per_person', 'number', 'm² of area per registered person (N1)'],
  ['dwellings_total', 'integer', 'Dwellings in the city'],
  ['dwellings_below_norm', 'integer', 'Dwellings with fewer registered than the capacity'],
  ['dwellings_at_norm', 'integer', 'Dwellings with as many registered as the capacity'],
  ['dwellings_above_norm', 'integer', 'Dwellings with more registered than the capacity'],
  ['dwellings_at_or_above_norm', 'integer', 'Dwellings where a non-relative would be refused'],
  ['persons_registered', 'integer', 'Persons registered in the city'],
  ['places_left', 'integer', 'Registrations of non-relatives the norm still allows'],
  ['refused_share', 'number', 'dwellings_at_or_above_norm / dwellings_total'],
] as const;

const DISTRICT_FIELDS = [
  ['city', 'string', 'City code of the address register'],
  ['date', 'date', 'Registrations active on this day'],
  ['district', 'string', 'District code (astana: almaty, baikonyr, yesil, nura, saryarka, saraishyk, other)'],
  ['m2_per_person', 'string', 'Bucket of m² of area per registered person, e.g. 10–15 (from 10, under 15)'],
  ['persons', 'integer', 'Persons registered in dwellings of the district in this bucket'],
] as const;

export function curveCsv(report: NormReport): string {
  return toCsv(
    CURVE_FIELDS.map(([name]) => name),
    report.curve.map((o): CsvValue[] => [
      report.city,
      report.date,
      o.m2PerPerson,
      o.dwellings.total,
      o.dwellings.belowNorm,
      o.dwellings.atNorm,
      o.dwellings.aboveNorm,
      o.dwellings.atOrAboveNorm,
      o.persons.registered,
      o.nonRelatives.placesLeft,
      o.nonRelatives.refusedShare,
    ]),
  );
}

export function districtsCsv(report: NormReport): string {
  return toCsv(
    DISTRICT_FIELDS.map(([name]) => name),
    report.districts.flatMap((d) =>
      d.buckets.map((persons, b): CsvValue[] => [report.city, report.date, d.district, bucketLabel(b), persons]),
    ),
  );
}

function tableSchema(fields: readonly (readonly [string, string, string])[]) {
  return {
    fields: fields.map(([name, type, description]) => ({ name, type, description })),
    // A suppressed cell (1–9 persons) is an empty field.
    missingValues: [''],
  };
}

/** The Data Package (datapackage.json) describing the open files, under `base` (their URL path). */
export function dataPackage(base: string) {
  return {
    name: 'tirkeu-norm-aggregates',
    title: 'Astana housing norm (N1): registrations per m², aggregated',
    licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/' }],
    description:
      'Aggregates of the registration register and the real-estate cadastre. Cells about 1 to 9 persons are suppressed (empty in CSV, null in JSON).',
    resources: [
      {
        name: 'norm-curve',
        path: `${base}/norm-curve.csv`,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        schema: tableSchema(CURVE_FIELDS),
      },
      {
        name: 'norm-districts',
        path: `${base}/norm-districts.csv`,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        schema: tableSchema(DISTRICT_FIELDS),
      },
      {
        name: 'norm',
        path: `${base}/norm.json`,
        format: 'json',
        mediatype: 'application/json',
        schema: `${base}/norm.schema.json`,
      },
    ],
  };
}
