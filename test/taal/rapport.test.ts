// The monthly bottleneck report for a tenant that reads English: summary, CSV and chart in English, with
// English number and date formats; the same report for a Dutch tenant as before.
import { describe, expect, it } from 'vitest';
import { type DomeinFout, veldTekst } from '../../src/domain/fouten.ts';
import { grafiekBeschrijving, grafiekOpties } from '../../src/register/grafiek.ts';
import { aggregeer, type KnelpuntCijfers, type Rapport } from '../../src/register/rapportage.ts';
import { naarCsv, samenvatting } from '../../src/register/rapportuitvoer.ts';
import { gevraagdeTafel, type Zicht } from '../../src/register/toegang.ts';
import type { Taal } from '../../src/taal/taal.ts';
import { standaardKalender } from '../../src/time/index.ts';

const NEDERLANDS = /Totaal|casussen|Knelpunt|toegekend|werkuren|Kosten| t\/m | de | van /i;
const CODE = /\b[a-z]+_[a-z_]+\b/;

const cijfers = (
  naam: string,
  code: string | null,
  extra: Partial<KnelpuntCijfers> = {},
): KnelpuntCijfers => ({
  knelpunt: { code, naam },
  casussen: 3,
  uitkomsten: { toegekend: 1, deels_toegekend: 1, afgewezen: 0, doorverwezen: 0 },
  open: 1,
  ingetrokken: 0,
  kostenMaatwerkCent: 123_450,
  kostenNietsDoenCent: 1_000_000,
  mediaanWerkuren: 12.5,
  toezeggingen: { open: 2, verlopen: 1 },
  evaluaties: { gewerkt: 1, nietGewerkt: 0, nogNiet: 1 },
  ...extra,
});

/** The report as maakRapport builds it for a tenant: the names of its own rows in the tenant's language. */
function rapport(taal: Taal, tafel = true): Rapport {
  const { totaal } = aggregeer([], standaardKalender, taal);
  const eigen = aggregeer(
    [{ knelpuntCode: null, knelpuntNaam: null, status: 'open', ingediend: new Date(), besluit: null }],
    standaardKalender,
    taal,
  ).knelpunten[0]!.knelpunt;
  return {
    tenant: { slug: 'city', naam: 'City Council', taal },
    tafel: tafel ? { slug: 'city-table', naam: 'City table' } : null,
    van: '2026-03-01',
    tot: '2026-03-31',
    gemaakt: '2026-04-01T06:00:00.000Z',
    doorlooptijdEenheid: 'werkuren',
    knelpunten: [cijfers('Housing benefit cap', 'cap'), cijfers(eigen.naam, null, { casussen: 1 })],
    totaal: { ...cijfers(totaal.knelpunt.naam, null), casussen: 4, kostenMaatwerkCent: 246_900 },
  };
}

/** Every text of the chart a person sees: titles, axis names, legend (the series' names). */
function grafiekTeksten(r: Rapport): string[] {
  const o = grafiekOpties(r) as {
    title: { text: string; subtext: string };
    xAxis: { name: string }[];
    series: { name: string }[];
  };
  return [o.title.text, o.title.subtext, ...o.xAxis.map((a) => a.name), ...o.series.map((s) => s.name)];
}

