// App Home: what waits for me, my casussen, recent besluiten of my tables. One select per open decision
// opens the same modal as the buttons elsewhere; the services decide again when it is submitted.
import { KEUZES, label, type Taal } from '../../../src/domain/woorden.ts';
import type { OpenBeslissing } from '../../../src/services/overzicht.ts';
import { formatteerMoment } from '../../../src/time/index.ts';
import { type Blok, type HomeView, LIMIET } from '../blockkit.ts';
import { ACTIE, BESTUURDER_KEUZES, VOORZITTER_UITKOMSTEN } from '../ids.ts';
import { md } from '../tekst.ts';
import { BESTUURDER_LABEL, VOORZITTER_LABEL } from './berichten.ts';
import { begrens, context, knop, kop, optie, platTekst, sectie } from './bouwstenen.ts';

export interface HomeGegevens {
  open: OpenBeslissing[];
  casussen: {
    casusId: string;
    referentie: string;
    titel: string;
    status: string;
    tafelNaam: string;
    uitkomst: string | null;
  }[];
  besluiten: {
    casusId: string;
    referentie: string;
    titel: string;
    uitkomst: string;
    genomen: Date;
    tafelNaam: string;
  }[];
}

const SOORT: Record<OpenBeslissing['soort'], string> = {
  antwoord: 'uw antwoord',
  voorzitter: 'uw besluit als voorzitter',
  bestuurder: 'uw goedkeuring als bestuurder',
};

function keuzes(b: OpenBeslissing, taal: Taal): [string, string][] {
  if (b.soort === 'antwoord') return KEUZES.map((k) => [`reactie:${k}`, label(k, taal)]);
  if (b.soort === 'voorzitter')
    return VOORZITTER_UITKOMSTEN.map((u) => [`voorzitter:${u}`, VOORZITTER_LABEL[u]!]);
  return BESTUURDER_KEUZES.map((k) => [`bestuurder:${k}`, BESTUURDER_LABEL[k]]);
}

function openBlok(b: OpenBeslissing, i: number, taal: Taal): Blok {
  return {
    type: 'section',
    block_id: `open:${i}`,
    text: {
      type: 'mrkdwn',
      verbatim: true,
      text: `*${b.referentie}* · ${md(b.titel, 300)}\n${md(b.tafelNaam, 200)} · ${SOORT[b.soort]} vóór ${formatteerMoment(b.deadline, taal)}`,
    },
    accessory: {
      type: 'static_select',
      action_id: ACTIE.kies,
      placeholder: platTekst('Beslis…', LIMIET.placeholder),
      options: keuzes(b, taal).map(([waarde, tekst]) => optie(tekst, `${waarde}|${b.casusId}`)),
    },
  };
}

export function homeView(g: HomeGegevens, taal: Taal = 'nl'): HomeView {
  const blokken: Blok[] = [
    kop('Maatwerkbot'),
    {
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: 'Leg een anonieme casus voor aan de maatwerktafel met */casus*, of hier:',
      },
      accessory: knop({ actionId: ACTIE.nieuw, tekst: 'Nieuwe casus', waarde: 'nieuw', stijl: 'primary' }),
    },
    kop('Wacht op u'),
  ];
  const open = g.open.slice(0, 30);
  if (open.length === 0) blokken.push(sectie('Er wacht nu geen besluit op u.'));
  else blokken.push(...open.map((b, i) => openBlok(b, i, taal)));
  if (g.open.length > open.length) blokken.push(context(`… en ${g.open.length - open.length} meer.`));

  blokken.push(kop('Mijn casussen'));
  if (g.casussen.length === 0) blokken.push(sectie('U heeft nog geen casus ingediend.'));
  for (const c of g.casussen.slice(0, 15)) {
    blokken.push(
      sectie(
        `*${c.referentie}* · ${md(c.titel, 300)}\n${md(c.tafelNaam, 200)} · ${label(c.status, taal)}${
          c.uitkomst ? ` · ${label(c.uitkomst, taal)}` : ''
        }`,
      ),
    );
  }

  blokken.push(kop('Recente besluiten van mijn tafels'));
  if (g.besluiten.length === 0) blokken.push(sectie('Nog geen besluiten.'));
  for (const b of g.besluiten.slice(0, 10)) {
    blokken.push(
      sectie(
        `*${b.referentie}* · ${md(b.titel, 300)}\n${label(b.uitkomst, taal)} · ${formatteerMoment(b.genomen, taal)} · ${md(b.tafelNaam, 200)}`,
      ),
    );
  }
  blokken.push(
    context(
      'De agenda van de volgende vergadering: `/casus agenda <tafel>`. Eerdere besluiten zoeken: `/casus zoek <woorden>`.',
    ),
  );
  return { type: 'home', blocks: begrens(blokken, LIMIET.blokkenView) };
}
