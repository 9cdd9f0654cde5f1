// Owners and their representatives (domain/owners.ts) on the spec family: who is a minor or
// incapable owner (P1.1, P2.1), who may act for one (P2.2), who must consent (P7, I4).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { IsoDate } from '../../src/domain/dates.ts';
import { indexFacts } from '../../src/domain/fact-index.ts';
import { authorityOf, consenters, livingOwners, ownerStatus } from '../../src/domain/owners.ts';
import type { Person } from '../../src/domain/registry-facts.ts';
import { parseScenarioValue } from '../../src/registries/scenario/read.ts';
import { D, P, scenario } from '../support/family.ts';

const DATE = '2025-12-01' as IsoDate;
const ADULT = 18;
const facts = indexFacts(parseScenarioValue(scenario({ applicant: P.dana, rka: D.D1 })).data);
const person = (iin: string): Person => facts.person(iin)!;

describe('P1.1 and P2.1: a minor or incapable owner (ownerStatus)', () => {
  it('counts an owner under the adult age on the date as a minor, and from that birthday on as an adult', () => {
    // Erasyl was born on 2010-10-10.
    const minor = ownerStatus(person(P.erasyl), DATE, ADULT);
    assert.deepEqual([minor.age, minor.minor, minor.positive], [15, true, true]);
    assert.equal(ownerStatus(person(P.erasyl), '2028-10-09' as IsoDate, ADULT).minor, true);
    const adult = ownerStatus(person(P.erasyl), '2028-10-10' as IsoDate, ADULT);
    assert.deepEqual([adult.minor, adult.positive], [false, false]);
  });

  it('takes incapacity from Е-Собес, whatever the age', () => {
    const status = ownerStatus(person(P.bauyrzhan), DATE, ADULT);
    assert.deepEqual([status.minor, status.incapable, status.positive], [false, true, true]);
  });

  it('is negative for a capable adult and for a deceased owner (I8)', () => {
    assert.equal(ownerStatus(person(P.viktor), DATE, ADULT).positive, false);
    const dead = ownerStatus({ ...person(P.erasyl), deathDate: DATE }, DATE, ADULT);
    assert.deepEqual([dead.deceased, dead.positive], [true, false]);
    const later = ownerStatus({ ...person(P.erasyl), deathDate: '2025-12-02' as IsoDate }, DATE, ADULT);
    assert.deepEqual([later.deceased, later.positive], [false, true]);
  });

  it('lists the living owners ГБД ФЛ holds, in the order given (I4)', () => {
    const owners = livingOwners(facts, [P.aigerim, P.kairat, '900701300108', P.erasyl], DATE, ADULT);
    assert.deepEqual(
      owners.map((o) => [o.person.iin, o.positive]),
      [
        [P.aigerim, false],
        [P.erasyl, true],
      ],
    );
  });
});

describe("P2.2: the representative's authority (authorityOf)", () => {
  const authority = (owner: string, representative: string | null) =>
    authorityOf(facts.birthActOf(owner), facts.guardiansOf(owner, DATE), representative);

  it("recognises the mother and the father of the owner's birth act", () => {
    assert.deepEqual(authority(P.erasyl, P.aigerim), {
      kind: 'parent',
      role: 'mother',
      mother: P.aigerim,
      father: P.timur,
      guardians: [],
    });
    assert.equal(authority(P.erasyl, P.timur).kind, 'parent');
  });

  it('recognises a guardian on record on the date', () => {
    const found = authority(P.bauyrzhan, P.gulmira);
    assert.equal(found.kind, 'guardian');
    assert.deepEqual(found.guardians, [P.gulmira]);
    const before = authorityOf(
      facts.birthActOf(P.bauyrzhan),
      facts.guardiansOf(P.bauyrzhan, '2014-12-31' as IsoDate),
      P.gulmira,
    );
    assert.equal(before.kind, 'none');
  });

  it('gives no authority to anyone else, nor to a representative not named', () => {
    assert.equal(authority(P.erasyl, P.dana).kind, 'none');
    assert.equal(authority(P.erasyl, null).kind, 'none');
    // No birth act (null mother and father) must not match a missing representative either.
    assert.equal(authorityOf(null, [], null).kind, 'none');
  });
});

describe('P7 and I4: who must consent (consenters)', () => {
  const ask = (rka: string, applicant: string, representative: string | null = null, data = facts) =>
    consenters(data, { rka, applicant, representative, date: DATE, adultAge: ADULT });

  it('asks a capable adult owner themselves', () => {
    assert.deepEqual(ask(D.D3, P.dana), [{ owner: P.viktor, answerer: P.viktor }]);
  });

  it('asks the representative for a minor owner, and nobody for one when none is named', () => {
    // Owners in ЕГКН order (by IIN).
    assert.deepEqual(ask(D.D5, P.dana, P.timur), [
      { owner: P.erasyl, answerer: P.timur },
      { owner: P.aigerim, answerer: P.aigerim },
    ]);
    assert.deepEqual(ask(D.D5, P.dana), [{ owner: P.aigerim, answerer: P.aigerim }]);
  });

  it('asks nobody when the applicant is an owner (I2), or when the dwelling is unknown', () => {
    assert.deepEqual(ask(D.D5, P.erasyl, P.timur), []);
    assert.deepEqual(ask('0000000000000000', P.dana), []);
  });

  it('never asks a dead owner, even one who died after the application date', () => {
    const data = parseScenarioValue(
      scenario({ applicant: P.dana, rka: D.D3 }, (s) => {
        const viktor = s.persons.find((p) => p.iin === P.viktor)!;
        viktor.deathDate = '2025-12-05';
      }),
    ).data;
    assert.deepEqual(ask(D.D3, P.dana, null, indexFacts(data)), []);
  });
});
