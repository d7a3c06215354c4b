// The gate as the services call it: the tenant's people are found, the tenant's vocabulary is left alone.
import { describe, expect, it } from 'vitest';
import { DomeinFout } from '../../src/domain/fouten.ts';
import { type PoortKennis, poortVelden } from '../../src/services/privacypoort.ts';
import { nederlandsePrivacyPoort } from '../../src/services/privacyscanner.ts';

function gevonden(tekst: string, kennis: PoortKennis | readonly string[]): string[] {
  try {
    poortVelden(nederlandsePrivacyPoort, { situatie: tekst }, kennis);
  } catch (e) {
    if (!(e instanceof DomeinFout)) throw e;
    return (e.velden[0]?.vondsten ?? []).map((v) => `${v.soort}:${tekst.slice(v.start, v.eind)}`);
  }
  return [];
}

describe("poortVelden with the tenant's knowledge", () => {
  const tekst = 'Begeleiding via Jeugdhulp Kees Boeke loopt door.';

  it('takes a name inside an organisation for a person when it does not know the organisation', () => {
    expect(gevonden(tekst, [])).toEqual(['naam:Kees Boeke']);
  });

  it("leaves the tenant's own organisations, knelpunten and tables alone", () => {
    const kennis = { namen: [], woordenschat: ['Jeugdhulp Kees Boeke', 'City-deal tafel Utrecht'] };
    expect(gevonden(tekst, kennis)).toEqual([]);
  });

  it("finds the tenant's own people outside its vocabulary, never inside it", () => {
    const kennis = { namen: ['Kees Boeke'], woordenschat: ['Jeugdhulp Kees Boeke'] };
    expect(gevonden(tekst, kennis)).toEqual([]);
    expect(gevonden('Kees Boeke van de jeugdhulp belt morgen.', kennis)).toEqual(['naam:Kees Boeke']);
  });

  it('accepts a plain list of names, as before', () => {
    expect(gevonden('Ik heb Groen gebeld.', [])).toEqual([]);
    expect(gevonden('Ik heb Groen gebeld.', ['Jan Groen'])).toEqual(['naam:Groen']);
  });
});
