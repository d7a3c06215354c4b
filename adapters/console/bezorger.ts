// Delivers to the terminal: the console platform of the demo and of local trials.
import type { Bezorger } from '../../src/outbox/dispatcher.ts';
import { adresTekst, weergaveTekst } from './weergave.ts';

export function consoleBezorger(schrijf: (tekst: string) => void): Bezorger {
  return {
    platform: 'console',
    async bezorg(b) {
      schrijf(`── aan ${adresTekst(b.adres)} ──\n${weergaveTekst(b.bericht, b.adres)}\n`);
      return { ok: true };
    },
  };
}
