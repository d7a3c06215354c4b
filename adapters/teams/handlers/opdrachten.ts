// Text commands to the bot: in the personal chat, or in a channel with @Maatwerkbot before them.
import { isDomeinFout } from '../../../src/domain/fouten.ts';
import { isReferentie } from '../../../src/domain/referentie.ts';
import { label } from '../../../src/domain/woorden.ts';
import { alsWeergave } from '../../../src/register/berichten.ts';
import { zoekBesluiten } from '../../../src/register/zoeken.ts';
import { agendaOpVerzoek } from '../../../src/services/agenda.ts';
import { controleerKanaal, koppelKanaal } from '../../../src/services/kanaalcontrole.ts';
import { mijnToezeggingen } from '../../../src/services/opvolging.ts';
import {
  kaartVoor,
  mijnCasussen,
  mijnOpenBeslissingen,
  tafelsVoorIndiener,
  tafelVoorKanaal,
} from '../../../src/services/overzicht.ts';
import type { Taal } from '../../../src/taal/taal.ts';
import { type Vertaler, vertaler } from '../../../src/taal/tekst.ts';
import { formatteerMoment } from '../../../src/time/index.ts';
import type { Activiteit } from '../activiteit.ts';
import type { Beurt } from '../botframework.ts';
import { kanaalIdVan } from '../gesprekken.ts';
import {
  type AdaptiveKaart,
  type Element,
  kaart,
  kaartBericht,
  klein,
  kop,
  letterlijk,
  passend,
  tekst,
} from '../kaarten/bouwstenen.ts';
import { casuskaart } from '../kaarten/casuskaart.ts';
import { berichtKaart, samenvatting } from '../kaarten/index.ts';
import { kanaalcontroleMislukt, kanaalcontroleRegels } from '../kaarten/kanaalcontrole.ts';
import { hulpkaart, indienknopkaart, tekstkaart, toezeggingenkaart } from '../kaarten/meldingen.ts';
import { zoekkaart } from '../kaarten/register.ts';
import { voorzitterskaart } from '../kaarten/voorzitterskaart.ts';
import { leesKanaal } from '../kanaalcontrole.ts';
import {
  foutTekst,
  identiteitVan,
  logFout,
  ONBEKENDE_GEBRUIKER,
  type TeamsContext,
  taalVanActor,
} from './gemeenschappelijk.ts';

