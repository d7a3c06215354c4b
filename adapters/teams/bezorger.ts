// Delivers outbox messages in Teams: the casus card as a thread in the table's channel (updated in
// place afterwards), the besluit as a reply to that card, everything for a person in their 1:1 chat.
// The outcome is taken from the send itself, so a message Teams refused never counts as delivered.
// The knelpunten report's chart is not in the message (Teams' 28 KB limit): the card shows it from this
// server's URL, where the stored image is served.
import { type Adres, type Bericht, taalVanAdres } from '../../src/domain/berichten.ts';
import type { Logboek } from '../../src/logboek.ts';
import type { Bezorger, BezorgUitkomst, UitgaandBericht } from '../../src/outbox/dispatcher.ts';
import { grafiekPad } from '../../src/register/grafiekopslag.ts';
import type { Diensten } from '../../src/services/context.ts';
import { platformBericht, registreerPlatformBericht } from '../../src/services/platformgeheugen.ts';
import type { Sleutel } from '../../src/taal/catalogus.ts';
import type { Taal } from '../../src/taal/taal.ts';
import { tekst } from '../../src/taal/tekst.ts';
import type { GesprekReferentie, UitgaandeActiviteit, Verzendresultaat } from './activiteit.ts';
import type { BotKoppeling } from './botframework.ts';
import type { Gesprekken, Kanaal } from './gesprekken.ts';
import { KaartTeGroot } from './kaarten/bouwstenen.ts';
import { berichtActiviteit, type WeergaveOpties } from './kaarten/index.ts';

const PLATFORM = 'teams';
/** The bot is not (yet) in the channel or chat: try again later; an install may come. */
const NOG_NIET_BEREIKBAAR_MS = 15 * 60_000;

type KanaalAdres = Extract<Adres, { soort: 'kanaal' }>;
type PersoonAdres = Extract<Adres, { soort: 'persoon' }>;

/** HTTP status of a failed send → may a retry help? Throttling, timeouts and server errors: yes. */
export function alsUitkomst(r: Verzendresultaat): BezorgUitkomst {
  if (r.ok) return { ok: true };
  const tijdelijk = r.status === null || r.status === 408 || r.status === 429 || r.status >= 500;
  return {
    ok: false,
    tijdelijk,
    ...(r.opnieuwNaMs === undefined ? {} : { opnieuwNaMs: r.opnieuwNaMs }),
    fout: r.fout,
  };
}

const draad = (ref: GesprekReferentie, berichtId: string): GesprekReferentie => ({
  ...ref,
  conversation: { ...ref.conversation, id: `${ref.conversation.id};messageid=${berichtId}` },
});

/** Said on the card when the server has no public address to show the chart from. */
export const grafiekZonderAdres = (taal: Taal) => tekst(taal, 'verbinding.rapport.grafiek_zonder_adres');
export const GRAFIEK_ZONDER_ADRES = grafiekZonderAdres('nl');

/** The error code stored with the chair's message when the card went without its chart. */
const GEEN_PUBLIEKE_URL = 'teams:geen_publieke_url';

/** Why a delivery failed, for the administrator: in Dutch, like the logs. */
const reden = (sleutel: Sleutel) => tekst('nl', sleutel);

