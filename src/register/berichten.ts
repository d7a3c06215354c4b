// The neutral messages the register emits. They belong in the Bericht union of src/domain/berichten.ts
// (see the register's issue note for the exact lines); until they are there, alsBericht is the one place
// that tells the outbox they are messages. Data is JSON-safe: ISO strings, cents, plain text.
import type { OpgeslagenBericht } from '../domain/berichten.ts';
import type { PrecedentWeergave, RegisterBericht } from '../domain/register.ts';
import type { BesluitUitkomst } from '../domain/woorden.ts';

export type { PrecedentWeergave, RegisterBericht } from '../domain/register.ts';

/** An earlier besluit as a card or message shows it. */

/** Register messages are part of the Bericht union; kept as a named conversion for readability. */
export function alsBericht(b: RegisterBericht): OpgeslagenBericht {
  return b;
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
