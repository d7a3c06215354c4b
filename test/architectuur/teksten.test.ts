import { describe, expect, it } from 'vitest';
import { type Zin, zinnenOnder } from './teksten.ts';

/**
 * Where a person reads text, it comes from the catalogue (src/taal/): Slack, Teams, the console demo
 * and the command line render markup around catalogue text and hold no sentence of their own.
 */
const MAPPEN = ['adapters', 'src/cli'] as const;

/**
 * Files that still hold sentences of their own, with how many. The test fails when a file gains one
 * and also when it loses one: lower the number (or take the file out) so the list only shrinks.
 */
const NOG_TE_VERPLAATSEN: Record<string, number> = {
  'src/cli/anonimiseer.ts': 9,
  'src/cli/demo.ts': 34,
  'src/cli/main.ts': 5,
  'src/cli/rapport.ts': 16,
  'src/cli/start.ts': 3,
};

function perBestand(zinnen: Zin[]): Map<string, Zin[]> {
  const per = new Map<string, Zin[]>();
  for (const z of zinnen) per.set(z.bestand, [...(per.get(z.bestand) ?? []), z]);
  return per;
}

describe('sentences live in the catalogue, not in the adapters or the command line', () => {
  const per = perBestand(zinnenOnder(process.cwd(), MAPPEN));

  it('no file outside the list writes a sentence of its own', () => {
    const nieuw = [...per.entries()]
      .filter(([bestand]) => !(bestand in NOG_TE_VERPLAATSEN))
      .flatMap(([, zinnen]) => zinnen.map((z) => `${z.bestand}:${z.regel} ${JSON.stringify(z.tekst)}`));
    expect(nieuw, 'put these in src/taal/nl and src/taal/en and render them with tekst()').toEqual([]);
  });

  it('the files on the list only get fewer sentences', () => {
    const telling = Object.fromEntries(
      Object.keys(NOG_TE_VERPLAATSEN)
        .map((b) => [b, per.get(b)?.length ?? 0] as const)
        .filter(([, n]) => n > 0),
    );
    expect(telling).toEqual(NOG_TE_VERPLAATSEN);
  });

  it('finds a sentence written in code, and not an id, a schema word or a log line', async () => {
    const { zinnenIn } = await import('./teksten.ts');
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
