// App Home: what waits for me, my open commitments, my casussen, recent besluiten of my tables. One select per open decision
// opens the same modal as the buttons elsewhere; the services decide again when it is submitted.
import { KEUZES, label, type Taal } from '../../../src/domain/woorden.ts';
import type { MijnToezegging } from '../../../src/services/opvolging.ts';
import type { OpenBeslissing } from '../../../src/services/overzicht.ts';
import { type Vertaler, vertaler } from '../../../src/taal/tekst.ts';
import { formatteerDatum, formatteerMoment } from '../../../src/time/index.ts';
import { type Blok, type HomeView, LIMIET } from '../blockkit.ts';
import { ACTIE, BESTUURDER_KEUZES, type BeheerActie, COMMANDO, VOORZITTER_UITKOMSTEN } from '../ids.ts';
import { md, SLACK_OPMAAK } from '../tekst.ts';
import { beheerMenu } from './beheer.ts';
import { bestuurderLabel } from './berichten.ts';
import { begrens, context, knop, kop, optie, platTekst, sectie } from './bouwstenen.ts';
import { statusTekst } from './kaart.ts';

export interface HomeGegevens {
  open: OpenBeslissing[];
  /** Casussen of the tables this person chairs that still take the chair's controls (the core decides). */
  voorzitter?: {
    casusId: string;
    referentie: string;
    titel: string;
    status: string;
    opAgenda: boolean;
    tafelNaam: string;
    /** The controls the chair's menu offers for it (the core's `beheeracties`); all when absent. */
    beheeracties?: readonly BeheerActie[];
  }[];
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
  /** Open commitments of this person and their organisations; absent: none. */
  toezeggingen?: MijnToezegging[];
}

/** One open commitment, with "Gedaan" opening the small modal (the service decides who may). */
function toezeggingBlok(z: MijnToezegging, taal: Taal, t: Vertaler): Blok {
  const wanneer = t('berichten.toezegging.lijst.uiterlijk', { deadline: formatteerDatum(z.deadline, taal) });
  return {
    type: 'section',
    block_id: `toezegging:${z.toezeggingId}`,
    text: {
      type: 'mrkdwn',
      verbatim: true,
      text: `*${z.referentie}* · ${md(z.titel, 300)}\n*${md(z.organisatie, 200)}*: ${md(z.taak, 1000)}\n${
        z.achterstallig ? `:warning: *${t('berichten.toezegging.lijst.te_laat')}* · ${wanneer}` : wanneer
      }`,
    },
    accessory: knop({
      actionId: ACTIE.toezeggingGedaan,
      tekst: t('berichten.knop.gedaan'),
      waarde: z.toezeggingId,
      ...(z.achterstallig ? { stijl: 'primary' as const } : {}),
    }),
  };
}

function keuzes(b: OpenBeslissing, taal: Taal): [string, string][] {
  if (b.soort === 'antwoord') return KEUZES.map((k) => [`antwoord:${k}`, label(k, taal)]);
  if (b.soort === 'voorzitter') return VOORZITTER_UITKOMSTEN.map((u) => [`voorzitter:${u}`, label(u, taal)]);
  return BESTUURDER_KEUZES.map((k) => [`bestuurder:${k}`, bestuurderLabel(k, taal)]);
}

function openBlok(b: OpenBeslissing, i: number, taal: Taal, t: Vertaler): Blok {
  const wat = t('beheer.home.open.voor', {
    soort: t(`beheer.home.soort.${b.soort}`),
    moment: formatteerMoment(b.deadline, taal),
  });
  return {
    type: 'section',
    block_id: `open:${i}`,
    text: {
      type: 'mrkdwn',
      verbatim: true,
      text: `*${b.referentie}* · ${md(b.titel, 300)}\n${md(b.tafelNaam, 200)} · ${wat}`,
    },
    accessory: {
      type: 'static_select',
      action_id: ACTIE.kies,
      placeholder: platTekst(t('beheer.home.beslis'), LIMIET.placeholder),
      options: keuzes(b, taal).map(([waarde, tekst]) => optie(tekst, `${waarde}|${b.casusId}`)),
    },
  };
}

