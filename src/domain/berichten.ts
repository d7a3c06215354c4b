// The neutral messages the core emits. The core says *what* happened; each adapter decides how it
// looks (Block Kit, Adaptive Card, console text). Data is a snapshot taken in the transaction, except
// a casus card: the outbox keeps a reference and the adapter gets the card as it stands at delivery.

import { type Taal, taalOf } from '../taal/taal.ts';
import type { Zin } from '../taal/tekst.ts';
import type { Crisisdienst } from './crisis.ts';
import type { PrecedentWeergave, RegisterBericht } from './register.ts';
import type { BesluitUitkomst, Betrokkenheid, Keuze, Leefgebied, Toestemming, Urgentie } from './woorden.ts';

export type Ontvanger =
  | { soort: 'kanaal'; tafelId: string; kanaalSoort: 'tafel' | 'leer' }
  | { soort: 'persoon'; persoonId: string };

/** The address a message is delivered to, resolved from stored channels and identities. */
export type Adres =
  | {
      soort: 'kanaal';
      platform: string;
      kanaalId: string;
      tafelId: string;
      kanaalSoort: 'tafel' | 'leer';
      /** The tenant's language; absent in messages queued before languages were stored. */
      taal?: string;
    }
  | { soort: 'persoon'; platform: string; extern: string; persoonId: string; naam: string; taal: string };

/** The language a message is written in: the person's, or for a channel the tenant's. */
export const taalVanAdres = (adres: Adres): Taal => taalOf(adres.taal);

export interface CasusSamenvatting {
  casusId: string;
  referentie: string;
  tafelId: string;
  tafelNaam: string;
  titel: string;
  situatie: string;
  knelpunt: { code: string | null; naam: string; regel: string | null };
  leefgebieden: Leefgebied[];
  gevraagdeOplossing: string;
  kostenMaatwerkCent: number;
  kostenNietsDoenCent: number;
  kostenNietsDoenToelichting: string;
  urgentie: Urgentie;
  betrokkenheid: Betrokkenheid;
  betrokkenheidToelichting: string | null;
  toestemming: Toestemming;
  status: string;
  opAgenda: boolean;
  /** What the quick intake left open and the submitter still adds (spelregels §4); absent: nothing. */
  ontbreekt?: ('kosten' | 'betrokkenheid' | 'toestemming')[];
  /** Of those, what the table requires before its round opens: the round waits for it; absent: nothing. */
  wachtOp?: ('kosten' | 'betrokkenheid' | 'toestemming')[];
}

export interface LidStand {
  lidId: string;
  naam: string;
  organisatie: string;
  /** Only when the table shows answers before closing, or after close. */
  keuze?: Keuze;
  reden?: string;
  voorwaarden?: string | null;
}

export interface KaartStand {
  casus: CasusSamenvatting;
  versie: number;
  /** Similar earlier besluiten, on the first card only (like cases alike). */
  vergelijkbaar?: PrecedentWeergave[];
  ronde: {
    rondeId: string;
    status: 'open' | 'gesloten';
    deadline: string;
    geantwoord: LidStand[];
    wachtend: LidStand[];
    inhoudZichtbaar: boolean;
  } | null;
  /** The besluit once taken: its outcome and the first line of its why (the whole why is in the thread). */
  besluit?: { uitkomst: BesluitUitkomst; waaromEersteRegel: string } | null;
}

/**
 * A card in the outbox: filled in when it is delivered. So the card an adapter posts is never older
 * than the casus, an update that was retried after a newer one cannot show the older state, and a
 * burst of answers on one casus needs one card update instead of one per answer.
 */
export interface KaartVerwijzing {
  casusId: string;
  versie: number;
  vergelijkbaar?: PrecedentWeergave[];
}

export interface AntwoordRegel {
  organisatie: string;
  naam: string;
  keuze: Keuze;
  reden: string;
  voorwaarden: string | null;
}

export interface BesluitWeergave {
  uitkomst: BesluitUitkomst;
  waarom: string;
  hoe: string;
  voorwaarden: string | null;
  afgewekenRegel: string | null;
  verwijzing: string | null;
  kostenMaatwerkCent: number;
  kostenNietsDoenCent: number;
  /** With deels_toegekend: the amount granted, in cents; absent or null otherwise. */
  toegekendBedragCent?: number | null;
  genomenDoor: 'tafel' | 'voorzitter' | 'bestuurder' | 'vergadering';
  besluiterNaam: string | null;
  genomen: string;
  toezeggingen: { organisatie: string; taak: string; deadline: string }[];
}

/**
 * Why a report's chart did not go with it: no permission to post files, the platform unreachable, or
 * refused; or no public address set, while Teams shows a card's image only from a URL.
 */
export type GrafiekMisluktReden = 'geen_bestandsrecht' | 'onbereikbaar' | 'geweigerd' | 'geen_publiek_adres';