export function maakBezorger(
  d: Diensten,
  koppeling: BotKoppeling,
  gesprekken: Gesprekken,
  log: Logboek,
  tenantId?: string,
  publiekeUrl?: string,
): Bezorger {
  const basis = publiekeUrl ? new URL(publiekeUrl.endsWith('/') ? publiekeUrl : `${publiekeUrl}/`) : null;

  /** A report whose chart the card cannot show: no address for Teams to fetch it from. */
  const zonderAdres = (b: Bericht) => b.soort === 'knelpuntenrapport' && !!b.grafiek && !basis;

  /** Where Teams fetches the report's chart, or why the card goes without it. */
  function grafiek(b: Bericht, taal: Taal): Pick<WeergaveOpties, 'grafiek'> {
    if (b.soort !== 'knelpuntenrapport' || !b.grafiek) return {};
    if (!basis) return { grafiek: { ontbreekt: grafiekZonderAdres(taal) } };
    // Delivered after its expiry (the bot was not reachable for months): the URL would answer 404.
    if (new Date(b.grafiek.verloopt).getTime() <= d.klok.nu().getTime()) return {};
    // Relative to the base, so a base with a path (behind a reverse proxy) keeps it.
    return { grafiek: { url: new URL(grafiekPad(b.grafiek.token).slice(1), basis).toString() } };
  }

  async function nieuweDraad(kanaal: Kanaal, adres: KanaalAdres, act: UitgaandeActiviteit) {
    return koppeling.startDraad(
      kanaal.ref,
      adres.kanaalId,
      act,
      kanaal.ref.conversation.tenantId ?? tenantId,
    );
  }

  async function naarKanaal(u: UitgaandBericht, adres: KanaalAdres): Promise<BezorgUitkomst> {
    const kanaal = await gesprekken.kanaal(adres.kanaalId);
    if (!kanaal)
      return {
        ok: false,
        tijdelijk: true,
        opnieuwNaMs: NOG_NIET_BEREIKBAAR_MS,
        fout: reden('verbinding.bezorging.teams_niet_in_kanaal'),
      };
    const b = u.bericht;
    const taal = taalVanAdres(adres);
    if (b.soort === 'inhoud_verwijderd') {
      // The post itself is replaced by a stub; nothing new appears in the channel.
      if (b.platformBericht.platform !== PLATFORM || b.platformBericht.berichtId === '-') return { ok: true };
      return alsUitkomst(
        await koppeling.werkBij(kanaal.ref, b.platformBericht.berichtId, berichtActiviteit(b, { taal })),
      );
    }
    if (b.soort === 'casus_geplaatst' || b.soort === 'casus_bijgewerkt') {
      const casusId = b.kaart.casus.casusId;
      const userIds = await gesprekken.userIdsVoorKaart(b.kaart, kanaal);
      const act = berichtActiviteit(b, { userIds, taal });
      const bestaand = await platformBericht(d, casusId, PLATFORM, 'casuskaart', adres.kanaalId);
      // One card per casus and channel: an earlier post (or a repeated delivery) is updated, never doubled.
      if (bestaand) return alsUitkomst(await koppeling.werkBij(kanaal.ref, bestaand.berichtId, act));
      const r = await nieuweDraad(kanaal, adres, act);
      if (r.ok)
        await registreerPlatformBericht(d, {
          casusId,
          platform: PLATFORM,
          soort: 'casuskaart',
          kanaalId: adres.kanaalId,
          berichtId: r.id,
        });
      return alsUitkomst(r);
    }
    const act = berichtActiviteit(b, { ...grafiek(b, taal), taal });
    if (b.soort === 'besluit_gedeeld' && u.casusId) {
      if (await platformBericht(d, u.casusId, PLATFORM, 'besluit', adres.kanaalId)) return { ok: true };
      const kaartpost =
        adres.kanaalSoort === 'tafel'
          ? await platformBericht(d, u.casusId, PLATFORM, 'casuskaart', adres.kanaalId)
          : null;
      const r = kaartpost
        ? await koppeling.antwoordOp(draad(kanaal.ref, kaartpost.berichtId), kaartpost.berichtId, act)
        : await nieuweDraad(kanaal, adres, act);
      if (r.ok)
        await registreerPlatformBericht(d, {
          casusId: u.casusId,
          platform: PLATFORM,
          soort: 'besluit',
          kanaalId: adres.kanaalId,
          berichtId: r.id || '-',
        });
      return alsUitkomst(r);
    }
    // A commitment marked done is told in the casus's thread, under its card.
    if (b.soort === 'toezegging_gedaan' && u.casusId && adres.kanaalSoort === 'tafel') {
      const kaartpost = await platformBericht(d, u.casusId, PLATFORM, 'casuskaart', adres.kanaalId);
      if (kaartpost)
        return alsUitkomst(
          await koppeling.antwoordOp(draad(kanaal.ref, kaartpost.berichtId), kaartpost.berichtId, act),
        );
    }
    return alsUitkomst(await nieuweDraad(kanaal, adres, act));
  }

  async function naarPersoon(u: UitgaandBericht, adres: PersoonAdres): Promise<BezorgUitkomst> {
    const mri = await gesprekken.mri(adres.extern);
    const taal = taalVanAdres(adres);
    const act = berichtActiviteit(u.bericht, {
      userIds: mri ? [mri] : undefined,
      ...grafiek(u.bericht, taal),
      taal,
    });
    const ref = await gesprekken.persoonlijk(adres.extern);
    if (ref) return alsUitkomst(await koppeling.stuur(ref, act));
    const basis = await gesprekken.basisVoor(adres.extern);
    if (!basis)
      return {
        ok: false,
        tijdelijk: true,
        opnieuwNaMs: NOG_NIET_BEREIKBAAR_MS,
        fout: reden('verbinding.bezorging.teams_geen_installatie'),
      };
    const { resultaat, referentie } = await koppeling.startPersoonlijk(
      basis,
      mri ?? adres.extern,
      act,
      basis.conversation.tenantId ?? tenantId,
    );
    if (referentie) await gesprekken.bewaarPersoonlijk(adres.extern, referentie);
    return alsUitkomst(resultaat);
  }

  return {
    platform: PLATFORM,
    async bezorg(u) {
      try {
        const uitkomst =
          u.adres.soort === 'kanaal' ? await naarKanaal(u, u.adres) : await naarPersoon(u, u.adres);
        if (!uitkomst.ok)
          log.warn({ bericht: u.id, soort: u.bericht.soort, fout: uitkomst.fout }, 'teams: niet bezorgd');
        // The card says why its chart is missing, but only the chair can get an address set: as with a
        // failed Slack upload, the dispatcher tells the chair.
        else if (zonderAdres(u.bericht))
          return { ok: true, zonderGrafiek: { reden: 'geen_publiek_adres', fout: GEEN_PUBLIEKE_URL } };
        return uitkomst;
      } catch (fout) {
        log.error({ bericht: u.id, soort: u.bericht.soort, err: fout }, 'teams: bezorging mislukt');
        if (fout instanceof KaartTeGroot) return { ok: false, tijdelijk: false, fout: fout.message };
        return { ok: false, tijdelijk: true, fout: reden('verbinding.bezorging.teams_interne_fout') };
      }
    },
  };
}
