// The generator's deterministic population, shared by tests instead of hand-made fixtures.
import type { RegistryDataset } from '../../src/domain/registry-facts.ts';
import { PopulationGenerator } from '../../src/population/generator.ts';

const cache = new Map<string, RegistryDataset>();

export function population(persons = 3000, seed = 20251111n, chunkSize = 1000): RegistryDataset {
  const key = `${persons}/${seed}/${chunkSize}`;
  let data = cache.get(key);
  if (!data) {
    data = PopulationGenerator.generateAll({ persons, seed, chunkSize });
    cache.set(key, data);
  }
  return data;
}
