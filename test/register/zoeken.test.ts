// The precedent register on a fixture of 200+ besluiten: Dutch stemming with the normaliser, ranking,
// filters, excerpts, and isolation between tenants and tables (PGlite always, PostgreSQL when reachable).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDomeinFout } from '../../src/domain/fouten.ts';
import { indexeerBesluit } from '../../src/register/indexeren.ts';
import { periode } from '../../src/register/periode.ts';
import { GEEN_TAFEL } from '../../src/register/toegang.ts';
import {
  type Precedent,
  vergelijkbareBesluiten,
  type ZoekFilters,
  zoekBesluiten,
} from '../../src/register/zoeken.ts';
import { respond } from '../../src/services/antwoorden.ts';
import { raiseCasus } from '../../src/services/casus.ts';
import { inTransactie } from '../../src/services/context.ts';
import type { Identiteit } from '../../src/services/identiteit.ts';
import { maakOmgeving, rondRondesAf, SOORTEN, type TestOmgeving } from '../helpers/database.ts';
import { consulent, directeur, intake, LEDEN, wie } from '../helpers/intake.ts';
import { ams } from '../helpers/klok.ts';
import {
  type BesluitSpec,
  importeer,
  legBesluitenAan,
  vulling,
  yamlAndereGemeente,
  yamlMetTweeTafels,
} from './fixture.ts';

const VULLING = vulling(200);

const GEPLANT: BesluitSpec[] = [
  {
    referentie: 'MW-2024-0001',
    tafel: 'citydeal-utrecht',
    knelpunt: 'kostendelersnorm',
    titel: 'Alleenstaande ouder met gezin zonder inkomen',
    waarom: 'Het gezin kan de huur niet betalen zolang de norm geldt.',
    hoe: 'Een jaar geen korting op de bijstand.',
    uitkomst: 'toegekend',
    ingediend: '2025-03-10 10:00',
    genomen: '2025-03-11 10:00',
  },
  {
    referentie: 'MW-2024-0002',
    tafel: 'citydeal-utrecht',
    knelpunt: 'urgentie-woning',
    titel: 'Twee gezinnen delen één woning',
    waarom: 'De gezinnen wonen te krap; voorrang is nodig.',
    uitkomst: 'doorverwezen',
    leefgebieden: ['wonen'],
    ingediend: '2025-04-01 10:00',
    genomen: '2025-04-02 10:00',
  },
  {
    referentie: 'MW-2024-0003',
    tafel: 'citydeal-utrecht',
    knelpunt: 'leerlingenvervoer',
    titel: 'Vervoer naar school voor kind met autisme',
    waarom: 'Het kind kan niet zelfstandig met de bus reizen.',
    uitkomst: 'toegekend',
    leefgebieden: ['onderwijs', 'jeugd_opvoeding'],
    ingediend: '2025-05-01 10:00',
    genomen: '2025-05-02 10:00',
  },
  {
    referentie: 'MW-2024-0004',
    tafel: 'citydeal-utrecht',
    knelpunt: 'leerlingenvervoer',
    titel: 'Kinderen missen lessen door laat vervoer',
    waarom: 'De kinderen komen elke dag te laat op school.',
    uitkomst: 'afgewezen',
    leefgebieden: ['onderwijs'],
    ingediend: '2025-05-05 10:00',
    genomen: '2025-05-06 10:00',
  },
  {
    referentie: 'MW-2024-0005',
    tafel: 'citydeal-utrecht',
    knelpunt: 'id-kaart-leges',
    titel: 'Leges voor een identiteitsbewijs',
    // Markup characters and a marker character in the text must not leak into the excerpt.
    waarom: 'Bij autisme past een vaste begeleider (*niet* wisselend) <b>vet</b> \u0002 & klaar.',
    uitkomst: 'toegekend',
    ingediend: '2025-06-02 10:00',
    genomen: '2025-06-03 10:00',
  },
  {
    referentie: 'MW-2024-0006',
    tafel: 'citydeal-utrecht',
    knelpunt: null,
    knelpuntVrij: 'Geen woonruimte na scheiding',
    titel: 'Geen huis na de scheiding',
    waarom: 'Zonder huis is inschrijving bij de gemeente niet mogelijk.',
    uitkomst: 'afgewezen',
    ingediend: '2025-07-01 10:00',
    genomen: '2025-07-02 10:00',
  },
  {
    referentie: 'MW-2024-0007',
    tafel: 'wijktafel-noord',
    knelpunt: null,
    knelpuntVrij: 'Afsluiting van energie',
    titel: 'Gezin in de wijk zonder stroom',
    waarom: 'Afsluiten treft het gezin; de leverancier wacht met afsluiten.',
    uitkomst: 'toegekend',
    ingediend: '2025-08-04 10:00',
    genomen: '2025-08-05 10:00',
  },
];

