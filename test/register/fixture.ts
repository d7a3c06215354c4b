// A register fixture: besluiten inserted in bulk (the engine's flows are tested elsewhere and take
// ~100 ms per casus), then indexed through the register's own code path, indexeerBesluiten.
import { parse, stringify } from 'yaml';
import { leesTafelsBestand } from '../../src/config/tafelsbestand.ts';
import type { BesluitUitkomst, Leefgebied } from '../../src/domain/woorden.ts';
import { indexeerBesluiten } from '../../src/register/indexeren.ts';
import { type Diensten, inTransactie } from '../../src/services/context.ts';
import { importeerTafels } from '../../src/services/tafelsimport.ts';
import { VOORBEELD_YAML } from '../helpers/database.ts';
import { ams } from '../helpers/klok.ts';

export interface BesluitSpec {
  referentie: string;
  tafel: string;
  knelpunt: string | null;
  knelpuntVrij?: string;
  titel: string;
  waarom: string;
  hoe?: string;
  uitkomst: BesluitUitkomst;
  leefgebieden?: Leefgebied[];
  /** Euro cents. */
  kostenMaatwerk?: number;
  kostenNietsDoen?: number;
  /** Amsterdam wall time 'YYYY-MM-DD HH:MM'. */
  ingediend: string;
  /** null: no besluit yet (the casus is open, or withdrawn with status 'ingetrokken'). */
  genomen: string | null;
  status?: string;
  gewerkt?: boolean | null;
  toezeggingen?: { deadline: string; gedaan: string | null }[];
}

/** The example tables plus a second table in the same tenant, with Bram (only there) and Peter (at both). */
export function yamlMetTweeTafels(): string {
  const bestand = parse(VOORBEELD_YAML) as {
    personen: Record<string, unknown>[];
    tafels: Record<string, unknown>[];
  };
  bestand.personen.push({ sleutel: 'noord', naam: 'Bram Hendriks', console: 'bram' });
  const eerste = bestand.tafels[0]!;
  bestand.tafels.push({
    slug: 'wijktafel-noord',
    naam: 'Wijktafel Noord',
    kanalen: { console: { tafel: '#wijktafel-noord' } },
    leden: [
      { persoon: 'noord', organisatie: 'buurtteam', rol: 'voorzitter' },
      { persoon: 'ggz', organisatie: 'ggz', domeinen: ['psychisch_welzijn'] },
    ],
    beleid: eerste.beleid,
  });
  return stringify(bestand);
}

/** Another municipality, its people on their own console handles. */
export function yamlAndereGemeente(): string {
  const bestand = parse(VOORBEELD_YAML) as {
    tenant: Record<string, unknown>;
    personen: Record<string, unknown>[];
    tafels: Record<string, unknown>[];
  };
  bestand.tenant.slug = 'amersfoort';
  bestand.tenant.naam = 'Gemeente Amersfoort';
  for (const p of bestand.personen) p.console = `amf-${String(p.console)}`;
  for (const p of bestand.personen) delete p.slack;
  const tafel = bestand.tafels[0]!;
  tafel.slug = 'citydeal-amersfoort';
  tafel.naam = 'City-deal tafel Amersfoort';
  tafel.kanalen = { console: { tafel: '#amf-tafel' } };
  return stringify(bestand);
}

export async function importeer(d: Diensten, yaml: string) {
  await importeerTafels(d, leesTafelsBestand(yaml), yaml);
}

/** Inserts casussen with their besluiten and commitments; returns besluit ids by referentie. */
export async function legBesluitenAan(
  d: Diensten,
  tenantSlug: string,
  specs: readonly BesluitSpec[],
): Promise<Map<string, string>> {
  const tenant = await d.db.tenant.findUniqueOrThrow({ where: { slug: tenantSlug } });
  const tafels = new Map(
    (await d.db.tafel.findMany({ where: { tenantId: tenant.id } })).map((t) => [t.slug, t.id]),
  );
  const knelpunten = new Map(
    (await d.db.knelpunt.findMany({ where: { tenantId: tenant.id } })).map((k) => [k.code, k.id]),
  );
  const indiener = await d.db.persoon.findFirstOrThrow({
    where: { tenantId: tenant.id, sleutel: 'consulent' },
  });
  const organisatie = await d.db.organisatie.findFirstOrThrow({ where: { tenantId: tenant.id } });
  const ids = new Map<string, string>();
  for (let i = 0; i < specs.length; i += 200) {
    const blok = specs.slice(i, i + 200);
    await inTransactie(d, async (tx) => {
      const besluitIds: string[] = [];
      for (const s of blok) {
        const tafelId = tafels.get(s.tafel);
        if (!tafelId) throw new Error(`onbekende tafel ${s.tafel}`);
        const casus = await tx.casus.create({
          data: {
            tenantId: tenant.id,
            tafelId,
            referentie: s.referentie,
            indienerId: indiener.id,
            titel: s.titel,
            situatie: 'Situatie van een huishouden, anoniem beschreven.',
            knelpuntId: s.knelpunt ? knelpunten.get(s.knelpunt)! : null,
            knelpuntVrij: s.knelpuntVrij ?? null,
            leefgebieden: s.leefgebieden ?? ['inkomen'],
            gevraagdeOplossing: 'Een oplossing op maat.',
            kostenMaatwerkCent: s.kostenMaatwerk ?? 0,
            kostenNietsDoenCent: s.kostenNietsDoen ?? 0,
            kostenNietsDoenToelichting: 'Geschatte kosten als er niets gebeurt.',
            urgentie: 'normaal',
            betrokkenheid: 'hoog',
            toestemming: 'ja_vastgelegd',
            status: s.status ?? (s.genomen ? 'besloten' : 'in_besluitronde'),
            ingediend: ams(s.ingediend),
            afgerond: s.genomen ? ams(s.genomen) : null,
          },
        });
        if (!s.genomen) continue;
        const toegekend = s.uitkomst === 'toegekend' || s.uitkomst === 'deels_toegekend';
        const besluit = await tx.besluit.create({
          data: {
            casusId: casus.id,
            uitkomst: s.uitkomst,
            waarom: s.waarom,
            hoe: s.hoe ?? '',
            verwijzing: toegekend ? null : 'Wmo-loket',
            kostenMaatwerkCent: toegekend ? (s.kostenMaatwerk ?? 0) : 0,
            kostenNietsDoenCent: s.kostenNietsDoen ?? 0,
            genomenDoor: 'tafel',
            genomen: ams(s.genomen),
            evaluatieGewerkt: s.gewerkt ?? null,
            toezeggingen: {
              create: (s.toezeggingen ?? []).map((t) => ({
                organisatieId: organisatie.id,
                taak: 'Afspraak nakomen',
                deadline: ams(t.deadline),
                gedaan: t.gedaan ? ams(t.gedaan) : null,
              })),
            },
          },
        });
        ids.set(s.referentie, besluit.id);
        besluitIds.push(besluit.id);
      }
      await indexeerBesluiten(tx, besluitIds);
    });
  }
  return ids;
}