export function homeView(g: HomeGegevens, taal: Taal = 'nl'): HomeView {
  const t = vertaler(taal, SLACK_OPMAAK);
  const blokken: Blok[] = [
    kop(t('beheer.product')),
    {
      type: 'section',
      text: { type: 'mrkdwn', text: t('beheer.home.intro') },
      accessory: knop({
        actionId: ACTIE.nieuw,
        tekst: t('beheer.home.nieuw'),
        waarde: 'nieuw',
        stijl: 'primary',
      }),
    },
    kop(t('beheer.home.wacht')),
  ];
  const open = g.open.slice(0, 30);
  if (open.length === 0) blokken.push(sectie(t('beheer.home.wacht.niets')));
  else blokken.push(...open.map((b, i) => openBlok(b, i, taal, t)));
  if (g.open.length > open.length)
    blokken.push(context(t('beheer.home.meer', { aantal: g.open.length - open.length })));

  const toezeggingen = g.toezeggingen ?? [];
  blokken.push(kop(t('beheer.home.toezeggingen')));
  if (toezeggingen.length === 0) blokken.push(sectie(t('berichten.toezegging.lijst.geen')));
  for (const z of toezeggingen.slice(0, 15)) blokken.push(toezeggingBlok(z, taal, t));
  if (toezeggingen.length > 15)
    blokken.push(context(t('beheer.home.meer', { aantal: toezeggingen.length - 15 })));

  // The chair's menu lives here and in the chair's own views, not on the card everyone in the channel sees.
  const voorzitter = (g.voorzitter ?? []).slice(0, 15);
  if (voorzitter.length > 0) {
    blokken.push(kop(t('beheer.home.voorzitter')), context(t('beheer.home.voorzitter.uitleg')));
    for (const [i, c] of voorzitter.entries()) {
      blokken.push({
        type: 'section',
        block_id: `voorzitter:${i}`,
        text: {
          type: 'mrkdwn',
          verbatim: true,
          text: `*${c.referentie}* · ${md(c.titel, 300)}\n${md(c.tafelNaam, 200)} · ${md(statusTekst(c, taal), 300)}`,
        },
        accessory: beheerMenu(c.casusId, taal, c.beheeracties),
      });
    }
  }

  blokken.push(kop(t('beheer.home.casussen')));
  if (g.casussen.length === 0) blokken.push(sectie(t('beheer.home.casussen.geen')));
  for (const c of g.casussen.slice(0, 15)) {
    blokken.push(
      sectie(
        `*${c.referentie}* · ${md(c.titel, 300)}\n${md(c.tafelNaam, 200)} · ${label(c.status, taal)}${
          c.uitkomst ? ` · ${label(c.uitkomst, taal)}` : ''
        }`,
      ),
    );
  }

  blokken.push(kop(t('beheer.home.besluiten')));
  if (g.besluiten.length === 0) blokken.push(sectie(t('beheer.home.besluiten.geen')));
  for (const b of g.besluiten.slice(0, 10)) {
    blokken.push(
      sectie(
        `*${b.referentie}* · ${md(b.titel, 300)}\n${label(b.uitkomst, taal)} · ${formatteerMoment(b.genomen, taal)} · ${md(b.tafelNaam, 200)}`,
      ),
    );
  }
  blokken.push(
    context(
      t('beheer.home.voet', {
        agenda: `\`${COMMANDO} agenda <${t('beheer.woord.tafel')}>\``,
        zoek: `\`${COMMANDO} zoek <${t('beheer.woord.woorden')}>\``,
      }),
    ),
  );
  return { type: 'home', blocks: begrens(blokken, LIMIET.blokkenView) };
}
