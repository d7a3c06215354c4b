// The report as CSV and as a short message text. Pure.
//
// CSV through the project's one writer (src/formaat/csv.ts: ';', CRLF, BOM, formula guard) for policy staff
// opening it in Excel with Dutch regional settings. Amounts are whole euros with cents after a comma, no
// thousands separator, so they stay numbers after import.
import { formatteerBedrag } from '../domain/bedrag.ts';
import { type CsvKolom, naarCsv as schrijfCsv } from '../formaat/csv.ts';
import type { KnelpuntCijfers, Rapport } from './rapportage.ts';

export { BOM, csvVeld, SCHEIDINGSTEKEN } from '../formaat/csv.ts';

const KOLOMMEN: readonly CsvKolom<KnelpuntCijfers>[] = [
  ['Knelpunt', (k) => k.knelpunt.naam],
  ['Code', (k) => k.knelpunt.code],
  ['Casussen', (k) => k.casussen],
  ['Toegekend', (k) => k.uitkomsten.toegekend],
  ['Deels toegekend', (k) => k.uitkomsten.deels_toegekend],
  ['Afgewezen', (k) => k.uitkomsten.afgewezen],
  ['Doorverwezen', (k) => k.uitkomsten.doorverwezen],
  ['Nog open', (k) => k.open],
  ['Ingetrokken', (k) => k.ingetrokken],
  ['Kosten maatwerk (EUR)', (k) => euro(k.kostenMaatwerkCent)],
  ['Kosten niets doen (EUR)', (k) => euro(k.kostenNietsDoenCent)],
  [
    'Mediane doorlooptijd (werkuren)',
    (k) => (k.mediaanWerkuren === null ? null : decimaal(k.mediaanWerkuren)),
  ],
  ['Open toezeggingen', (k) => k.toezeggingen.open],
  ['Waarvan verlopen', (k) => k.toezeggingen.verlopen],
  ['Gewerkt', (k) => k.evaluaties.gewerkt],
  ['Niet gewerkt', (k) => k.evaluaties.nietGewerkt],
  ['Nog niet geëvalueerd', (k) => k.evaluaties.nogNiet],
];

const euro = (cent: number) => `${Math.trunc(cent / 100)},${String(Math.abs(cent) % 100).padStart(2, '0')}`;
const decimaal = (n: number) => String(n).replace('.', ',');

export function naarCsv(rapport: Rapport): string {
  return schrijfCsv(KOLOMMEN, [...rapport.knelpunten, rapport.totaal]);
}

function datum(iso: string): string {
  const [j, m, d] = iso.split('-');
  return `${Number(d)}-${Number(m)}-${j}`;
}

const werkdagen = (uren: number) => {
  const dagen = Math.round((uren / 8) * 10) / 10;
  return `${decimaal(dagen)} werkdag${dagen === 1 ? '' : 'en'}`;
};

/** A few lines for a chat message: the headline figures and the knelpunten that come up most. */
export function samenvatting(rapport: Rapport, maxKnelpunten = 5): string {
  const t = rapport.totaal;
  const waar = rapport.tafel ? rapport.tafel.naam : `alle tafels van ${rapport.tenant.naam}`;
  const kop = `Knelpuntenrapport ${waar}, ${datum(rapport.van)} t/m ${datum(rapport.tot)}`;
  if (t.casussen === 0) return `${kop}: geen casussen in deze periode.`;
  const uitkomsten = [
    `${t.uitkomsten.toegekend} toegekend`,
    `${t.uitkomsten.deels_toegekend} deels toegekend`,
    `${t.uitkomsten.afgewezen} afgewezen`,
    `${t.uitkomsten.doorverwezen} doorverwezen`,
    ...(t.open ? [`${t.open} nog open`] : []),
    ...(t.ingetrokken ? [`${t.ingetrokken} ingetrokken`] : []),
  ].join(', ');
  const regels = [
    `${kop}: ${t.casussen} casus${t.casussen === 1 ? '' : 'sen'} (${uitkomsten}).`,
    `Kosten maatwerk ${formatteerBedrag(t.kostenMaatwerkCent)} tegenover ${formatteerBedrag(t.kostenNietsDoenCent)} geschatte kosten als er niets was gebeurd.`,
  ];
  if (t.mediaanWerkuren !== null) {
    regels.push(
      `Van indienen tot besluit: mediaan ${decimaal(t.mediaanWerkuren)} werkuren (${werkdagen(t.mediaanWerkuren)}).`,
    );
  }
  if (t.toezeggingen.open > 0) {
    regels.push(
      `Open toezeggingen: ${t.toezeggingen.open}, waarvan ${t.toezeggingen.verlopen} over de datum.`,
    );
  }
  const geevalueerd = t.evaluaties.gewerkt + t.evaluaties.nietGewerkt;
  if (geevalueerd > 0) {
    regels.push(`Evaluaties: ${t.evaluaties.gewerkt} keer gewerkt, ${t.evaluaties.nietGewerkt} keer niet.`);
  }
  regels.push('Meest voorkomende knelpunten:');
  for (const k of rapport.knelpunten.slice(0, maxKnelpunten)) {
    const toegekend = k.uitkomsten.toegekend + k.uitkomsten.deels_toegekend;
    regels.push(`- ${k.knelpunt.naam}: ${k.casussen} (${toegekend} (deels) toegekend)`);
  }
  return regels.join('\n');
}
