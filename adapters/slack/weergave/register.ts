// The precedent register in Slack: similar earlier besluiten, the chair's consistency question and its
// answer, the knelpunten report and search results. Fragments are escaped; only the ranges the core
// marked are made bold.
import type { Bericht } from '../../../src/domain/berichten.ts';
import type { PrecedentWeergave } from '../../../src/domain/register.ts';
import { label, type Taal } from '../../../src/domain/woorden.ts';
import { formatteerDatum } from '../../../src/time/index.ts';
import type { Blok } from '../blockkit.ts';
import { ACTIE } from '../ids.ts';
import { md, ontsnap } from '../tekst.ts';
import { context, knoppen, kop, lijst, sectie, tekstSecties } from './bouwstenen.ts';

type Van<S extends Bericht['soort']> = Extract<Bericht, { soort: S }>;

const ELLIPS = '…';

/**
 * An excerpt as mrkdwn: each piece escaped, the marked ranges in bold, cut to about `max` characters of
 * the plain text (never inside an escape or a bold pair). `*`, `_` and `~` in the text would otherwise
 * read as formatting: they are replaced by look-alikes only inside bold ranges, where they could close it.
 */
export function fragmentMd(
  tekst: string,
  markeringen: readonly { van: number; tot: number }[],
  max = 300,
): string {
  const grens = Math.min(tekst.length, max);
  const stukken: string[] = [];
  let pos = 0;
  const gesorteerd = [...markeringen]
    .filter((m) => m.van >= 0 && m.tot > m.van && m.van < grens)
    .sort((a, b) => a.van - b.van);
  for (const m of gesorteerd) {
    if (m.van < pos) continue;
    const tot = Math.min(m.tot, grens);
    stukken.push(ontsnap(tekst.slice(pos, m.van)));
    const vet = tekst.slice(m.van, tot).trim();
    if (vet) stukken.push(`*${ontsnap(vet.replace(/[*_~`]/g, ' ').trim())}*`);
    pos = tot;
  }
  stukken.push(ontsnap(tekst.slice(pos, grens)));
  const uit = stukken.join('').replace(/\s+/g, ' ').trim();
  return grens < tekst.length ? `${uit}${ELLIPS}` : uit;
}

/** One earlier besluit on one line, with its excerpt below. */
export function precedentRegel(p: PrecedentWeergave, taal: Taal, fragmentMax = 200): string {
  const kop = `• *${p.referentie}* ${md(p.titel, 150)} · ${label(p.uitkomst, taal)} · ${formatteerDatum(new Date(p.genomen), taal)}`;
  const fragment = fragmentMd(p.fragment, p.markeringen, fragmentMax);
  return fragment ? `${kop}\n      ${fragment}` : kop;
}

/** "Like cases alike": the similar earlier besluiten, when the core found any. */
export function vergelijkbaarBlokken(lijstIn: PrecedentWeergave[] | undefined, taal: Taal): Blok[] {
  if (!lijstIn || lijstIn.length === 0) return [];
  return [
    sectie(
      lijst(
        '*Vergelijkbare eerdere besluiten*\n',
        lijstIn.slice(0, 5).map((p) => precedentRegel(p, taal)),
        '-',
        '\n',
      ),
    ),
  ];
}

export function afwijkingGevraagdBlokken(b: Van<'afwijking_gevraagd'>, taal: Taal): Blok[] {
  const voorbeelden = b.voorbeelden.slice(0, 3).map((p) => precedentRegel(p, taal, 150));
  return [
    kop(`Waarin verschilt ${b.referentie}?`),
    sectie(
      `Het besluit over *${b.referentie}* (${md(b.titel, 300)}, ${md(b.tafelNaam, 200)}) luidt *${label(b.uitkomst, taal)}*. ` +
        `Dat gaat in tegen ${b.inMeerderheid} van de ${b.eerder} eerdere besluiten over *${md(b.knelpunt, 300)}*.`,
    ),
    ...(voorbeelden.length > 0
      ? [sectie(lijst('*Eerdere besluiten van de tafel*\n', voorbeelden, '-', '\n'))]
      : []),
    sectie(
      'Voorzitter, waarin verschilt deze casus? Uw toelichting wordt bij het besluit bewaard en gedeeld met de tafel en het leerkanaal.',
    ),
    knoppen(`afwijking:${b.besluitId}`, [
      { actionId: ACTIE.afwijking, tekst: 'Toelichten', waarde: b.besluitId, stijl: 'primary' },
    ]),
  ];
}

export function afwijkingToegelichtBlokken(b: Van<'afwijking_toegelicht'>, taal: Taal): Blok[] {
  return [
    sectie(
      `*${md(b.voorzitterNaam, 200)}* (voorzitter) licht toe waarom *${b.referentie}* (${md(b.titel, 300)}, ${label(b.uitkomst, taal)}) anders is besloten dan eerdere besluiten van ${md(b.tafelNaam, 200)}.`,
    ),
    ...tekstSecties('Waarin deze casus verschilt', b.toelichting),
  ];
}

/** The report as a message; `zonderGrafiek` says why the chart that belongs with it is not there. */
export function rapportBlokken(b: Van<'knelpuntenrapport'>, taal: Taal, zonderGrafiek?: string): Blok[] {
  return [
    kop(`Knelpuntenrapport ${b.tafelNaam ?? 'alle tafels'}`),
    context(rapportPeriode(b, taal)),
    ...tekstSecties('Samenvatting', b.samenvatting, 3),
    ...(zonderGrafiek ? [context(zonderGrafiek)] : []),
  ];
}

function rapportPeriode(b: Van<'knelpuntenrapport'>, taal: Taal): string {
  const wie = b.tafelNaam ? md(b.tafelNaam, 200) : 'alle tafels';
  return `${wie} · ${formatteerDatum(new Date(`${b.van}T12:00:00Z`), taal)} – ${formatteerDatum(new Date(`${b.tot}T12:00:00Z`), taal)}`;
}

/**
 * The text of the message that carries the uploaded chart (files.completeUploadExternal's
 * initial_comment): the same heading, period and summary as the message, as escaped mrkdwn, so chart and
 * summary arrive as one message.
 */
export function rapportOpmerking(b: Van<'knelpuntenrapport'>, taal: Taal): string {
  return [
    `*Knelpuntenrapport ${md(b.tafelNaam ?? 'alle tafels', 200)}*`,
    `_${rapportPeriode(b, taal)}_`,
    md(b.samenvatting, 3500),
  ].join('\n');
}

/** Search results as an ephemeral answer: escaped excerpts with the matched words in bold. */
export function zoekresultaatBlokken(woorden: string, resultaten: PrecedentWeergave[], taal: Taal): Blok[] {
  const kopje = `*Eerdere besluiten voor "${md(woorden, 200)}"*`;
  if (resultaten.length === 0) return [sectie(`${kopje}\nGeen besluiten gevonden.`)];
  return [
    sectie(kopje),
    ...resultaten
      .slice(0, 10)
      .map((p) =>
        sectie(
          `${precedentRegel(p, taal, 400)}\n      ${md(p.tafelNaam, 200)}${p.knelpunt ? ` · ${md(p.knelpunt, 200)}` : ''}`,
        ),
      ),
  ];
}
