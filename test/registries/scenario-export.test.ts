import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { IsoDate } from '../../src/domain/dates.ts';
import { indexFacts } from '../../src/domain/fact-index.ts';
import { ALL_RELATIONS, confirmRelation, relationLabel } from '../../src/domain/kinship.ts';
import type { AppError } from '../../src/errors.ts';
import { AS_OF } from '../../src/population/generator.ts';
import { createMemoryRegistries } from '../../src/registries/memory/index.ts';
import type { Registries } from '../../src/registries/ports.ts';
import { parseScenarioValue } from '../../src/registries/scenario/read.ts';
import { type ExportRequest, exportScenario } from '../../src/registries/scenario/export.ts';
import { createSqlRegistries } from '../../src/registries/sql/index.ts';
import { ENGINES, openLoadedDatabase, type TestDatabase } from '../support/engines.ts';
import { population } from '../support/population.ts';

const data = population(3000, 404n, 1000);
const source = createMemoryRegistries(data);

/** Applications worth replaying: a sibling, an in-law and a grandchild of an Astana owner. */
async function interestingRequests(): Promise<ExportRequest[]> {
  const requests: ExportRequest[] = [];
  for (const d of data.dwellings.filter((x) => x.city === 'astana' && x.owners.length > 0)) {
    const owner = d.owners[0]!.iin;
    const own = await source.civil.birthActOf(owner);
    const siblings = own?.mother
      ? (await source.civil.birthActsAsParent(own.mother)).filter((b) => b.child !== owner)
      : [];
    const spouse = (await source.civil.marriagesOf(owner)).flatMap((m) => m.spouses).find((s) => s !== owner);
    const spouseParents = spouse ? await source.civil.birthActOf(spouse) : null;
    const base = { date: AS_OF, rka: d.rka, owner, service: 'permanent', channel: 'online' } as const;
    if (siblings[0]) requests.push({ ...base, applicant: siblings[0].child, relation: { kind: 'sibling-full' } });
    if (spouseParents?.mother)
      requests.push({ ...base, applicant: spouseParents.mother, relation: { kind: 'in-law' } });
    if (requests.length >= 12) break;
  }
  return requests;
}

async function kinship(registries: Registries, iin: string) {
  const own = await registries.civil.birthActOf(iin);
  const parents = [own?.mother, own?.father].filter((x): x is string => !!x);
  return {
    person: await registries.persons.person(iin),
    own,
    children: await registries.civil.birthActsAsParent(iin),
    marriages: await registries.civil.marriagesOf(iin),
    siblings: (await Promise.all(parents.map((p) => registries.civil.birthActsAsParent(p)))).map((l) =>
      l.map((b) => b.child),
    ),
    grandparents: await Promise.all(parents.map((p) => registries.civil.birthActOf(p))),
  };
}

describe('scenario export (tirkeu scenario)', () => {
  let requests: ExportRequest[];
  before(async () => {
    requests = await interestingRequests();
  });

  it('finds sibling and in-law cases in the generated population', () => {
    assert.ok(requests.some((r) => r.relation?.kind === 'sibling-full'));
    assert.ok(requests.some((r) => r.relation?.kind === 'in-law'));
  });

  it('writes files that read back and answer every kinship question of the rules as the registries do', async () => {
    for (const request of requests) {
      const file = await exportScenario(source, request);
      const replay = createMemoryRegistries(parseScenarioValue(JSON.parse(JSON.stringify(file))).data);
      const spouse = (await source.civil.marriagesOf(request.owner!))
        .flatMap((m) => m.spouses)
        .filter((s) => s !== request.owner);
      for (const iin of [request.applicant, request.owner!]) {
        assert.deepEqual(await kinship(replay, iin), await kinship(source, iin), `kinship of ${iin}`);
      }
      // Every relation the rules can ask about, between the people named and the owner's spouses.
      const people = [request.applicant, request.owner!, ...spouse];
      const [sourceFacts, replayFacts] = [
        indexFacts(data),
        indexFacts(parseScenarioValue(JSON.parse(JSON.stringify(file))).data),
      ];
      for (const a of people) {
        for (const b of people) {
          for (const r of ALL_RELATIONS) {
            assert.equal(
              confirmRelation(replayFacts, a, b, r, request.date).confirmed,
              confirmRelation(sourceFacts, a, b, r, request.date).confirmed,
              `${a} ${relationLabel(r)} ${b}`,
            );
          }
        }
      }
      assert.deepEqual(
        await replay.registrations.activeAt(request.rka, request.date),
        await source.registrations.activeAt(request.rka, request.date),
      );
      assert.deepEqual(await replay.realEstate.dwelling(request.rka), await source.realEstate.dwelling(request.rka));
      assert.deepEqual(
        await replay.education.enrolmentsOn(request.applicant, request.date),
        await source.education.enrolmentsOn(request.applicant, request.date),
      );
      assert.equal(file.application.relation?.kind, request.relation?.kind);
    }
  });

  it('refuses an unknown РКА or applicant with a coded error', async () => {
    const request = {
      date: '2025-12-01' as IsoDate,
      applicant: data.persons[0]!.iin,
      rka: '0000000000000000',
      service: 'permanent',
      channel: 'online',
    } as const;
    await assert.rejects(exportScenario(source, request), (e: AppError) => e.code === 'scenario-not-found');
    await assert.rejects(
      exportScenario(source, { ...request, rka: data.dwellings[0]!.rka, applicant: '900701300108' }),
      (e: AppError) => e.code === 'scenario-not-found',
    );
  });

  for (const engine of ENGINES) {
    describe(`from the SQL registries [${engine}]`, () => {
      let test: TestDatabase;
      before(async () => {
        test = await openLoadedDatabase(engine, data);
      });
      after(() => test.dispose());

      it('writes the same file as from memory', async () => {
        const sqlRegistries = createSqlRegistries(test.database.db);
        for (const request of requests.slice(0, 6)) {
          assert.deepEqual(await exportScenario(sqlRegistries, request), await exportScenario(source, request));
        }
      });
    });
  }
});
