// zod with Dutch messages, and one way to turn its issues into field errors a user can act on.
import { z } from 'zod';
import type { VeldFout } from './fouten.ts';

z.config(z.locales.nl());

export { z };

export function padNaarTekst(pad: readonly PropertyKey[]): string {
  return pad.reduce<string>((tekst, deel) => {
    if (typeof deel === 'number') return `${tekst}[${deel}]`;
    return tekst ? `${tekst}.${String(deel)}` : String(deel);
  }, '');
}

export function veldFouten(fout: z.ZodError): VeldFout[] {
  return fout.issues.map((issue) => ({
    veld: padNaarTekst(issue.path) || '(invoer)',
    bericht: issue.message,
  }));
}

export function beschrijfFouten(fout: z.ZodError): string {
  return veldFouten(fout)
    .map((v) => `- ${v.veld}: ${v.bericht}`)
    .join('\n');
}
