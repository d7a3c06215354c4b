// Dutch phrases the Teams cards share. Labels of the domain vocabulary come from src/domain/woorden.ts.
import { formatteerBedrag } from '../../../src/domain/bedrag.ts';
import type { BesluitWeergave } from '../../../src/domain/berichten.ts';
import { formatteerMoment } from '../../../src/time/index.ts';

const REDENEN: Record<string, string> = {
  geen_quorum: 'te weinig leden hebben geantwoord (geen quorum)',
  niet_akkoord: 'een of meer leden gingen niet akkoord',
  geen_akkoord: 'niemand aan tafel steunde het verzoek',
  buiten_mandaat: 'een lid gaf aan dat dit buiten het mandaat valt',
  boven_mandaat: 'de kosten liggen boven het mandaat van de tafel',
  regel_niet_afwijkbaar: 'de tafel mag niet afwijken van deze regel',
  geen_bestuurder: 'er is geen bestuurder ingesteld',
  bestuurder_verlopen: 'de bestuurders beslisten niet binnen de termijn',
  voorzitter_verlopen: 'de voorzitter besliste niet binnen de termijn',
};

export const redenTekst = (code: string) => REDENEN[code] ?? code.replace(/_/g, ' ');

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
