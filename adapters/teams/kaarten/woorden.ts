// Phrases the Teams cards share, in the reader's language. Labels of the domain vocabulary come from
// src/domain/woorden.ts. The language is last and optional so callers not yet told their reader's
// language keep compiling (and read Dutch).
import { formatteerBedrag } from '../../../src/domain/bedrag.ts';
import type { BesluitWeergave } from '../../../src/domain/berichten.ts';
import { STANDAARDTAAL, type Taal } from '../../../src/taal/taal.ts';
import { tekst } from '../../../src/taal/tekst.ts';
import { formatteerMoment } from '../../../src/time/index.ts';

export const moment = (iso: string | Date, taal: Taal = STANDAARDTAAL) =>
  formatteerMoment(typeof iso === 'string' ? new Date(iso) : iso, taal);

export const euro = (cent: number, taal: Taal = STANDAARDTAAL) => formatteerBedrag(cent, taal);

const GENOMEN_DOOR = {
  tafel: 'berichten.genomen_door.tafel',
  voorzitter: 'berichten.genomen_door.voorzitter',
  bestuurder: 'berichten.genomen_door.bestuurder',
  vergadering: 'berichten.genomen_door.vergadering',
} as const satisfies Record<BesluitWeergave['genomenDoor'], string>;

export const isGenomenDoor = (x: string): x is BesluitWeergave['genomenDoor'] =>
  Object.hasOwn(GENOMEN_DOOR, x);

/** Who took a besluit, as the end of "Genomen door …": "de voorzitter (Marieke Jansen)". */
export function genomenDoorTekst(
  b: Pick<BesluitWeergave, 'genomenDoor' | 'besluiterNaam'>,
  taal: Taal = STANDAARDTAAL,
): string {
  const wie = tekst(taal, GENOMEN_DOOR[b.genomenDoor]);
  return b.besluiterNaam ? `${wie} (${b.besluiterNaam})` : wie;
}
