// The neutral messages the register emits. They belong in the Bericht union of src/domain/berichten.ts
// (see the register's issue note for the exact lines); until they are there, alsBericht is the one place
// that tells the outbox they are messages. Data is JSON-safe: ISO strings, cents, plain text.
import type { Bericht } from '../domain/berichten.ts';
import type { BesluitUitkomst } from '../domain/woorden.ts';
import type { Familie } from './consistentieregel.ts';
import type { Rapport } from './rapportage.ts';

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
      /** Adapters render the chart from this with naarPng(rapport): the outbox holds no images. */
      rapport: Rapport;
    };

export function alsBericht(b: RegisterBericht): Bericht {
  return b as unknown as Bericht;
}

export function alsWeergave(p: {
  besluitId: string;
  referentie: string;
  titel: string;
  uitkomst: BesluitUitkomst;
  knelpunt: { naam: string } | null;
  tafelNaam: string;
  genomen: string;
  fragment: string;
  markeringen: { van: number; tot: number }[];
  gewerkt: boolean | null;
  afwijkingToelichting: string | null;
}): PrecedentWeergave {
  return {
    besluitId: p.besluitId,
    referentie: p.referentie,
    titel: p.titel,
    uitkomst: p.uitkomst,
    knelpunt: p.knelpunt?.naam ?? null,
    tafelNaam: p.tafelNaam,
    genomen: p.genomen,
    fragment: p.fragment,
    markeringen: p.markeringen,
    gewerkt: p.gewerkt,
    afwijkingToelichting: p.afwijkingToelichting,
  };
}