/** The command as typed: mentions of the bot and markup removed, whitespace collapsed. */
export function opdrachtTekst(tekst: string): string {
  return tekst
    .replace(/<at>.*?<\/at>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** An error of the core in the reader's language, with what its fields say. */
const aanhalen = (s: string) => `"${s}"`;

const REFERENTIE_VOORBEELD = 'MW-2026-0042';

async function openKaart(t: TeamsContext, a: Activiteit, taal: Taal): Promise<AdaptiveKaart> {
  const w = vertaler(taal);
  const identiteit = identiteitVan(a);
  if (!identiteit) return tekstkaart([ONBEKENDE_GEBRUIKER], { fout: true });
  const open = (await mijnOpenBeslissingen(t.d, identiteit)).slice(0, 25);
  const eigen = await mijnCasussen(t.d, identiteit, 5);
  const regels: Element[] = [kop(w('beheer.home.wacht'))];
  if (open.length === 0) regels.push(klein(w('beheer.home.wacht.niets_teams')));
  for (const o of open) {
    regels.push(
      tekst(
        w('beheer.home.open.regel', {
          referentie: o.referentie,
          tafel: o.tafelNaam,
          soort: w(`beheer.home.soort.${o.soort}`),
          moment: formatteerMoment(o.deadline, taal),
        }),
        { spacing: 'small' },
      ),
    );
    regels.push(letterlijk(o.titel, 120, { isSubtle: true }));
  }
  regels.push(kop(w('beheer.home.casussen_teams'), { spacing: 'large' }));
  if (eigen.length === 0) regels.push(klein(w('beheer.home.casussen.geen_teams')));
  for (const c of eigen) {
    regels.push(
      tekst(
        `${c.referentie} · ${c.tafelNaam}: ${label(c.status, taal)}${c.uitkomst ? ` (${label(c.uitkomst, taal)})` : ''}`,
        { spacing: 'small' },
      ),
    );
    regels.push(letterlijk(c.titel, 120, { isSubtle: true }));
  }
  return passend(() => kaart(regels));
}

/**
 * `toezeggingen` (also `mijn toezeggingen`) in the personal chat: the open commitments of this person and
 * their organisations, each with its own "Gedaan" form. In a channel never: everyone there reads it.
 */
async function toezeggingen(t: TeamsContext, a: Activiteit, taal: Taal): Promise<AdaptiveKaart> {
  if (kanaalIdVan(a) || a.conversation.conversationType !== 'personal')
    return tekstkaart([
      vertaler(taal)('beheer.opdracht.toezeggingen.persoonlijk', { opdracht: aanhalen('toezeggingen') }),
    ]);
  const identiteit = identiteitVan(a);
  if (!identiteit) return tekstkaart([ONBEKENDE_GEBRUIKER], { fout: true });
  const lijst = await mijnToezeggingen(t.d, identiteit);
  t.log.info({ toezeggingen: lijst.length }, 'teams: toezeggingen');
  return toezeggingenkaart(lijst, taal);
}

async function koppel(
  t: TeamsContext,
  a: Activiteit,
  beurt: Beurt,
  argumenten: string[],
  taal: Taal,
): Promise<AdaptiveKaart> {
  const w = vertaler(taal);
  const koppelTafel = `koppel <${w('beheer.woord.tafel')}>`;
  const kanaalId = kanaalIdVan(a);
  if (!kanaalId)
    return tekstkaart([w('beheer.koppel.in_kanaal', { opdracht: aanhalen(koppelTafel) })], { fout: true });
  const identiteit = identiteitVan(a);
  if (!identiteit) return tekstkaart([ONBEKENDE_GEBRUIKER], { fout: true });
  const [slug, soortWoord] = argumenten;
  if (!slug)
    return tekstkaart(
      [
        w('beheer.koppel.noem_tafel', {
          opdracht: aanhalen(koppelTafel),
          leer: aanhalen(`${koppelTafel} leerkanaal`),
        }),
      ],
      { fout: true },
    );
  const soort = soortWoord && /^leer/i.test(soortWoord) ? 'leer' : 'tafel';
  const kanaal = { platform: 'teams' as const, kanaalId, soort: soort as 'tafel' | 'leer' };
  let r: Awaited<ReturnType<typeof koppelKanaal>>;
  try {
    r = await koppelKanaal(t.d, identiteit, slug.toLowerCase(), kanaal);
    t.log.info({ tafel: slug.toLowerCase(), soort }, 'teams: kanaal gekoppeld');
  } catch (fout) {
    if (!isDomeinFout(fout)) throw fout;
    logFout(t.log, fout, 'koppel');
    return tekstkaart([fout.tekst(taal)], { fout: true });
  }
  const gekoppeld = tekst(
    w(soort === 'tafel' ? 'beheer.koppel.gekoppeld.tafel' : 'beheer.koppel.gekoppeld.leer', {
      platform: 'teams',
      tafel: r.tafelNaam,
    }),
  );
  // The binding stands; who can read the channel is checked now, and the chair reads it in the same answer.
  let controle: Element[] = [tekst(kanaalcontroleMislukt(taal))];
  try {
    const waarneming = await leesKanaal(beurt, a, kanaalId);
    const uitkomst = await controleerKanaal(t.d, identiteit, { ...kanaal, tafelId: r.tafelId }, waarneming);
    t.log.info(
      {
        uitkomst: uitkomst.uitkomst,
        redenen: uitkomst.redenen.map((x) => x.soort),
        leesfout: uitkomst.leesfout ?? undefined,
      },
      'teams: kanaal gecontroleerd',
    );
    controle = kanaalcontroleRegels(uitkomst, taal);
  } catch (fout) {
    logFout(t.log, fout, 'kanaal controleren');
  }
  return passend(() => kaart([gekoppeld, ...controle]));
}

/** In a channel the answer is a reply everyone there reads: only the table's own channel may see its casussen. */
const alleenPersoonlijkOfTafel = (w: Vertaler, wat: 'agenda' | 'zoeken') =>
  w('beheer.opdracht.alleen_persoonlijk', { wat });

/**
 * `agenda [tafel]`: the agenda of the table's next meeting as it stands now, for its members (the service
 * decides). In the personal chat the table named, else the tenant's only table; in a channel only the agenda
 * of the table bound to that channel, because everyone in the channel reads the answer.
 */
async function agenda(
  t: TeamsContext,
  a: Activiteit,
  argumenten: string[],
  taal: Taal,
): Promise<{ kaart: AdaptiveKaart; samenvatting?: string }> {
  const w = vertaler(taal);
  const identiteit = identiteitVan(a);
  if (!identiteit) return { kaart: tekstkaart([ONBEKENDE_GEBRUIKER], { fout: true }) };
  let tafel = argumenten[0]?.toLowerCase();
  const kanaalId = kanaalIdVan(a);
  if (kanaalId) {
    const vanKanaal = await tafelVoorKanaal(t.d, 'teams', kanaalId);
    if (!vanKanaal || (tafel && tafel !== vanKanaal.slug))
      return { kaart: tekstkaart([alleenPersoonlijkOfTafel(w, 'agenda')]) };
    tafel = vanKanaal.id;
  }
  if (!tafel) {
    const { tafels } = await tafelsVoorIndiener(t.d, identiteit);
    if (tafels.length !== 1)
      return {
        kaart: tekstkaart([
          w('beheer.agenda.welke_tafel', {
            platform: 'teams',
            opdracht: aanhalen(`agenda <${w('beheer.woord.tafel')}>`),
            metVoorbeelden: tafels.length > 0 ? 'ja' : 'nee',
            voorbeelden: tafels
              .slice(0, 10)
              .map((x) => aanhalen(`agenda ${x.slug}`))
              .join(', '),
            kort: aanhalen('agenda'),
          }),
        ]),
      };
    tafel = tafels[0]!.id;
  }
  try {
    const b = await agendaOpVerzoek(t.d, identiteit, tafel);
    t.log.info({ punten: b.punten.length }, 'teams: agenda op verzoek');
    return { kaart: berichtKaart(b), samenvatting: samenvatting(b) };
  } catch (fout) {
    if (!isDomeinFout(fout)) throw fout;
    logFout(t.log, fout, 'agenda');
    return { kaart: tekstkaart([fout.tekst(taal)], { fout: true }) };
  }
}

/**
 * `zoek <woorden>`: earlier besluiten this person may see (the register decides, and refuses on record
 * someone who sits at no table), as a reply card.
 */
async function zoek(
  t: TeamsContext,
  a: Activiteit,
  argumenten: string[],
  taal: Taal,
): Promise<AdaptiveKaart> {
  const w = vertaler(taal);
  const identiteit = identiteitVan(a);
  if (!identiteit) return tekstkaart([ONBEKENDE_GEBRUIKER], { fout: true });
  const woorden = argumenten.join(' ').trim();
  if (!woorden)
    return tekstkaart(
      [
        w('beheer.register.zoek.noem_woorden', {
          voorbeeld: aanhalen(`zoek ${w('beheer.woord.zoekvoorbeeld')}`),
        }),
      ],
      { fout: true },
    );
  // In a channel everyone reads the answer: only the besluiten of the table bound to it, if any.
  const kanaalId = kanaalIdVan(a);
  const vanKanaal = kanaalId ? await tafelVoorKanaal(t.d, 'teams', kanaalId) : null;
  if (kanaalId && !vanKanaal) return tekstkaart([alleenPersoonlijkOfTafel(w, 'zoeken')]);
  try {
    const resultaten = await zoekBesluiten(t.d, identiteit, {
      woorden,
      limiet: 5,
      ...(vanKanaal ? { tafel: vanKanaal.id } : {}),
    });
    t.log.info({ resultaten: resultaten.length }, 'teams: zoeken');
    return zoekkaart(woorden, resultaten.map(alsWeergave), taal);
  } catch (fout) {
    if (!isDomeinFout(fout)) throw fout;
    logFout(t.log, fout, 'zoeken');
    return tekstkaart([foutTekst(fout, taal)], { fout: true });
  }
}

/** `voorzitter <referentie>` in the personal chat: the chair's card, for the chair of that table only. */
async function voorzitter(
  t: TeamsContext,
  a: Activiteit,
  argumenten: string[],
  taal: Taal,
): Promise<AdaptiveKaart> {
  const w = vertaler(taal);
  if (kanaalIdVan(a) || a.conversation.conversationType !== 'personal')
    return tekstkaart([
      w('beheer.opdracht.voorzitter.persoonlijk', {
        opdracht: aanhalen(`voorzitter <${w('beheer.woord.referentie')}>`),
      }),
    ]);
  const identiteit = identiteitVan(a);
  if (!identiteit) return tekstkaart([ONBEKENDE_GEBRUIKER], { fout: true });
  const referentie = argumenten[0]?.toUpperCase();
  if (!referentie)
    return tekstkaart(
      [
        w('beheer.opdracht.voorzitter.noem_casus', {
          voorbeeld: aanhalen(`voorzitter ${REFERENTIE_VOORBEELD}`),
        }),
      ],
      { fout: true },
    );
  try {
    const { kaart: stand, mogelijkheden } = await kaartVoor(t.d, identiteit, referentie, 'opdracht');
    if (!mogelijkheden.isVoorzitter)
      return tekstkaart(
        [
          w('beheer.voorzitter.alleen', {
            tafel: stand.casus.tafelNaam,
            referentie: stand.casus.referentie,
          }),
        ],
        { fout: true },
      );
    return voorzitterskaart(stand, { plek: 'persoonlijk' });
  } catch (fout) {
    if (!isDomeinFout(fout)) throw fout;
    logFout(t.log, fout, 'voorzitter');
    return tekstkaart([fout.tekst(taal)], { fout: true });
  }
}

/**
 * `casus MW-2026-0042`, or the reference alone, in the personal chat: the casus card as this person may see
 * it. The reference may come from anywhere (a link, a forwarded card, a search result): the core refuses on
 * record whoever may not see the casus. In a channel never, because everyone there reads the answer.
 */
async function bekijk(
  t: TeamsContext,
  a: Activiteit,
  referentie: string,
  taal: Taal,
): Promise<AdaptiveKaart> {
  if (kanaalIdVan(a) || a.conversation.conversationType !== 'personal')
    return tekstkaart([
      vertaler(taal)('beheer.opdracht.bekijk.persoonlijk', { opdracht: aanhalen(`casus ${referentie}`) }),
    ]);
  const identiteit = identiteitVan(a);
  if (!identiteit) return tekstkaart([ONBEKENDE_GEBRUIKER], { fout: true });
  try {
    const { kaart: stand, mogelijkheden } = await kaartVoor(t.d, identiteit, referentie, 'opdracht');
    t.log.info({ referentie: stand.casus.referentie }, 'teams: casus bekeken');
    return casuskaart(stand, { plek: 'persoonlijk', mogelijkheden });
  } catch (fout) {
    if (!isDomeinFout(fout)) throw fout;
    logFout(t.log, fout, 'casus bekijken');
    return tekstkaart([fout.tekst(taal)], { fout: true });
  }
}

export async function verwerkBericht(t: TeamsContext, a: Activiteit, beurt: Beurt): Promise<void> {
  const volledig = opdrachtTekst(a.text ?? '');
  if (!volledig) return;
  const [woord = '', ...argumenten] = volledig.split(' ');
  const taal = await taalVanActor(t, a);
  const w = vertaler(taal);
  let antwoord: AdaptiveKaart;
  let kort = w('beheer.product');
  // A reference alone, or after `casus`: the casus as this person may see it.
  const gevraagd = (woord.toLowerCase() === 'casus' ? (argumenten[0] ?? '') : woord).toUpperCase();
  if (isReferentie(gevraagd)) {
    antwoord = await bekijk(t, a, gevraagd, taal);
    kort = gevraagd;
  } else {
    switch (woord.toLowerCase()) {
      case 'help':
      case 'hulp':
      case '?':
        antwoord = hulpkaart();
        break;
      case 'casus':
      case 'indienen':
        antwoord = indienknopkaart();
        break;
      case 'toezeggingen':
      case 'commitments':
        antwoord = await toezeggingen(t, a, taal);
        break;
      case 'open':
      case 'mijn':
      case 'my':
        antwoord = /^(toezeggingen|commitments)$/i.test(argumenten[0] ?? '')
          ? await toezeggingen(t, a, taal)
          : await openKaart(t, a, taal);
        break;
      case 'koppel':
        antwoord = await koppel(t, a, beurt, argumenten, taal);
        break;
      case 'zoek':
        antwoord = await zoek(t, a, argumenten, taal);
        kort = w('beheer.opdracht.zoek.kort');
        break;
      case 'agenda': {
        const r = await agenda(t, a, argumenten, taal);
        antwoord = r.kaart;
        if (r.samenvatting) kort = r.samenvatting;
        break;
      }
      case 'voorzitter':
        antwoord = await voorzitter(t, a, argumenten, taal);
        break;
      default:
        antwoord = kaart([tekst(w('beheer.hulp.onbekend_teams'), { weight: 'bolder' }), ...hulpkaart().body]);
    }
  }
  const r = await beurt.antwoord(kaartBericht(antwoord, kort));
  if (!r.ok) t.log.warn({ fout: r.fout }, 'teams: antwoord niet verstuurd');
}
