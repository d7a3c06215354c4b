// Phrases the Teams cards share, in the reader's language. Labels of the domain vocabulary come from
// src/domain/woorden.ts. The language is last and optional so callers not yet told their reader's
// language keep compiling (and read Dutch).
import { formatteerBedrag } from '../../../src/domain/bedrag.ts';
import type { BesluitWeergave } from '../../../src/domain/berichten.ts';
import { genomenDoorLabel } from '../../../src/domain/woorden.ts';
import { STANDAARDTAAL, type Taal } from '../../../src/taal/taal.ts';
import { formatteerMoment } from '../../../src/time/index.ts';

export const moment = (iso: string | Date, taal: Taal = STANDAARDTAAL) =>
  formatteerMoment(typeof iso === 'string' ? new Date(iso) : iso, taal);

export const euro = (cent: number, taal: Taal = STANDAARDTAAL) => formatteerBedrag(cent, taal);

/** Who took a besluit, as the end of "Genomen door …": "de voorzitter (Marieke Jansen)". */
export function genomenDoorTekst(
  b: Pick<BesluitWeergave, 'genomenDoor' | 'besluiterNaam'>,
  taal: Taal = STANDAARDTAAL,
): string {
  const wie = genomenDoorLabel(b.genomenDoor, taal);
  return b.besluiterNaam ? `${wie} (${b.besluiterNaam})` : wie;
}
