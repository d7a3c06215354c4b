// Shapes the precedent register hands to messages and adapters: plain data, no behaviour.

import type { Taal } from '../taal/taal.ts';
import type { BesluitUitkomst } from './woorden.ts';

/** The two families the consistency signal compares. */
export type Familie = 'geholpen' | 'niet_geholpen';

/** An earlier besluit as a card or message shows it. */
export interface PrecedentWeergave {
  besluitId: string;
  referentie: string;
  titel: string;
  uitkomst: BesluitUitkomst;
  knelpunt: string | null;
  tafelNaam: string;
  genomen: string;
  fragment: string;
  markeringen: { van: number; tot: number }[];
  gewerkt: boolean | null;
  afwijkingToelichting: string | null;
}

export interface KnelpuntCijfers {
  knelpunt: { code: string | null; naam: string };
  casussen: number;
  uitkomsten: Record<BesluitUitkomst, number>;
  /** Raised, not withdrawn, no besluit yet. */
  open: number;
  ingetrokken: number;
  kostenMaatwerkCent: number;
  kostenNietsDoenCent: number;
  /** Median time from raise to besluit in werkuren, one decimal; null without besluiten. */
  mediaanWerkuren: number | null;
  toezeggingen: { open: number; verlopen: number };
  evaluaties: { gewerkt: number; nietGewerkt: number; nogNiet: number };
}

export interface Rapport {
  /** `taal`: the tenant's language, which the report is written in (Dutch when absent). */
  tenant: { slug: string; naam: string; taal?: Taal };
  /** null: every table of the tenant. */
  tafel: { slug: string; naam: string } | null;
  /** Inclusive days, YYYY-MM-DD, Europe/Amsterdam. */
  van: string;
  tot: string;
  /** ISO instant the figures were taken. */
  gemaakt: string;
  doorlooptijdEenheid: 'werkuren';
  /** Most casussen first. */
  knelpunten: KnelpuntCijfers[];
  totaal: KnelpuntCijfers;
}

export type RegisterBericht =
  | {
      soort: 'afwijking_gevraagd';
      besluitId: string;
      referentie: string;
      titel: string;
      tafelNaam: string;
      knelpunt: string;
      uitkomst: BesluitUitkomst;
      meerderheid: Familie;
      eerder: number;
      inMeerderheid: number;
      voorbeelden: PrecedentWeergave[];
    }
  | {
      soort: 'afwijking_toegelicht';
      besluitId: string;
      referentie: string;
      titel: string;
      tafelNaam: string;
      uitkomst: BesluitUitkomst;
      toelichting: string;
      voorzitterNaam: string;
    }
  | {
      soort: 'knelpuntenrapport';
      /** null: every table of the tenant (for a bestuurder). */
      tafelNaam: string | null;
      van: string;
      tot: string;
      samenvatting: string;
      rapport: Rapport;
      /**
       * The chart, rendered once by the monthly slot and stored (src/register/grafiekopslag.ts): Slack
       * uploads its bytes, Teams shows it by URL. Absent in messages placed before charts were stored;
       * an adapter then draws it from `rapport` or sends the summary alone.
       */
      grafiek?: GrafiekVerwijzing;
    };

/** A stored report chart: aggregate figures only, no personal data. */
export interface GrafiekVerwijzing {
  /** 256 random bits (base64url): the only key to the stored PNG, and the secret part of its URL. */
  token: string;
  breedte: number;
  hoogte: number;
  /** ISO instant after which the image is no longer served and is removed. */
  verloopt: string;
  /** What the chart shows, for screen readers (alt text). */
  beschrijving: string;
}
