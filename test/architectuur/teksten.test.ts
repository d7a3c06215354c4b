import { describe, expect, it } from 'vitest';
import { schemaMeldingenIn, zinnenIn, zinnenOnder } from './teksten.ts';

/**
 * Where a person reads text, it comes from the catalogue (src/taal/): Slack, Teams, the console demo
 * and the command line (with the tables file's and settings' checks) render markup around catalogue
 * text and hold no sentence of their own.
 */
const MAPPEN = ['adapters', 'src/cli', 'src/config'] as const;

describe('sentences live in the catalogue, not in the adapters or the command line', () => {
  it('no file writes a sentence of its own', () => {
    const zinnen = zinnenOnder(process.cwd(), MAPPEN).map(
      (z) => `${z.bestand}:${z.regel} ${JSON.stringify(z.tekst)}`,
    );
    expect(zinnen, 'put these in src/taal/nl and src/taal/en and render them with tekst()').toEqual([]);
  });

  it('no schema anywhere gives zod a message written in code: a form shows it to a person', () => {
    const zinnen = zinnenOnder(process.cwd(), ['src', 'adapters'], schemaMeldingenIn).map(
      (z) => `${z.bestand}:${z.regel} ${JSON.stringify(z.tekst)}`,
    );
    expect(zinnen, "give the schema melding(zin('…')) with the sentence in src/taal").toEqual([]);
  });

  it('finds a message a schema writes in code, and not one from the catalogue', () => {
    const bron = [
      "const a = z.string().min(2, { error: 'Kies een knelpunt' });",
      "const b = z.string().regex(/x/, { message: 'Gebruik een tijd als 09:00' });",
      "const c = z.string().min(2, { error: melding(zin('fouten.veld.reden')) });",
      "const d = z.string().regex(/x/, { error: 'instellingen.waarde.slug' });",
    ].join('\n');
    expect(schemaMeldingenIn('voorbeeld.ts', bron).map((z) => z.tekst)).toEqual([
      'Kies een knelpunt',
      'Gebruik een tijd als 09:00',
    ]);
  });

  it('finds a sentence written in code, and not an id, a schema word or a log line', () => {
    const bron = [
      "const a = 'Kies een knelpunt.';",
      'const b = `Besluit $' + '{ref}: toegekend`;',
      "const c = { text: 'Goedkeuren' };",
      "const d = 'casus:nieuw';",
      "const e = { type: 'Container', style: 'Full' };",
      "log.info('kaart bijgewerkt', { id });",
      "throw new Error('kan niet gebeuren');",
      "import x from 'een pakket';",
      "type T = 'open met spatie';",
    ].join('\n');
    expect(zinnenIn('voorbeeld.ts', bron).map((z) => z.tekst)).toEqual([
      'Kies een knelpunt.',
      'Besluit  : toegekend',
      'Goedkeuren',
    ]);
  });
});
