import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pakketPad } from '../../src/pakket.ts';
import {
  type Breuk,
  type Bronbestand,
  controleerVloeren,
  type Import,
  leesBron,
  leesVerdiepingen,
  type ToegestaneKluwen,
  type Verdieping,
} from './vloeren.ts';

/**
 * Sideways cycles that are still there, each with why. The test fails when one disappears: take it out
 * of this list then, so the list only gets shorter.
 */
const KLUWENS: ToegestaneKluwen[] = [
  {
    van: 'src/register/',
    naar: 'src/services/',
    waarom:
      'search, reports and the consistency check run in the transaction of services/context.ts and write ' +
      'through services (audit, identiteit, toegang, lezen, outboxplaatsing); undoing it means moving that ' +
      'transaction context down to src/store/ first',
  },
  {
    van: 'src/services/',
    naar: 'src/register/',
    waarom:
      'a besluit is checked against precedents and indexed in its own transaction (besluit.ts: consistentie.ts, ' +
      'indexeren.ts; bewaartermijn.ts: indexeren.ts) and an intake shows similar besluiten (casus.ts: zoeken.ts, ' +
      'berichten.ts); undoing it means reaching these through a port the composition fills in',
  },
];

function bronbestanden(): Bronbestand[] {
  const bestanden: Bronbestand[] = [];
  const loop = (map: string) => {
    for (const e of readdirSync(pakketPad(map), { withFileTypes: true })) {
      const pad = path.posix.join(map, e.name);
      if (e.isDirectory()) loop(pad);
      else if (e.name.endsWith('.ts')) bestanden.push(leesBron(pad, readFileSync(pakketPad(pad), 'utf8')));
    }
  };
  loop('src');
  loop('adapters');
  return bestanden;
}

const verdiepingen = leesVerdiepingen(readFileSync(pakketPad('docs', 'architectuur.md'), 'utf8'));

describe('the floors of docs/architectuur.md hold in src/ and adapters/', () => {
  it('the table lists floors 0 to 4', () => {
    expect(verdiepingen.map((v) => v.nummer)).toEqual([4, 3, 2, 1, 0]);
  });

  it('no import breaks a floor; the allowed tangles are exactly the ones that remain', () => {
    expect(controleerVloeren(bronbestanden(), verdiepingen, KLUWENS)).toEqual([]);
  });
});

