// The precedent register in Teams: similar earlier besluiten, the chair's consistency question and its
// answer, the knelpunten report and search results. Excerpts are TextRuns (never Markdown); only the
// ranges the core marked are bold.
import type { Bericht } from '../../../src/domain/berichten.ts';
import type { PrecedentWeergave } from '../../../src/domain/register.ts';
import { label } from '../../../src/domain/woorden.ts';
import type { Taal } from '../../../src/taal/taal.ts';
import { vertaler } from '../../../src/taal/tekst.ts';
import { formatteerDatum, formatteerMoment } from '../../../src/time/index.ts';
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
export function precedentElementen(p: PrecedentWeergave, max: number, taal: Taal): Element[] {
  const fragment = fragmentBlok(p.fragment, p.markeringen, max);
  return [
    tekst(`${p.referentie} · ${label(p.uitkomst, taal)} · ${formatteerMoment(new Date(p.genomen), taal)}`, {
      weight: 'bolder',
      spacing: 'small',
    }),
    letterlijk(p.titel, 120),
    ...(fragment ? [fragment] : []),
  ];
}

/** "Like cases alike" on the first casus card and the submitter's confirmation. */
export function vergelijkbaarElementen(
  lijst: PrecedentWeergave[] | undefined,
  max: number,
  taal: Taal = 'nl',
): Element[] {
  if (!lijst || lijst.length === 0) return [];
  return [
    container(
      [
        tekst(vertaler(taal)('beheer.register.vergelijkbaar'), { weight: 'bolder' }),
        ...lijst.slice(0, 5).flatMap((p) => precedentElementen(p, Math.min(max, 300), taal)),
      ],
      { separator: true, spacing: 'medium' },
    ),
  ];
}

export function afwijkingvraagkaart(b: Van<'afwijking_gevraagd'>, taal: Taal = 'nl'): AdaptiveKaart {
  const t = vertaler(taal);
  return passend((max) =>
    kaart([
      kop(t('beheer.register.afwijking.kop', { referentie: b.referentie })),
      letterlijk(b.titel, 120, { weight: 'bolder' }),
      tekst(
        t('beheer.register.afwijking.uitleg_kort', {
          uitkomst: label(b.uitkomst, taal),
          meerderheid: b.inMeerderheid,
          eerder: b.eerder,
          tafel: b.tafelNaam,
        }),
      ),
      letterlijk(b.knelpunt, 300),
      ...(b.voorbeelden.length > 0
        ? [
            tekst(t('beheer.register.afwijking.eerdere'), { weight: 'bolder', spacing: 'medium' }),
            ...b.voorbeelden.slice(0, 3).flatMap((p) => precedentElementen(p, Math.min(max, 400), taal)),
          ]
        : []),
      container(
        [
          tekstveld('toelichting', t('beheer.register.afwijking.veld'), {
            verplicht: true,
            meerdereRegels: true,
            max: 2000,
            hint: t('beheer.register.afwijking.hint'),
            fout: t('beheer.register.afwijking.leeg'),
          }),
          knoppen([
            uitvoeren(t('beheer.register.afwijking.versturen'), VERB_AFWIJKING, { besluitId: b.besluitId }),
          ]),
        ],
        { separator: true },
      ),
    ]),
  );
}

export function afwijkingtoegelichtkaart(b: Van<'afwijking_toegelicht'>, taal: Taal = 'nl'): AdaptiveKaart {
  const t = vertaler(taal);
  return passend((max) =>
    kaart([
      tekst(
        t('beheer.register.toegelicht.kop', { referentie: b.referentie, uitkomst: label(b.uitkomst, taal) }),
        {
          weight: 'bolder',
          color: 'accent',
        },
      ),
      letterlijk(b.titel, 120),
      tekst(t('beheer.register.toegelicht_kort', { naam: b.voorzitterNaam, tafel: b.tafelNaam })),
      ...alineas(b.toelichting, Math.min(max, 2000)),
    ]),
  );
}

/**
 * How the report's chart appears on the card. A card cannot carry the PNG itself (Teams' 28 KB message
 * limit), so it shows the image from the server's URL; without one, the card says why it is missing.
 */
export type RapportGrafiek = { url: string } | { ontbreekt: string };

export function rapportkaart(
  b: Van<'knelpuntenrapport'>,
  grafiek?: RapportGrafiek,
  taal: Taal = 'nl',
): AdaptiveKaart {
  const t = vertaler(taal);
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
          klein(
            t('beheer.register.rapport.grafiek_tot', {
              datum: formatteerDatum(new Date(b.grafiek.verloopt), taal),
            }),
          ),
        ]
      : grafiek && 'ontbreekt' in grafiek
        ? [klein(grafiek.ontbreekt)]
        : [];
  return passend((max) =>
    kaart(
      [
        kop(
          t('beheer.register.rapport.kop', {
            tafel: b.tafelNaam ?? t('beheer.register.rapport.alle_tafels'),
          }),
        ),
        klein(t('beheer.register.rapport.periode', { van: b.van, tot: b.tot })),
        ...afbeelding,
        ...alineas(b.samenvatting, max * 2),
      ],
      url
        ? { actions: [{ type: 'Action.OpenUrl', title: t('beheer.register.rapport.grafiek_openen'), url }] }
        : {},
    ),
  );
}

/** Search results as a reply card. */
export function zoekkaart(woorden: string, resultaten: PrecedentWeergave[], taal: Taal): AdaptiveKaart {
  const t = vertaler(taal);
  return passend((max) =>
    kaart([
      tekst(t('beheer.register.zoek.kop_kort'), { weight: 'bolder' }),
      letterlijk(woorden, 200, { italic: true }),
      ...(resultaten.length === 0
        ? [klein(t('beheer.register.zoek.geen'))]
        : resultaten.flatMap((p) => [
            ...precedentElementen(p, Math.min(max, 600), taal),
            letterlijk(`${p.tafelNaam}${p.knelpunt ? ` · ${p.knelpunt}` : ''}`, 300, {
              isSubtle: true,
              size: 'small',
            }),
          ])),
    ]),
  );
}
