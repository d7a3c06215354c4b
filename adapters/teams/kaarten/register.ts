// The precedent register in Teams: similar earlier besluiten, the chair's consistency question and its
// answer, the knelpunten report and search results. Excerpts are TextRuns (never Markdown); only the
// ranges the core marked are bold.
import type { Bericht } from '../../../src/domain/berichten.ts';
import type { PrecedentWeergave } from '../../../src/domain/register.ts';
import { label } from '../../../src/domain/woorden.ts';
import { formatteerDatum } from '../../../src/time/index.ts';
import {
  type AdaptiveKaart,
  alineas,
  container,
  type Element,
  kaart,
  klein,
  knoppen,
  kop,
  kort,
  letterlijk,
  passend,
  tekst,
  tekstveld,
  uitvoeren,
} from './bouwstenen.ts';
import { moment } from './woorden.ts';

type Van<S extends Bericht['soort']> = Extract<Bericht, { soort: S }>;

export const VERB_AFWIJKING = 'afwijking.toelichten';

/** An excerpt as TextRuns, the marked ranges bold, cut to `max` characters of the text. */
export function fragmentBlok(
  fragment: string,
  markeringen: readonly { van: number; tot: number }[],
  max: number,
): Element | null {
  const inkort = fragment.length > max;
  const grens = inkort ? Math.max(0, max - 1) : fragment.length;
  const runs: Element[] = [];
  let pos = 0;
  const gewoon = (t: string) => {
    if (t) runs.push({ type: 'TextRun', text: t, isSubtle: true });
  };
  for (const m of [...markeringen].sort((a, b) => a.van - b.van)) {
    if (m.van < pos || m.van >= grens || m.tot <= m.van) continue;
    const tot = Math.min(m.tot, grens);
    gewoon(fragment.slice(pos, m.van));
    runs.push({ type: 'TextRun', text: fragment.slice(m.van, tot), weight: 'bolder' });
    pos = tot;
  }
  gewoon(fragment.slice(pos, grens) + (inkort ? '…' : ''));
  return runs.length > 0 ? { type: 'RichTextBlock', inlines: runs } : null;
}

/** One earlier besluit: reference, outcome and date in our words; title and excerpt as user text. */
export function precedentElementen(p: PrecedentWeergave, max: number): Element[] {
  const fragment = fragmentBlok(p.fragment, p.markeringen, max);
  return [
    tekst(`${p.referentie} · ${label(p.uitkomst)} · ${moment(p.genomen)}`, {
      weight: 'bolder',
      spacing: 'small',
    }),
    letterlijk(p.titel, 120),
    ...(fragment ? [fragment] : []),
  ];
}

/** "Like cases alike" on the first casus card and the submitter's confirmation. */
export function vergelijkbaarElementen(lijst: PrecedentWeergave[] | undefined, max: number): Element[] {
  if (!lijst || lijst.length === 0) return [];
  return [
    container(
      [
        tekst('Vergelijkbare eerdere besluiten', { weight: 'bolder' }),
        ...lijst.slice(0, 5).flatMap((p) => precedentElementen(p, Math.min(max, 300))),
      ],
      { separator: true, spacing: 'medium' },
    ),
  ];
}

export function afwijkingvraagkaart(b: Van<'afwijking_gevraagd'>): AdaptiveKaart {
  return passend((max) =>
    kaart([
      kop(`Waarin verschilt ${b.referentie}?`),
      letterlijk(b.titel, 120, { weight: 'bolder' }),
      tekst(
        `Het besluit (${label(b.uitkomst)}) gaat in tegen ${b.inMeerderheid} van de ${b.eerder} eerdere besluiten van ${b.tafelNaam} over dit knelpunt:`,
      ),
      letterlijk(b.knelpunt, 300),
      ...(b.voorbeelden.length > 0
        ? [
            tekst('Eerdere besluiten', { weight: 'bolder', spacing: 'medium' }),
            ...b.voorbeelden.slice(0, 3).flatMap((p) => precedentElementen(p, Math.min(max, 400))),
          ]
        : []),
      container(
        [
          tekstveld('toelichting', 'Waarin verschilt deze casus?', {
            verplicht: true,
            meerdereRegels: true,
            max: 2000,
            hint: 'Uw toelichting wordt gedeeld met de tafel en het leerkanaal. Geen persoonsgegevens.',
            fout: 'Leg uit waarom deze casus anders is',
          }),
          knoppen([uitvoeren('Toelichting versturen', VERB_AFWIJKING, { besluitId: b.besluitId })]),
        ],
        { separator: true },
      ),
    ]),
  );
}

export function afwijkingtoegelichtkaart(b: Van<'afwijking_toegelicht'>): AdaptiveKaart {
  return passend((max) =>
    kaart([
      tekst(`Toelichting bij ${b.referentie} (${label(b.uitkomst)})`, { weight: 'bolder', color: 'accent' }),
      letterlijk(b.titel, 120),
      tekst(
        `${b.voorzitterNaam} (voorzitter) licht toe waarom deze casus anders is besloten dan eerdere besluiten van ${b.tafelNaam}:`,
      ),
      ...alineas(b.toelichting, Math.min(max, 2000)),
    ]),
  );
}

/**
 * How the report's chart appears on the card. A card cannot carry the PNG itself (Teams' 28 KB message
 * limit), so it shows the image from the server's URL; without one, the card says why it is missing.
 */
export type RapportGrafiek = { url: string } | { ontbreekt: string };

export function rapportkaart(b: Van<'knelpuntenrapport'>, grafiek?: RapportGrafiek): AdaptiveKaart {
  const url = grafiek && 'url' in grafiek ? grafiek.url : null;
  const afbeelding: Element[] =
    url && b.grafiek
      ? [
          {
            type: 'Image',
            url,
            altText: kort(b.grafiek.beschrijving, 500),
            size: 'stretch',
            // Teams opens the image full size when it is clicked.
            msteams: { allowExpand: true },
          },
          klein(`Grafiek te zien tot ${formatteerDatum(new Date(b.grafiek.verloopt))}.`),
        ]
      : grafiek && 'ontbreekt' in grafiek
        ? [klein(grafiek.ontbreekt)]
        : [];
  return passend((max) =>
    kaart(
      [
        kop(`Knelpuntenrapport ${b.tafelNaam ?? 'alle tafels'}`),
        klein(`${b.van} tot en met ${b.tot}`),
        ...afbeelding,
        ...alineas(b.samenvatting, max * 2),
      ],
      url ? { actions: [{ type: 'Action.OpenUrl', title: 'Grafiek openen', url }] } : {},
    ),
  );
}

/** Search results as a reply card. */
export function zoekkaart(woorden: string, resultaten: PrecedentWeergave[]): AdaptiveKaart {
  return passend((max) =>
    kaart([
      tekst('Eerdere besluiten voor uw zoekopdracht', { weight: 'bolder' }),
      letterlijk(woorden, 200, { italic: true }),
      ...(resultaten.length === 0
        ? [klein('Geen besluiten gevonden.')]
        : resultaten.flatMap((p) => [
            ...precedentElementen(p, Math.min(max, 600)),
            letterlijk(`${p.tafelNaam}${p.knelpunt ? ` · ${p.knelpunt}` : ''}`, 300, {
              isSubtle: true,
              size: 'small',
            }),
          ])),
    ]),
  );
}