// A small floor table and graphs of a few files, to show the rule rejects what it should.
const KLEIN: Verdieping[] = [
  { nummer: 4, paden: ['src/server.ts', 'src/cli/', 'src/beheer/'] },
  { nummer: 3, paden: ['adapters/slack/', 'adapters/teams/', 'adapters/console/'] },
  { nummer: 2, paden: ['src/services/', 'src/outbox/', 'src/jobs/', 'src/register/'] },
  { nummer: 1, paden: ['src/store/'] },
  { nummer: 0, paden: ['src/domain/', 'src/time/'] },
];
const waarde = (doel: string): Import => ({ doel, soort: 'waarde', pakket: !/^(src|adapters)\//.test(doel) });
const bestand = (pad: string, doelen: string[], extra: Partial<Bronbestand> = {}): Bronbestand => ({
  pad,
  imports: doelen.map(waarde),
  databasetoegang: [],
  onleesbaar: 0,
  ...extra,
});
const graaf = (tekst: Record<string, string>) =>
  Object.entries(tekst).map(([pad, bron]) => leesBron(pad, bron));

describe('controleerVloeren: every rule rejects its break', () => {
  it.each<[string, Bronbestand[], ToegestaneKluwen[], Breuk[]]>([
    [
      'a domain rule importing a service points upward',
      [bestand('src/domain/regel.ts', ['src/services/ronde.ts'])],
      [],
      [{ regel: 'omhoog', bestand: 'src/domain/regel.ts', doel: 'src/services/ronde.ts', van: 0, naar: 2 }],
    ],
    [
      'the store importing an adapter points upward',
      [bestand('src/store/database.ts', ['adapters/slack/index.ts'])],
      [],
      [
        {
          regel: 'omhoog',
          bestand: 'src/store/database.ts',
          doel: 'adapters/slack/index.ts',
          van: 1,
          naar: 3,
        },
      ],
    ],
    [
      'a type-only import upward breaks as well',
      graaf({ 'src/time/termijn.ts': "import type { Tx } from '../services/context.ts';" }),
      [],
      [{ regel: 'omhoog', bestand: 'src/time/termijn.ts', doel: 'src/services/context.ts', van: 0, naar: 2 }],
    ],
    [
      'so do a re-export, a dynamic import() and an import type in a type position',
      graaf({
        'src/domain/a.ts': "export { x } from '../jobs/plan.ts';",
        'src/domain/b.ts': "const m = await import('../outbox/plaats.ts');",
        'src/domain/c.ts': "let t: import('../register/zoeken.ts').Treffer;",
      }),
      [],
      [
        { regel: 'omhoog', bestand: 'src/domain/a.ts', doel: 'src/jobs/plan.ts', van: 0, naar: 2 },
        { regel: 'omhoog', bestand: 'src/domain/b.ts', doel: 'src/outbox/plaats.ts', van: 0, naar: 2 },
        { regel: 'omhoog', bestand: 'src/domain/c.ts', doel: 'src/register/zoeken.ts', van: 0, naar: 2 },
      ],
    ],
    [
      'a require through createRequire counts as an import',
      graaf({
        'src/store/x.ts': "const laad = createRequire(import.meta.url);\nconst s = laad('@slack/bolt');",
      }),
      [],
      [{ regel: 'platform-sdk', bestand: 'src/store/x.ts', doel: '@slack/bolt' }],
    ],
    [
      'an import() of a computed specifier cannot be checked',
      graaf({ 'src/services/x.ts': 'const m = await import(naam);' }),
      [],
      [{ regel: 'onleesbare-import', bestand: 'src/services/x.ts' }],
    ],
    [
      'a file outside every row has no floor, nor has the file it imports, nor a file outside src/ and adapters/',
      [
        bestand('src/nieuw/ding.ts', []),
        bestand('src/services/x.ts', ['src/nieuw/ding.ts']),
        ...graaf({ 'src/services/y.ts': "import { h } from '../../test/helpers/klok.ts';" }),
      ],
      [],
      [
        { regel: 'zonder-verdieping', bestand: 'src/nieuw/ding.ts' },
        { regel: 'zonder-verdieping', bestand: 'src/nieuw/ding.ts' },
        { regel: 'zonder-verdieping', bestand: 'test/helpers/klok.ts' },
      ],
    ],
    [
      'services and jobs importing each other form a tangle, both ways',
      [
        bestand('src/services/ronde.ts', ['src/jobs/plan.ts']),
        bestand('src/jobs/handlers.ts', ['src/services/ronde.ts']),
      ],
      [],
      [
        {
          regel: 'kluwen',
          van: 'src/services/',
          naar: 'src/jobs/',
          via: 'src/services/ronde.ts → src/jobs/plan.ts',
        },
        {
          regel: 'kluwen',
          van: 'src/jobs/',
          naar: 'src/services/',
          via: 'src/jobs/handlers.ts → src/services/ronde.ts',
        },
      ],
    ],
    [
      'a cycle through three parts of floor 2 is a tangle on each of its edges',
      [
        bestand('src/register/a.ts', ['src/outbox/b.ts']),
        bestand('src/outbox/b.ts', ['src/services/c.ts']),
        bestand('src/services/c.ts', ['src/register/a.ts']),
      ],
      [],
      [
        {
          regel: 'kluwen',
          van: 'src/register/',
          naar: 'src/outbox/',
          via: 'src/register/a.ts → src/outbox/b.ts',
        },
        {
          regel: 'kluwen',
          van: 'src/outbox/',
          naar: 'src/services/',
          via: 'src/outbox/b.ts → src/services/c.ts',
        },
        {
          regel: 'kluwen',
          van: 'src/services/',
          naar: 'src/register/',
          via: 'src/services/c.ts → src/register/a.ts',
        },
      ],
    ],
    [
      'an allowed tangle that no longer occurs must leave the list',
      [bestand('src/services/ronde.ts', ['src/jobs/plan.ts'])],
      [{ van: 'src/services/', naar: 'src/jobs/', waarom: 'test' }],
      [{ regel: 'kluwen-opgelost', van: 'src/services/', naar: 'src/jobs/' }],
    ],
    [
      'a Slack SDK under src/ is a break',
      [bestand('src/services/x.ts', ['@slack/web-api'])],
      [],
      [{ regel: 'platform-sdk', bestand: 'src/services/x.ts', doel: '@slack/web-api' }],
    ],
    [
      'botbuilder outside adapters/teams/botframework.ts is a break, also in another Teams file',
      [
        bestand('adapters/teams/handlers/x.ts', ['botbuilder']),
        bestand('adapters/teams/y.ts', ['botframework-connector']),
        bestand('adapters/teams/botframework.ts', ['botbuilder', 'botframework-connector']),
      ],
      [],
      [
        { regel: 'platform-sdk', bestand: 'adapters/teams/handlers/x.ts', doel: 'botbuilder' },
        { regel: 'platform-sdk', bestand: 'adapters/teams/y.ts', doel: 'botframework-connector' },
      ],
    ],
    [
      'the Teams adapter importing the Slack SDK or the Slack adapter is a break',
      [bestand('adapters/teams/z.ts', ['@slack/bolt', 'adapters/slack/blockkit.ts'])],
      [],
      [
        { regel: 'platform-sdk', bestand: 'adapters/teams/z.ts', doel: '@slack/bolt' },
        { regel: 'adapter-naar-adapter', bestand: 'adapters/teams/z.ts', doel: 'adapters/slack/blockkit.ts' },
      ],
    ],
    [
      'an adapter reading the database through Diensten.db is a break',
      graaf({
        'adapters/slack/bezorger.ts': 'const c = await o.d.db.casus.findUnique({ where: { id } });',
      }),
      [],
      [{ regel: 'database-in-adapter', bestand: 'adapters/slack/bezorger.ts', wat: 'db' }],
    ],
    [
      'an adapter importing the store or Prisma is a break, though the floor points down',
      [bestand('adapters/console/x.ts', ['src/store/transactie.ts', '@prisma/client'])],
      [],
      [
        { regel: 'database-in-adapter', bestand: 'adapters/console/x.ts', wat: 'src/store/transactie.ts' },
        { regel: 'database-in-adapter', bestand: 'adapters/console/x.ts', wat: '@prisma/client' },
      ],
    ],
  ])('%s', (_titel, bestanden, kluwens, verwacht) => {
    expect(controleerVloeren(bestanden, KLEIN, kluwens)).toEqual(verwacht);
  });

  it.each<[string, Bronbestand[], ToegestaneKluwen[]]>([
    [
      'imports downward and within one part are fine',
      [
        bestand('src/server.ts', ['adapters/slack/index.ts', 'src/store/database.ts']),
        bestand('adapters/slack/index.ts', ['@slack/bolt', 'src/services/ronde.ts', 'adapters/slack/x.ts']),
        bestand('src/services/ronde.ts', ['src/services/context.ts', 'src/domain/sluitregel.ts']),
        bestand('src/domain/sluitregel.ts', ['src/time/termijn.ts', 'luxon']),
      ],
      [],
    ],
    [
      'a sideways import one way only is no tangle',
      [bestand('src/jobs/handlers.ts', ['src/services/ronde.ts'])],
      [],
    ],
    [
      'an allowed tangle that still occurs passes',
      [
        bestand('src/services/ronde.ts', ['src/jobs/plan.ts']),
        bestand('src/jobs/handlers.ts', ['src/services/ronde.ts']),
      ],
      [
        { van: 'src/services/', naar: 'src/jobs/', waarom: 'test' },
        { van: 'src/jobs/', naar: 'src/services/', waarom: 'test' },
      ],
    ],
    [
      'the composition floor may call itself both ways',
      [bestand('src/cli/main.ts', ['src/beheer/x.ts']), bestand('src/beheer/x.ts', ['src/cli/rapport.ts'])],
      [],
    ],
  ])('%s', (_titel, bestanden, kluwens) => {
    expect(controleerVloeren(bestanden, KLEIN, kluwens)).toEqual([]);
  });
});
