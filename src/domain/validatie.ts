// zod with Dutch messages, and one way to turn its issues into field errors a user can act on.
import { z } from 'zod';
import { DomeinFout, type VeldFout } from './fouten.ts';

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

/** Parses input or refuses it whole with a Dutch message per field: the one way services read input. */
export function leesOfWeiger<S extends z.ZodType>(
  schema: S,
  invoer: unknown,
  bericht = 'Controleer de invoer.',
  veld?: string,
): z.output<S> {
  const r = schema.safeParse(invoer);
  if (!r.success) {
    const velden = veldFouten(r.error).map((v) => (veld ? { ...v, veld } : v));
    throw new DomeinFout('ongeldige_invoer', bericht, velden);
  }
  return r.data;
}