export type Bericht =
  | RegisterBericht
  | { soort: 'casus_geplaatst'; kaart: KaartStand }
  | { soort: 'casus_bijgewerkt'; kaart: KaartStand }
  | {
      soort: 'casus_ontvangen';
      referentie: string;
      tafelNaam: string;
      /** Absent while the round waits for `wachtOp`. */
      deadline?: string;
      /** What the table requires before its round opens and the submitter still adds (spelregels §4). */
      wachtOp?: ('kosten' | 'betrokkenheid' | 'toestemming')[];
      casusId: string;
      vergelijkbaar?: PrecedentWeergave[];
    }
  | {
      soort: 'crisis_doorverwezen';
      referentie: string;
      tafelNaam: string;
      /** The municipality's crisis service; absent when none is configured (or queued before it was). */
      crisisdienst?: Crisisdienst | null;
    }
  | { soort: 'herinnering'; kaart: KaartStand; lidId: string; laat: boolean }
  | {
      soort: 'escalatie';
      escalatieId: string;
      niveau: 'voorzitter' | 'bestuurder';
      trede: number;
      titel: string;
      redenen: string[];
      deadline: string;
      casus: CasusSamenvatting;
      antwoorden: AntwoordRegel[];
      eerdereBesluiten: { door: string; uitkomst: string; reden: string }[];
      laat: boolean;
    }
  | { soort: 'escalatie_verlopen'; referentie: string; titel: string; naar: string }
  | {
      soort: 'informatie_gevraagd';
      escalatieId: string;
      verzoekId: string;
      referentie: string;
      titel: string;
      vraag: string;
      vanNaam: string;
    }
  | {
      soort: 'informatie_gegeven';
      escalatieId: string;
      referentie: string;
      titel: string;
      antwoord: string;
      deadline: string;
    }
  /** `reden` is a plain string in messages stored before it was a sentence. */
  | { soort: 'op_agenda'; referentie: string; titel: string; reden: Zin | string }
  | {
      soort: 'besluit_gedeeld';
      referentie: string;
      titel: string;
      tafelNaam: string;
      besluit: BesluitWeergave;
    }
  | {
      soort: 'toezegging_herinnering';
      referentie: string;
      organisatie: string;
      taak: string;
      deadline: string;
      toezeggingId: string;
      /** Sent well after its planned moment (the process was down); absent in messages queued before. */
      laat?: boolean;
    }
  | {
      /** A commitment past its date and not done: to its owner and organisation, later to the chair. */
      soort: 'toezegging_achterstallig';
      trede: 'eigenaar' | 'voorzitter';
      referentie: string;
      titel: string;
      organisatie: string;
      taak: string;
      deadline: string;
      toezeggingId: string;
      /** Sent well after its planned moment (the process was down). */
      laat: boolean;
    }
  | {
      /** A commitment marked done, shared in the casus thread with what was done. */
      soort: 'toezegging_gedaan';
      referentie: string;
      titel: string;
      organisatie: string;
      taak: string;
      /** What was done, in the words of whoever marked it (checked by the privacy gate). */
      tekst: string;
      doorNaam: string;
    }
  | {
      soort: 'agenda';
      tafelNaam: string;
      vergadering: string;
      laat: boolean;
      punten: {
        referentie: string;
        titel: string;
        status: string;
        opAgenda: boolean;
        deadline: string | null;
      }[];
      besluitenSinds: { referentie: string; titel: string; uitkomst: BesluitUitkomst }[];
      achterstalligeToezeggingen: {
        referentie: string;
        organisatie: string;
        taak: string;
        deadline: string;
      }[];
    }
  | {
      soort: 'weekoverzicht';
      tafelNaam: string;
      van: string;
      tot: string;
      besluiten: { referentie: string; titel: string; uitkomst: BesluitUitkomst }[];
    }
  | { soort: 'termijn_verlengd'; referentie: string; titel: string; deadline: string; reden: string }
  | { soort: 'casus_ingetrokken'; referentie: string; titel: string; reden: string }
  | {
      soort: 'bezorging_mislukt';
      referentie: string | null;
      soortBericht: string;
      ontvanger: string;
      fout: string;
    }
  | {
      /**
       * The monthly report reached a recipient without its chart (the upload failed): the report's text
       * went, saying why; this tells the chair what failed, so the chart can be fetched or the app fixed.
       */
      soort: 'rapportgrafiek_mislukt';
      /** null: the report over every table of the tenant. */
      tafelNaam: string | null;
      van: string;
      tot: string;
      ontvanger: string;
      /** Why, in words for the reader (a select in the catalogue). */
      reden: GrafiekMisluktReden;
      /** The platform's error code, for the administrator (outbox data and log), not shown. */
      fout: string;
    }
  | {
      /** Replace a message the bot posted earlier with a stub (retention purge). */
      soort: 'inhoud_verwijderd';
      referentie: string;
      platformBericht: { platform: string; kanaalId: string; berichtId: string; soort: string };
    }
  | {
      /** The quick intake left these open: the submitter is asked for them, with a small form. */
      soort: 'aanvulling_gevraagd';
      referentie: string;
      titel: string;
      casusId: string;
      ontbreekt: ('kosten' | 'betrokkenheid' | 'toestemming')[];
      /**
       * The reminder of a casus whose round still waits for (part of) this: the table does not decide
       * before it is there. Absent on the first question.
       */
      herinnering?: true;
    }
  | {
      soort: 'toestemming_herinnering';
      referentie: string;
      titel: string;
      casusId: string;
      /** Set when a besluit was taken and waits for consent or the weighing before it is recorded. */
      wachtendeUitkomst?: BesluitUitkomst;
    }
  | {
      soort: 'evaluatie_vraag';
      referentie: string;
      titel: string;
      besluitId: string;
      uitkomst: BesluitUitkomst;
    };

export type BerichtSoort = Bericht['soort'];

type AlsOpgeslagen<B> = B extends { kaart: KaartStand } ? Omit<B, 'kaart'> & { kaart: KaartVerwijzing } : B;

/** What the core writes to the outbox: a message, with any casus card by reference. */
export type OpgeslagenBericht = AlsOpgeslagen<Bericht>;
