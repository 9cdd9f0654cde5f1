// Issue 21: the distribution of m² per registered person by district — how many persons are
// registered in dwellings with under 10, 10–15, … m² for each of them — as an analyst may see it:
// cells of 1–9 persons suppressed within each district's row (suppression.ts).
import { type District, districtOf, districtOrder } from './districts.ts';
import { type Published, publishRow } from './suppression.ts';

/** Bucket edges in m² per registered person; bucket i is [edge i-1, edge i), 0 below the first. */
export const M2_BUCKET_EDGES = [10, 15, 20, 25, 30, 40] as const;
export const BUCKETS = M2_BUCKET_EDGES.length + 1;

/** A bucket's label: "<10", "10–15", …, "≥40". */
export function bucketLabel(bucket: number): string {
  if (bucket <= 0) return `<${M2_BUCKET_EDGES[0]}`;
  if (bucket >= M2_BUCKET_EDGES.length) return `≥${M2_BUCKET_EDGES.at(-1)}`;
  return `${M2_BUCKET_EDGES[bucket - 1]}–${M2_BUCKET_EDGES[bucket]}`;
}

/** What the registries sum per street: dwellings and persons per bucket (null: nobody registered). */
export interface StreetBucket {
  /** The place and the street, as the address register writes them (districts.ts). */
  street: string;
  bucket: number | null;
  dwellings: number;
  persons: number;
}

export interface DistrictRow {
  district: District;
  /** Dwellings with at least one registered person, and those persons. */
  dwellings: Published;
  persons: Published;
  /** Persons per bucket of m² per person (BUCKETS of them), null where suppressed. */
  buckets: Published[];
  /** Dwellings where nobody is registered (no person is counted in them). */
  emptyDwellings: number;
}

export function districtDistribution(city: string, rows: readonly StreetBucket[]): DistrictRow[] {
  const sums = new Map<District, { persons: number[]; dwellings: number; empty: number }>();
  for (const district of districtOrder(city)) {
    sums.set(district, { persons: Array<number>(BUCKETS).fill(0), dwellings: 0, empty: 0 });
  }
  for (const row of rows) {
    const sum = sums.get(districtOf(city, row.street))!;
    if (row.bucket === null) {
      sum.empty += row.dwellings;
      continue;
    }
    const bucket = Math.max(0, Math.min(BUCKETS - 1, row.bucket));
    sum.persons[bucket] = sum.persons[bucket]! + row.persons;
    sum.dwellings += row.dwellings;
  }
  return [...sums.entries()]
    .filter(([district, s]) => district !== 'other' || s.dwellings + s.empty > 0)
    .map(([district, s]) => {
      const published = publishRow(s.persons);
      return {
        district,
        dwellings: published.total === null ? null : s.dwellings,
        persons: published.total,
        buckets: published.cells,
        emptyDwellings: s.empty,
      };
    });
}
