// The report as CSV and as a short message text, in the tenant's language. Pure.
//
// CSV through the project's one writer (src/formaat/csv.ts: ';', CRLF, BOM, formula guard) for policy staff
// opening it in Excel with Dutch regional settings. Amounts are whole euros with cents after the decimal
// sign of the language (a comma in Dutch), no thousands separator, so they stay numbers after import.
import { formatteerBedrag } from '../domain/bedrag.ts';
import { type CsvKolom, naarCsv as schrijfCsv } from '../formaat/csv.ts';
import type { Sleutel } from '../taal/catalogus.ts';
import type { Taal } from '../taal/taal.ts';
import { tekst, type Waarden } from '../taal/tekst.ts';
import {
  datumTekst,
  decimaal,
  type KnelpuntCijfers,
  kostenUitkomsten,
  naamVan,
  type Rapport,
  rapportTaal,
} from './rapportage.ts';

export { BOM, csvVeld, SCHEIDINGSTEKEN } from '../formaat/csv.ts';

type Kolom = readonly [Sleutel, (k: KnelpuntCijfers, taal: Taal) => string | number | null];

/** A column heading; the cost columns say which outcomes they count. */
const kopTekst = (taal: Taal, sleutel: Sleutel) =>
  tekst(taal, sleutel, { uitkomsten: kostenUitkomsten(taal) });

const KOLOMMEN: readonly Kolom[] = [
  ['rapport.kolom.knelpunt', (k) => k.knelpunt.naam],
  ['rapport.kolom.code', (k) => k.knelpunt.code],
  ['rapport.kolom.casussen', (k) => k.casussen],
  ['rapport.kolom.toegekend', (k) => k.uitkomsten.toegekend],
  ['rapport.kolom.deels_toegekend', (k) => k.uitkomsten.deels_toegekend],
  ['rapport.kolom.afgewezen', (k) => k.uitkomsten.afgewezen],
  ['rapport.kolom.doorverwezen', (k) => k.uitkomsten.doorverwezen],
  ['rapport.kolom.open', (k) => k.open],
  ['rapport.kolom.ingetrokken', (k) => k.ingetrokken],
  ['rapport.kolom.kosten_maatwerk', (k, taal) => euro(k.kostenMaatwerkCent, taal)],
  ['rapport.kolom.kosten_niets_doen', (k, taal) => euro(k.kostenNietsDoenCent, taal)],
  [
    'rapport.kolom.doorlooptijd',
    (k, taal) => (k.mediaanWerkuren === null ? null : decimaal(k.mediaanWerkuren, taal)),
  ],
  ['rapport.kolom.open_toezeggingen', (k) => k.toezeggingen.open],
  ['rapport.kolom.verlopen', (k) => k.toezeggingen.verlopen],
  ['rapport.kolom.gewerkt', (k) => k.evaluaties.gewerkt],
  ['rapport.kolom.niet_gewerkt', (k) => k.evaluaties.nietGewerkt],
  ['rapport.kolom.nog_niet', (k) => k.evaluaties.nogNiet],
];

const euro = (cent: number, taal: Taal) =>
  `${Math.trunc(cent / 100)}${taal === 'nl' ? ',' : '.'}${String(Math.abs(cent) % 100).padStart(2, '0')}`;

/** The CSV in `taal`: by default the language of the tenant the report was made for. */
export function naarCsv(rapport: Rapport, taal: Taal = rapportTaal(rapport)): string {
  const kolommen: CsvKolom<KnelpuntCijfers>[] = KOLOMMEN.map(([kop, lees]) => [
    kopTekst(taal, kop),
    (k: KnelpuntCijfers) => lees(k, taal),
  ]);
  const rijen = [...rapport.knelpunten, rapport.totaal].map((k) => ({
    ...k,
    knelpunt: { ...k.knelpunt, naam: naamVan(k, rapport, taal) },
  }));
  return schrijfCsv(kolommen, rijen);
}

/** A few lines for a chat message: the headline figures and the knelpunten that come up most. */
export function samenvatting(rapport: Rapport, taal: Taal = rapportTaal(rapport), maxKnelpunten = 5): string {
  const t = (sleutel: Sleutel, waarden?: Waarden) => tekst(taal, sleutel, waarden);
  const tot = rapport.totaal;
  const waar = rapport.tafel
    ? rapport.tafel.naam
    : t('rapport.samenvatting.alle_tafels', { tenant: rapport.tenant.naam });
  const kop = t('rapport.samenvatting.kop', {
    waar,
    van: datumTekst(rapport.van, taal),
    tot: datumTekst(rapport.tot, taal),
  });
  if (tot.casussen === 0) return t('rapport.samenvatting.leeg', { kop });
  const aantal = (sleutel: Sleutel, n: number) => t(sleutel, { n: String(n) });
  const uitkomsten = [
    aantal('rapport.samenvatting.toegekend', tot.uitkomsten.toegekend),
    aantal('rapport.samenvatting.deels_toegekend', tot.uitkomsten.deels_toegekend),
    aantal('rapport.samenvatting.afgewezen', tot.uitkomsten.afgewezen),
    aantal('rapport.samenvatting.doorverwezen', tot.uitkomsten.doorverwezen),
    ...(tot.open ? [aantal('rapport.samenvatting.open', tot.open)] : []),
    ...(tot.ingetrokken ? [aantal('rapport.samenvatting.ingetrokken', tot.ingetrokken)] : []),
  ].join(', ');
  const regels = [
    t('rapport.samenvatting.casussen', { kop, n: String(tot.casussen), aantal: tot.casussen, uitkomsten }),
    t('rapport.samenvatting.kosten', {
      maatwerk: formatteerBedrag(tot.kostenMaatwerkCent, taal),
      nietsDoen: formatteerBedrag(tot.kostenNietsDoenCent, taal),
      n: String(tot.uitkomsten.toegekend + tot.uitkomsten.deels_toegekend),
      aantal: tot.uitkomsten.toegekend + tot.uitkomsten.deels_toegekend,
      uitkomsten: kostenUitkomsten(taal),
    }),
  ];
  if (tot.mediaanWerkuren !== null) {
    const dagen = Math.round((tot.mediaanWerkuren / 8) * 10) / 10;
    regels.push(
      t('rapport.samenvatting.doorlooptijd', {
        uren: decimaal(tot.mediaanWerkuren, taal),
        dagen: decimaal(dagen, taal),
        aantal: dagen,
      }),
    );
  }
  if (tot.toezeggingen.open > 0) {
    regels.push(
      t('rapport.samenvatting.toezeggingen', {
        open: String(tot.toezeggingen.open),
        verlopen: String(tot.toezeggingen.verlopen),
      }),
    );
  }
  const geevalueerd = tot.evaluaties.gewerkt + tot.evaluaties.nietGewerkt;
  if (geevalueerd > 0) {
    regels.push(
      t('rapport.samenvatting.evaluaties', {
        gewerkt: String(tot.evaluaties.gewerkt),
        nietGewerkt: String(tot.evaluaties.nietGewerkt),
      }),
    );
  }
  regels.push(t('rapport.samenvatting.meest'));
  for (const k of rapport.knelpunten.slice(0, maxKnelpunten)) {
    const toegekend = k.uitkomsten.toegekend + k.uitkomsten.deels_toegekend;
    regels.push(
      t('rapport.samenvatting.knelpunt', {
        naam: naamVan(k, rapport, taal),
        n: String(k.casussen),
        toegekend: String(toegekend),
      }),
    );
  }
  return regels.join('\n');
}
