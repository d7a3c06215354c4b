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
  'adapters/console/weergave.ts': 57,
  'adapters/slack/bezorger.ts': 7,
  'adapters/slack/blockkit.ts': 4,
  'adapters/slack/index.ts': 6,
  'adapters/slack/listeners/actions/beheer.ts': 1,
  'adapters/slack/listeners/actions/beslissen.ts': 1,
  'adapters/slack/listeners/actions/overig.ts': 6,
  'adapters/slack/listeners/commands/agenda.ts': 5,
  'adapters/slack/listeners/commands/bekijk.ts': 1,
  'adapters/slack/listeners/commands/casus.ts': 2,
  'adapters/slack/listeners/commands/koppel.ts': 5,
  'adapters/slack/listeners/commands/zoek.ts': 3,
  'adapters/slack/listeners/eenmalig.ts': 1,
  'adapters/slack/listeners/events/home.ts': 1,
  'adapters/slack/listeners/gedeeld.ts': 8,
  'adapters/slack/listeners/openen.ts': 3,
  'adapters/slack/listeners/shortcuts/intake.ts': 2,
  'adapters/slack/listeners/views/beheer.ts': 15,
  'adapters/slack/listeners/views/beslissen.ts': 5,
  'adapters/slack/listeners/views/verwerk.ts': 12,
  'adapters/slack/opwarmen.ts': 3,
  'adapters/slack/payloads.ts': 1,
  'adapters/slack/verzoek.ts': 15,
  'adapters/slack/weergave/beheer.ts': 7,
  'adapters/slack/weergave/berichten.ts': 86,
  'adapters/slack/weergave/bouwstenen.ts': 3,
  'adapters/slack/weergave/home.ts': 15,
  'adapters/slack/weergave/hulp.ts': 11,
  'adapters/slack/weergave/kaart.ts': 22,
  'adapters/slack/weergave/kanaalcontrole.ts': 29,
  'adapters/slack/weergave/modals.ts': 94,
  'adapters/slack/weergave/register.ts': 16,
  'adapters/slack/weergave/voorzitter.ts': 27,
  'adapters/teams/activiteit.ts': 1,
  'adapters/teams/bezorger.ts': 4,
  'adapters/teams/botframework.ts': 12,
  'adapters/teams/handlers/beheer.ts': 12,
  'adapters/teams/handlers/formulier.ts': 9,
  'adapters/teams/handlers/gemeenschappelijk.ts': 2,
  'adapters/teams/handlers/index.ts': 7,
  'adapters/teams/handlers/kaartacties.ts': 27,
  'adapters/teams/handlers/opdrachten.ts': 25,
  'adapters/teams/index.ts': 7,
  'adapters/teams/kaarten/besluitkaarten.ts': 27,
  'adapters/teams/kaarten/bouwstenen.ts': 3,
  'adapters/teams/kaarten/casuskaart.ts': 29,
  'adapters/teams/kaarten/index.ts': 18,
  'adapters/teams/kaarten/intakeformulier.ts': 25,
  'adapters/teams/kaarten/kanaalcontrole.ts': 29,
  'adapters/teams/kaarten/meldingen.ts': 67,
  'adapters/teams/kaarten/register.ts': 17,
  'adapters/teams/kaarten/voorzitterskaart.ts': 37,
  'adapters/teams/kaarten/woorden.ts': 4,
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
