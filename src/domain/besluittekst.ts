// What a besluit says, as one pure function: the table, the chair, the meeting and the bestuurder word it
// alike, and every code (a member's choice, an earlier decision in the ladder) reaches a person as its label.

import type { Taal } from '../taal/taal.ts';
import { tekst } from '../taal/tekst.ts';
import { formatteerBedrag } from './bedrag.ts';
import type { AntwoordRegel } from './berichten.ts';
import { label } from './woorden.ts';

/** A member's current answer in the round the besluit closes. */
export type Antwoord = Pick<AntwoordRegel, 'organisatie' | 'keuze' | 'reden' | 'voorwaarden'>;

/** A decision earlier in the escalation ladder (the chair's casting vote before the bestuurder's approval). */
export interface EerderBesluit {
  door: string;
  /** What that decider chose (a `Beslissing`, e.g. `deels_toekennen`). */
  uitkomst: string;
  reden: string;
  /** With a partly granted decision: the amount granted, in cents. */
  toegekendBedragCent?: number | null;
}

interface Gemeen {
  antwoorden: readonly Antwoord[];
  /** A partly granted besluit: what was granted against what the casus asked, in cents. */
  toegekend?: { bedragCent: number; gevraagdCent: number } | null;
  /** The language of the stored text (the tenant's); Dutch by default. */
  taal?: Taal;
}

export type BesluitFeiten =
  /** The round closed on its own: the table agreed. */
  | (Gemeen & { genomenDoor: 'tafel'; verwachtAantal: number })
  /** Someone decided for the table: their reason first, then what the table answered. */
  | (Gemeen & {
      genomenDoor: 'voorzitter' | 'vergadering';
      reden: string;
      voorwaarden: string | null;
    })
  | (Gemeen & { genomenDoor: 'bestuurder'; reden: string; eerder: readonly EerderBesluit[] });

export interface Besluittekst {
  /** The reasoning: stored in the register and shared with the table, the leerkanaal and the submitter. */
  waarom: string;
  /** One line per answer, as it appears in `waarom`. */
  antwoordRegels: string[];
  voorwaarden: string | null;
}

/**
 * The table's own besluit lists the reasons only: everyone who counted agreed. When someone else decided,
 * the answers differed, so each line also says what that member chose.
 */
export function besluittekst(feiten: BesluitFeiten): Besluittekst {
  if (feiten.genomenDoor === 'tafel') {
    const antwoordRegels = feiten.antwoorden.map((a) => `${a.organisatie}: ${a.reden}`);
    const voorwaarden = feiten.antwoorden
      .filter((a) => a.voorwaarden)
      .map((a) => `${a.organisatie}: ${a.voorwaarden}`);
    return {
      waarom: [
        tafelKop(feiten.antwoorden, feiten.verwachtAantal, feiten.taal ?? 'nl'),
        ...antwoordRegels,
      ].join('\n'),
      antwoordRegels,
      voorwaarden: voorwaarden.length > 0 ? voorwaarden.join('\n') : null,
    };
  }
  const antwoordRegels = feiten.antwoorden.map((a) => `${a.organisatie} (${label(a.keuze)}): ${a.reden}`);
  const bedrag = bedragRegel(feiten);
  if (feiten.genomenDoor === 'bestuurder') {
    const eerder = feiten.eerder.map((e) => `${e.door} (${label(e.uitkomst)}): ${e.reden}`);
    return {
      waarom: [feiten.reden, ...bedrag, ...eerder, ...antwoordRegels].join('\n'),
      antwoordRegels,
      voorwaarden: null,
    };
  }
  return {
    waarom: [feiten.reden, ...bedrag, ...antwoordRegels].join('\n'),
    antwoordRegels,
    voorwaarden: feiten.voorwaarden,
  };
}

function tafelKop(antwoorden: readonly Antwoord[], verwachtAantal: number, taal: Taal): string {
  const steun = antwoorden.filter((a) => a.keuze !== 'onthouding').length;
  return tekst(taal, 'berichten.besluit.tafel_akkoord', {
    steun,
    verwacht: verwachtAantal,
    onthouding: antwoorden.length - steun,
  });
}

/** A partly granted besluit says what was granted, so the table reads the amount and not only "partly". */
function bedragRegel(feiten: BesluitFeiten): string[] {
  if (!feiten.toegekend) return [];
  const taal = feiten.taal ?? 'nl';
  return [
    tekst(taal, 'berichten.besluit.toegekend_bedrag', {
      bedrag: formatteerBedrag(feiten.toegekend.bedragCent, taal),
      gevraagd: formatteerBedrag(feiten.toegekend.gevraagdCent, taal),
    }),
  ];
}
