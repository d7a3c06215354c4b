// The precedent register in Slack: similar earlier besluiten, the chair's consistency question and its
// answer, the knelpunten report and search results. Fragments are escaped; only the ranges the core
// marked are made bold.
import type { Bericht } from '../../../src/domain/berichten.ts';
import type { PrecedentWeergave } from '../../../src/domain/register.ts';
import { label, type Taal } from '../../../src/domain/woorden.ts';
import { vertaler } from '../../../src/taal/tekst.ts';
import { formatteerDatum } from '../../../src/time/index.ts';
import type { Blok } from '../blockkit.ts';
import { ACTIE } from '../ids.ts';
import { md, ontsnap, SLACK_OPMAAK } from '../tekst.ts';
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
        `${vertaler(taal, SLACK_OPMAAK)('beheer.register.vergelijkbaar')}\n`,
        lijstIn.slice(0, 5).map((p) => precedentRegel(p, taal)),
        '-',
        '\n',
      ),
    ),
  ];
}

export function afwijkingGevraagdBlokken(b: Van<'afwijking_gevraagd'>, taal: Taal): Blok[] {
  const t = vertaler(taal, SLACK_OPMAAK);
  const voorbeelden = b.voorbeelden.slice(0, 3).map((p) => precedentRegel(p, taal, 150));
  return [
    kop(t('beheer.register.afwijking.kop', { referentie: b.referentie })),
    sectie(
      t('beheer.register.afwijking.uitleg', {
        referentie: b.referentie,
        titel: md(b.titel, 300),
        tafel: md(b.tafelNaam, 200),
        uitkomst: label(b.uitkomst, taal),
        meerderheid: b.inMeerderheid,
        eerder: b.eerder,
        knelpunt: md(b.knelpunt, 300),
      }),
    ),
    ...(voorbeelden.length > 0
      ? [sectie(lijst(`${t('beheer.register.afwijking.eerdere_tafel')}\n`, voorbeelden, '-', '\n'))]
      : []),
    sectie(t('beheer.register.afwijking.vraag')),
    knoppen(`afwijking:${b.besluitId}`, [
      {
        actionId: ACTIE.afwijking,
        tekst: t('beheer.register.afwijking.knop'),
        waarde: b.besluitId,
        stijl: 'primary',
      },
    ]),
  ];
}

export function afwijkingToegelichtBlokken(b: Van<'afwijking_toegelicht'>, taal: Taal): Blok[] {
  const t = vertaler(taal, SLACK_OPMAAK);
  return [
    sectie(
      t('beheer.register.toegelicht', {
        naam: md(b.voorzitterNaam, 200),
        referentie: b.referentie,
        titel: md(b.titel, 300),
        uitkomst: label(b.uitkomst, taal),
        tafel: md(b.tafelNaam, 200),
      }),
    ),
    ...tekstSecties(t('beheer.register.toegelicht.verschil'), b.toelichting),
  ];
}

/** The report as a message; `zonderGrafiek` says why the chart that belongs with it is not there. */
export function rapportBlokken(b: Van<'knelpuntenrapport'>, taal: Taal, zonderGrafiek?: string): Blok[] {
  const t = vertaler(taal, SLACK_OPMAAK);
  return [
    kop(t('beheer.register.rapport.kop', { tafel: b.tafelNaam ?? t('beheer.register.rapport.alle_tafels') })),
    context(rapportPeriode(b, taal)),
    ...tekstSecties(t('beheer.register.rapport.samenvatting'), b.samenvatting, 3),
    ...(zonderGrafiek ? [context(zonderGrafiek)] : []),
  ];
}

function rapportPeriode(b: Van<'knelpuntenrapport'>, taal: Taal): string {
  const wie = b.tafelNaam ? md(b.tafelNaam, 200) : vertaler(taal)('beheer.register.rapport.alle_tafels');
  return `${wie} · ${formatteerDatum(new Date(`${b.van}T12:00:00Z`), taal)} – ${formatteerDatum(new Date(`${b.tot}T12:00:00Z`), taal)}`;
}

/**
 * The text of the message that carries the uploaded chart (files.completeUploadExternal's
 * initial_comment): the same heading, period and summary as the message, as escaped mrkdwn, so chart and
 * summary arrive as one message.
 */
export function rapportOpmerking(b: Van<'knelpuntenrapport'>, taal: Taal): string {
  const t = vertaler(taal, SLACK_OPMAAK);
  const tafel = md(b.tafelNaam ?? t('beheer.register.rapport.alle_tafels'), 200);
  return [
    `*${t('beheer.register.rapport.kop', { tafel })}*`,
    `_${rapportPeriode(b, taal)}_`,
    md(b.samenvatting, 3500),
  ].join('\n');
}

/** Search results as an ephemeral answer: escaped excerpts with the matched words in bold. */
export function zoekresultaatBlokken(woorden: string, resultaten: PrecedentWeergave[], taal: Taal): Blok[] {
  const t = vertaler(taal, SLACK_OPMAAK);
  const kopje = t('beheer.register.zoek.kop', { woorden: md(woorden, 200) });
  if (resultaten.length === 0) return [sectie(`${kopje}\n${t('beheer.register.zoek.geen')}`)];
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