describe('the bottleneck report in the tenant’s language', () => {
  it('summary: English words, dates and decimal points for an English tenant', () => {
    const en = samenvatting(rapport('en'));
    expect(en.split('\n')[0]).toBe(
      'Bottleneck report City table, 1 Mar 2026 to 31 Mar 2026: 4 cases (1 granted, 1 partly granted, 0 refused, 0 referred, 1 still open).',
    );
    expect(en).toContain('median 12.5 working hours (1.6 working days)');
    expect(en).toContain('€2,469');
    expect(en).toContain('- Own description (not in the list): 1 (2 (partly) granted)');
    expect(en).not.toMatch(NEDERLANDS);
    expect(en).not.toMatch(CODE);
    expect(samenvatting({ ...rapport('en', false), totaal: { ...rapport('en').totaal, casussen: 0 } })).toBe(
      'Bottleneck report all tables of City Council, 1 Mar 2026 to 31 Mar 2026: no cases in this period.',
    );
  });

  it('summary: Dutch as before for a Dutch tenant', () => {
    const nl = samenvatting(rapport('nl'));
    expect(nl.split('\n')[0]).toBe(
      'Knelpuntenrapport City table, 1-3-2026 t/m 31-3-2026: 4 casussen (1 toegekend, 1 deels toegekend, 0 afgewezen, 0 doorverwezen, 1 nog open).',
    );
    expect(nl).toContain('mediaan 12,5 werkuren (1,6 werkdagen)');
    expect(nl).not.toMatch(CODE);
  });

  it('CSV: English headers, the total row and a decimal point for an English tenant', () => {
    const [kop, ...rijen] = naarCsv(rapport('en')).slice(1).split('\r\n');
    expect(kop).toBe(
      'Bottleneck;Code;Cases;Granted;Partly granted;Refused;Referred;Still open;Withdrawn;' +
        'Cost of tailored solutions (EUR, granted or partly granted, partly granted at the amount granted);' +
        'Cost of doing nothing, estimated (EUR, granted or partly granted);Median lead time (working hours);' +
        'Open commitments;Of which overdue;Worked;Did not work;Not yet evaluated',
    );
    expect(rijen[2]).toMatch(/^Total;;4;.*;2469\.00;10000\.00;12\.5;/);
    const zichtbaar = [kop, ...rijen.map((r) => r.split(';')[0])].join('\n');
    expect(zichtbaar).not.toMatch(NEDERLANDS);
    expect(zichtbaar).not.toMatch(CODE);
    // The Dutch CSV keeps its headers and its decimal comma.
    const [kopNl, , , totaalNl] = naarCsv(rapport('nl')).slice(1).split('\r\n');
    expect(kopNl).toMatch(/^Knelpunt;Code;Casussen;Toegekend;Deels toegekend;/);
    expect(totaalNl).toMatch(/^Totaal;;4;.*;2469,00;10000,00;12,5;/);
  });

  it('chart: title, subtitle, axes, legend and description in English for an English tenant', () => {
    const en = grafiekTeksten(rapport('en'));
    expect(en.slice(0, 2)).toEqual(['Bottlenecks — City table', '1 Mar 2026 to 31 Mar 2026 · 4 cases']);
    expect(en).toContain('Partly granted');
    for (const t of [...en, grafiekBeschrijving(rapport('en'))]) {
      expect(t).not.toMatch(NEDERLANDS);
      expect(t).not.toMatch(CODE);
    }
    const nl = grafiekTeksten(rapport('nl'));
    expect(nl.slice(0, 3)).toEqual([
      'Knelpunten — City table',
      '1-3-2026 t/m 31-3-2026 · 4 casussen',
      'casussen',
    ]);
    for (const t of nl) expect(t).not.toMatch(CODE);
  });
});

describe('refusals of the register in the reader’s language', () => {
  const zicht: Zicht = {
    persoonId: 'p',
    tenantId: 't',
    tafelIds: ['a'],
    alleTafels: false,
    tafel: null,
    knelpuntId: null,
    lexemen: 0,
  };
  const weigering = (z: Zicht): DomeinFout => {
    try {
      gevraagdeTafel(z);
    } catch (e) {
      return e as DomeinFout;
    }
    throw new Error('the table was given');
  };

  it.each([
    ['a table that does not exist', zicht],
    ['a table the person is not at', { ...zicht, tafel: { id: 'b', naam: 'City table' } }],
  ])('%s: the message and its field in English, the Dutch unchanged', (_, z) => {
    const fout = weigering(z);
    const en = [fout.tekst('en'), ...fout.velden.map((v) => veldTekst(v, 'en'))];
    for (const t of en) expect(t).not.toMatch(/ de | het | tafel|Kies | u /i);
    expect(fout.tekst('nl')).toBe(fout.message);
    expect(fout.message).toMatch(/^(Deze tafel bestaat niet\.|U zit niet aan City table; )/);
  });
});