const VULLING: Record<string, { titels: string[]; waarom: string[] }> = {
  kostendelersnorm: {
    titels: [
      'Inwonende zoon met beperking verlaagt de bijstand',
      'Volwassen dochter met beperking woont thuis',
      'Moeder verliest deel van uitkering door inwonende broer',
    ],
    waarom: [
      'Door de kostendelersnorm daalt de bijstand sterk; een huurachterstand dreigt.',
      'De inwonende volwassene heeft geen eigen inkomen; de norm treft de ouder onevenredig.',
    ],
  },
  leerlingenvervoer: {
    titels: ['Taxivervoer naar speciaal onderwijs past niet', 'Busvervoer sluit niet aan op het rooster'],
    waarom: [
      'De reistijd is te lang en de verordening biedt geen ruimte voor begeleiding.',
      'Het vervoer vertrekt te vroeg; verzuim op school neemt toe.',
    ],
  },
  'urgentie-woning': {
    titels: ['Huurachterstand en dreigende uithuiszetting', 'Geen urgentie ondanks ontruimingsvonnis'],
    waarom: [
      'De corporatie schort de ontruiming op als de huur weer betaald wordt.',
      'Zonder urgentie volgt dakloosheid en opvang, wat duurder is.',
    ],
  },
  'id-kaart-leges': {
    titels: ['Geen geld voor een identiteitskaart', 'Leges voor de ID-kaart kwijtgescholden'],
    waarom: [
      'Zonder identiteitsbewijs kan de uitkering niet worden aangevraagd.',
      'De leges worden eenmalig vergoed uit het maatwerkbudget.',
    ],
  },
  terugvordering: {
    titels: ['Terugvordering na fout in de berekening', 'Schuld bij de gemeente door eigen fout'],
    waarom: [
      'De fout lag bij de gemeente; terugvorderen vergroot de schulden.',
      'Een betalingsregeling volstaat; kwijtschelding is niet nodig.',
    ],
  },
};

export const KNELPUNT_CODES = Object.keys(VULLING);
const UITKOMST_CYCLUS: BesluitUitkomst[] = [
  'toegekend',
  'toegekend',
  'afgewezen',
  'deels_toegekend',
  'doorverwezen',
];
const LEEFGEBIED_CYCLUS: Leefgebied[][] = [
  ['inkomen'],
  ['wonen', 'schulden'],
  ['onderwijs'],
  ['inkomen', 'wonen'],
  ['zorg_gezondheid'],
];

/**
 * `aantal` besluiten at the example table in 2025, none of which mention a household (gezin), a child
 * (kind) or autism, so planted besluiten are the only hits for those words.
 */
export function vulling(aantal: number, tafel = 'citydeal-utrecht', voorvoegsel = 'MW-2025-'): BesluitSpec[] {
  const specs: BesluitSpec[] = [];
  for (let i = 0; i < aantal; i++) {
    const code = KNELPUNT_CODES[i % KNELPUNT_CODES.length]!;
    const v = VULLING[code]!;
    const dag = new Date(Date.UTC(2025, 0, 6 + Math.floor(i * 1.3)));
    const iso = dag.toISOString().slice(0, 10);
    const eigen = i % 23 === 22;
    specs.push({
      referentie: `${voorvoegsel}${String(i + 1).padStart(4, '0')}`,
      tafel,
      knelpunt: eigen ? null : code,
      knelpuntVrij: eigen ? 'Energierekening te hoog na verhuizing' : undefined,
      titel: v.titels[i % v.titels.length]!,
      waarom: v.waarom[i % v.waarom.length]!,
      hoe: 'De tafel spreekt een termijn af en volgt de afspraak op.',
      // Offsets keep outcome, leefgebied and knelpunt (also a cycle of five) from moving in step.
      uitkomst: UITKOMST_CYCLUS[(i + Math.floor(i / 5)) % UITKOMST_CYCLUS.length]!,
      leefgebieden: LEEFGEBIED_CYCLUS[(i + Math.floor(i / 25)) % LEEFGEBIED_CYCLUS.length]!,
      kostenMaatwerk: 50_000 + (i % 7) * 10_000,
      kostenNietsDoen: 400_000,
      ingediend: `${iso} 10:00`,
      genomen: `${iso} 15:00`,
    });
  }
  return specs;
}
