// Dutch phrases the Teams cards share. Labels of the domain vocabulary come from src/domain/woorden.ts.
import { formatteerBedrag } from '../../../src/domain/bedrag.ts';
import type { BesluitWeergave } from '../../../src/domain/berichten.ts';
import { formatteerMoment } from '../../../src/time/index.ts';

export const moment = (iso: string | Date) => formatteerMoment(typeof iso === 'string' ? new Date(iso) : iso);

export const euro = (cent: number) => formatteerBedrag(cent);

export function genomenDoorTekst(b: Pick<BesluitWeergave, 'genomenDoor' | 'besluiterNaam'>): string {
  const wie = {
    tafel: 'de tafel',
    voorzitter: 'de voorzitter',
    bestuurder: 'de bestuurder',
    vergadering: 'de vergadering',
  }[b.genomenDoor];
  return b.besluiterNaam ? `${wie} (${b.besluiterNaam})` : wie;
}
