// zod with Dutch messages, and one way to turn its issues into field errors a user can act on.
import { z } from 'zod';
import { DomeinFout, type VeldFout } from './fouten.ts';
import { ONGELDIG_TEKEN, ongeldigeTekens } from './tekens.ts';

z.config(z.locales.nl());
// Text over a field's maximum says so, with the maximum, wherever a schema gives no message of its own.
z.config({
  customError: (issue) =>
    issue.code === 'too_big' && issue.origin === 'string'
      ? `Te lang: hooguit ${issue.maximum} tekens${typeof issue.input === 'string' ? ` (nu ${issue.input.length})` : ''}`
      : undefined,
});

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

/**
 * Parses input or refuses it whole with a Dutch message per field: the one way services read input.
 * Text with a control character is refused at its field too, before anything can try to store it.
 */
export function leesOfWeiger<S extends z.ZodType>(
  schema: S,
  invoer: unknown,
  bericht = 'Controleer de invoer.',
  veld?: string,
): z.output<S> {
  const r = schema.safeParse(invoer);
  const tekens: VeldFout[] = ongeldigeTekens(invoer).map((pad) => ({
    veld: padNaarTekst(pad) || '(invoer)',
    bericht: ONGELDIG_TEKEN,
  }));
  if (!r.success || tekens.length > 0) {
    const velden = [...tekens, ...(r.success ? [] : veldFouten(r.error))].map((v) =>
      veld ? { ...v, veld } : v,
    );
    throw new DomeinFout('ongeldige_invoer', bericht, velden);
  }
  return r.data;
}