const AMERSFOORT: BesluitSpec[] = [
  {
    // The same reference as in Utrecht: references are per tenant.
    referentie: 'MW-2024-0001',
    tafel: 'citydeal-amersfoort',
    knelpunt: 'terugvordering',
    titel: 'Gezin met schulden bij de gemeente',
    waarom: 'Het gezin betaalt terug in kleine termijnen.',
    uitkomst: 'toegekend',
    ingediend: '2025-03-10 10:00',
    genomen: '2025-03-11 10:00',
  },
  ...vulling(12, 'citydeal-amersfoort', 'MW-2025-'),
];

const bram = wie('bram');
const amfLid = wie('amf-ahmed');
const refs = (r: Precedent[]) => r.map((p) => p.referentie);

describe.each(SOORTEN)('register search on %s', (soort) => {
  let o: TestOmgeving;
  const zoek = (wie: Identiteit, f: ZoekFilters) => zoekBesluiten(o.d, wie, { limiet: 50, ...f });

  beforeAll(async () => {
    o = await maakOmgeving(soort, { yaml: yamlMetTweeTafels() });
    await importeer(o.d, yamlAndereGemeente());
    await legBesluitenAan(o.d, 'utrecht', [...VULLING, ...GEPLANT]);
    await legBesluitenAan(o.d, 'amersfoort', AMERSFOORT);
  });
  afterAll(async () => {
    await o?.opruimen();
  });

  it('holds a fixture of at least 200 indexed besluiten', async () => {
    const n = await o.db.prisma.besluit.count({ where: { zoekversie: { not: null } } });
    expect(n).toBeGreaterThanOrEqual(200);
  });

  it('"gezinnen" finds "gezin" and "gezin" finds "gezinnen" (the stemmer alone does not)', async () => {
    expect(new Set(refs(await zoek(LEDEN.wi, { woorden: 'gezinnen' })))).toEqual(
      new Set(['MW-2024-0001', 'MW-2024-0002']),
    );
    expect(new Set(refs(await zoek(LEDEN.wi, { woorden: 'gezin' })))).toEqual(
      new Set(['MW-2024-0001', 'MW-2024-0002']),
    );
  });

  it('"kinderen" finds "kind" and the other way round; "huizen" finds "huis"', async () => {
    const kinderen = await zoek(LEDEN.wi, { woorden: 'kinderen', knelpunt: 'leerlingenvervoer' });
    expect(new Set(refs(kinderen))).toEqual(new Set(['MW-2024-0003', 'MW-2024-0004']));
    const kind = await zoek(LEDEN.wi, { woorden: 'kind', knelpunt: 'leerlingenvervoer' });
    expect(new Set(refs(kind))).toEqual(new Set(['MW-2024-0003', 'MW-2024-0004']));
    // Without the knelpunt filter, the kostendelersnorm ones match too: their knelpunt names a "kind".
    expect(refs(await zoek(LEDEN.wi, { woorden: 'kinderen' }))).toContain('MW-2024-0003');
    expect(refs(await zoek(LEDEN.wi, { woorden: 'huizen' }))).toEqual(['MW-2024-0006']);
  });

  it('ranks a match in the title above one in the reasoning, and every word must match', async () => {
    expect(refs(await zoek(LEDEN.wi, { woorden: 'autisme' }))).toEqual(['MW-2024-0003', 'MW-2024-0005']);
    expect(refs(await zoek(LEDEN.wi, { woorden: 'Autisme, vervoer!' }))).toEqual(['MW-2024-0003']);
    const r = await zoek(LEDEN.wi, { woorden: 'autisme' });
    expect(r[0]!.score).toBeGreaterThan(r[1]!.score);
  });

  it('gives a plain-text excerpt with highlight ranges and no markup from the text', async () => {
    const [p1] = await zoek(LEDEN.wi, { woorden: 'gezinnen', knelpunt: 'kostendelersnorm' });
    expect(p1!.fragment).toContain('Het gezin kan de huur niet betalen');
    expect(p1!.markeringen.map((m) => p1!.fragment.slice(m.van, m.tot))).toEqual(['gezin']);
    const [p5] = await zoek(LEDEN.wi, { woorden: 'begeleider', knelpunt: 'id-kaart-leges' });
    expect(p5!.referentie).toBe('MW-2024-0005');
    expect(p5!.fragment).not.toMatch(/\p{Cc}/u);
    expect(p5!.fragment).not.toContain('<b>');
    expect(p5!.markeringen.map((m) => p5!.fragment.slice(m.van, m.tot))).toEqual(['begeleider']);
    // Without words: the start of the reasoning, nothing highlighted.
    const [zonder] = await zoek(LEDEN.wi, {
      knelpunt: 'id-kaart-leges',
      van: '2025-06-03',
      tot: '2025-06-03',
    });
    expect(zonder!.fragment.startsWith('Bij autisme past')).toBe(true);
    expect(zonder!.markeringen).toEqual([]);
  });

  it('filters on outcome, knelpunt, leefgebied and period, newest first without words', async () => {
    const zichtbaar = [...VULLING, ...GEPLANT.filter((g) => g.tafel === 'citydeal-utrecht')];
    const afgewezen = await zoek(LEDEN.wi, { uitkomst: 'afgewezen' });
    expect(afgewezen.length).toBe(zichtbaar.filter((s) => s.uitkomst === 'afgewezen').length);
    expect(afgewezen.map((p) => p.genomen)).toEqual([...afgewezen.map((p) => p.genomen)].sort().reverse());

    const twee = await zoek(LEDEN.wi, { uitkomst: ['afgewezen', 'doorverwezen'], woorden: 'gezin' });
    expect(refs(twee)).toEqual(['MW-2024-0002']);

    const leges = await zoek(LEDEN.wi, { knelpunt: 'id-kaart-leges' });
    expect(leges.length).toBe(zichtbaar.filter((s) => s.knelpunt === 'id-kaart-leges').length);
    expect(new Set(leges.map((p) => p.knelpunt?.code))).toEqual(new Set(['id-kaart-leges']));

    const onderwijs = await zoek(LEDEN.wi, { leefgebied: 'onderwijs' });
    expect(onderwijs.length).toBe(zichtbaar.filter((s) => s.leefgebieden?.includes('onderwijs')).length);
    expect(onderwijs.every((p) => p.leefgebieden.includes('onderwijs'))).toBe(true);

    const maart = await zoek(LEDEN.wi, { van: '2025-03-01', tot: '2025-03-31' });
    const { begin, eind } = periode('2025-03-01', '2025-03-31');
    const verwacht = zichtbaar.filter((s) => ams(s.genomen!) >= begin! && ams(s.genomen!) < eind!);
    expect(maart.length).toBe(verwacht.length);
    expect(maart.length).toBeGreaterThan(10);
  });

  it('treats a query of stop words as no words, and refuses bad input in Dutch', async () => {
    expect((await zoekBesluiten(o.d, LEDEN.wi, { woorden: 'de het een' })).length).toBe(10);
    for (const [filters, veld] of [
      [{ uitkomst: 'gewonnen' }, 'uitkomst'],
      [{ van: 'gisteren' }, 'van'],
      [{ van: '2025-05-01', tot: '2025-04-01' }, 'tot'],
      [{ knelpunt: 'bestaat-niet' }, 'knelpunt'],
      [{ limiet: 500 }, 'limiet'],
    ] as const) {
      const fout = await zoekBesluiten(o.d, LEDEN.wi, filters as ZoekFilters).catch((e: unknown) => e);
      expect(isDomeinFout(fout) && fout.code).toBe('ongeldige_invoer');
      expect(isDomeinFout(fout) && fout.velden.map((v) => v.veld)).toContain(veld);
    }
  });

  it('shows only the tables a person sits at; a tenant-wide bestuurder sees all of the tenant', async () => {
    expect(refs(await zoek(bram, { woorden: 'gezin' }))).toEqual(['MW-2024-0007']);
    const beide = ['MW-2024-0001', 'MW-2024-0002', 'MW-2024-0007'];
    expect(new Set(refs(await zoek(LEDEN.ggz, { woorden: 'gezin' })))).toEqual(new Set(beide));
    expect(new Set(refs(await zoek(directeur, { woorden: 'gezin' })))).toEqual(new Set(beide));
    expect(refs(await zoek(LEDEN.ggz, { woorden: 'gezin', tafel: 'wijktafel-noord' }))).toEqual([
      'MW-2024-0007',
    ]);
    // A submitter who sits at no table sees no register: refused, and on record like any refusal.
    const geenTafel = await zoek(consulent, { woorden: 'gezin' }).catch((e: unknown) => e);
    expect(isDomeinFout(geenTafel) && geenTafel.message).toBe(GEEN_TAFEL);
    const fout = await zoek(LEDEN.wi, { woorden: 'gezin', tafel: 'wijktafel-noord' }).catch(
      (e: unknown) => e,
    );
    expect(isDomeinFout(fout) && fout.code).toBe('niet_bevoegd');
    // The refused attempt is on record (need-to-know, audited like a refused casus card).
    const geweigerd = await o.db.prisma.auditEvent.findMany({
      where: { actie: 'toegang_geweigerd' },
      orderBy: { volgnummer: 'asc' },
    });
    const persoon = async (w: Identiteit) =>
      (await o.db.prisma.identiteit.findFirstOrThrow({ where: { platform: w.platform, extern: w.extern } }))
        .persoonId;
    const noord = await o.db.prisma.tafel.findFirstOrThrow({ where: { slug: 'wijktafel-noord' } });
    expect(geweigerd.map((g) => [g.actorId, g.casusRef, g.data])).toEqual([
      [await persoon(consulent), null, { pad: 'zoeken' }],
      [await persoon(LEDEN.wi), null, { pad: 'zoeken', tafel: noord.id }],
    ]);
    const onbekend = await zoek(wie('niemand'), {}).catch((e: unknown) => e);
    expect(isDomeinFout(onbekend) && onbekend.code).toBe('niet_bevoegd');
  });

  it('never crosses tenants, not even with the same reference', async () => {
    const amf = await zoek(amfLid, { woorden: 'gezin' });
    expect(amf.map((p) => [p.referentie, p.titel])).toEqual([
      ['MW-2024-0001', 'Gezin met schulden bij de gemeente'],
    ]);
    const utrecht = await zoek(LEDEN.wi, { woorden: 'schulden' });
    expect(utrecht.every((p) => p.tafelNaam === 'City-deal tafel Utrecht')).toBe(true);
    expect((await zoek(amfLid, {})).every((p) => p.tafelNaam === 'City-deal tafel Amersfoort')).toBe(true);
    // The Amersfoort table is not a table of the Utrecht tenant, whatever its slug.
    const fout = await zoek(directeur, { tafel: 'citydeal-amersfoort' }).catch((e: unknown) => e);
    expect(isDomeinFout(fout) && fout.code).toBe('onbekend');
  });

  it('similar besluiten: same knelpunt first, then shared words; only the given tables and tenant', async () => {
    const tenant = await o.db.prisma.tenant.findUniqueOrThrow({ where: { slug: 'utrecht' } });
    const tafels = await o.db.prisma.tafel.findMany({ where: { tenantId: tenant.id } });
    const citydeal = tafels.find((t) => t.slug === 'citydeal-utrecht')!.id;
    const noord = tafels.find((t) => t.slug === 'wijktafel-noord')!.id;
    const vervoer = await o.db.prisma.knelpunt.findFirstOrThrow({
      where: { tenantId: tenant.id, code: 'leerlingenvervoer' },
    });
    const tekst = 'Kind met autisme kan niet met de taxi naar school';
    const gelijk = await vergelijkbareBesluiten(o.d.db, {
      tenantId: tenant.id,
      tafelIds: [citydeal],
      knelpuntId: vervoer.id,
      tekst,
    });
    expect(gelijk).toHaveLength(3);
    expect(gelijk[0]!.referentie).toBe('MW-2024-0003');
    expect(gelijk.every((p) => p.knelpunt?.code === 'leerlingenvervoer')).toBe(true);
    // Without a catalogue knelpunt: words only.
    const woorden = await vergelijkbareBesluiten(o.d.db, {
      tenantId: tenant.id,
      tafelIds: [citydeal],
      knelpuntId: null,
      tekst: 'Gezinnen zonder inkomen',
    });
    expect(refs(woorden).slice(0, 2).sort()).toEqual(['MW-2024-0001', 'MW-2024-0002']);
    expect(woorden[0]!.referentie).toBe('MW-2024-0001');
    const wijk = await vergelijkbareBesluiten(o.d.db, {
      tenantId: tenant.id,
      tafelIds: [noord],
      knelpuntId: null,
      tekst: 'Gezin zonder stroom',
    });
    expect(refs(wijk)).toEqual(['MW-2024-0007']);
    const amersfoort = await o.db.prisma.tenant.findUniqueOrThrow({ where: { slug: 'amersfoort' } });
    expect(
      await vergelijkbareBesluiten(o.d.db, {
        tenantId: amersfoort.id,
        tafelIds: [citydeal],
        knelpuntId: null,
        tekst,
      }),
    ).toEqual([]);
  });

  it('indexes a besluit recorded by the engine through the hook', async () => {
    o.klok.zet('2026-11-23 10:00');
    const c = await raiseCasus(
      o.d,
      consulent,
      intake({ titel: 'Mantelzorger verliest toeslag door inwonende zoon' }),
    );
    for (const lid of Object.values(LEDEN))
      await respond(o.d, lid, c.referentie, { keuze: 'akkoord', reden: 'Past binnen de afspraken.' });
    await rondRondesAf(o.d);
    const besluit = await o.db.prisma.besluit.findUniqueOrThrow({ where: { casusId: c.casusId } });
    // What legBesluitVastInTx will call once the hook is in (see the issue note).
    await inTransactie(o.d, (tx) => indexeerBesluit(tx, besluit.id));
    const r = await zoek(LEDEN.wi, { woorden: 'mantelzorgers' });
    expect(refs(r)).toEqual([c.referentie]);
    expect(r[0]).toMatchObject({ uitkomst: 'toegekend', knelpunt: { code: 'kostendelersnorm' } });
  });
});
