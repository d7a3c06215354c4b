// The tables file as an administrator meets it: every mistake named with its path, its line and words
// they use, every mistake of the file at once, and YAML errors in Dutch with the line and a caret.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dichtstbij } from '../../src/config/sleutelcontrole.ts';
import {
  beschrijfTafelsBestandFout,
  leesTafelsBestand,
  TafelsBestandFout,
  tafelsBestandSleutels,
} from '../../src/config/tafelsbestand.ts';
import { leesBeleid } from '../../src/domain/beleid.ts';
import { isDomeinFout } from '../../src/domain/fouten.ts';
import { leesOfWeiger, z } from '../../src/domain/validatie.ts';
import { VOORBEELD_YAML } from '../helpers/database.ts';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** Words of a type checker, not of a municipal administrator. */
const TYPECHECKERTAAL =
  /\b(string|undefined|number|boolean|object|array|expected|received|invalid_type|null)\b|verwacht|ontving|Ongeldige invoer/i;

function weigering(yaml: string): TafelsBestandFout {
  try {
    leesTafelsBestand(yaml);
  } catch (e) {
    if (e instanceof TafelsBestandFout) return e;
    throw e;
  }
  throw new Error('het bestand werd aanvaard');
}

/** The example with some lines changed; each piece to change must be there, or the case tests nothing. */
function voorbeeldMet(...wijzigingen: [string, string][]): string {
  return wijzigingen.reduce((yaml, [van, naar]) => {
    expect(yaml, `het voorbeeld bevat ${van}`).toContain(van);
    return yaml.replace(van, naar);
  }, VOORBEELD_YAML);
}

const regelMet = (yaml: string, stuk: string) => {
  const i = yaml.split('\n').findIndex((r) => r.includes(stuk));
  expect(i, `een regel met ${stuk}`).toBeGreaterThanOrEqual(0);
  return i + 1;
};

/** "`naam` ontbreekt bij tafels[1]" names tafels[1].naam: the key in backticks and where it is. */
function noemtPad(bericht: string, pad: string) {
  if (pad.endsWith(']')) return bericht.includes(pad);
  const punt = pad.lastIndexOf('.');
  const ouder = punt === -1 ? '' : pad.slice(0, punt);
  const sleutel = pad.slice(punt + 1);
  return bericht.includes(`\`${sleutel}\``) && (ouder ? bericht.includes(ouder) : true);
}

const TWEEDE_TAFEL_ZONDER_NAAM = `
  - slug: wijktafel-noord
    leden:
      - { persoon: voorzitter, organisatie: gemeente-sd, rol: voorzitter }
`;

interface Vergissing {
  wat: string;
  wijzigingen: [string, string][];
  pad: string;
  /** A piece of the line the finding must point at. */
  opRegel: string;
  bevat: string[];
  /** Findings the file gives in all (one mistake may break two rules). */
  aantal?: number;
}

const VERGISSINGEN: Vergissing[] = [
  {
    wat: 'a misspelt setting (the issue: vroegSlutien)',
    wijzigingen: [['vroegSluiten: true', 'vroegSlutien: false']],
    pad: 'tafels[0].beleid.vroegSlutien',
    opRegel: 'vroegSlutien',
    bevat: ['Onbekende instelling `vroegSlutien` bij tafels[0].beleid — bedoelde u `vroegSluiten`?'],
  },
  {
    wat: 'a misspelt privacy switch',
    wijzigingen: [['toestemmingVereistVoorBesluit: false', 'toestemingVereistVoorBesluit: true']],
    pad: 'tafels[0].beleid.toestemingVereistVoorBesluit',
    opRegel: 'toestemingVereistVoorBesluit',
    bevat: ['bedoelde u `toestemmingVereistVoorBesluit`?'],
  },
  {
    wat: 'a quorum over 100% (the issue: "160%")',
    wijzigingen: [['quorum: "60%"', 'quorum: "160%"']],
    pad: 'tafels[0].beleid.quorum',
    opRegel: 'quorum: "160%"',
    bevat: ['1% tot en met 100%', 'aantal leden'],
  },
  {
    wat: 'a table without a name',
    wijzigingen: [
      [
        'toestemmingVereistVoorBesluit: false   # true: een besluit wacht op toestemming of een vastgelegde afweging\n',
        `toestemmingVereistVoorBesluit: false\n${TWEEDE_TAFEL_ZONDER_NAAM}`,
      ],
    ],
    pad: 'tafels[1].naam',
    opRegel: 'slug: wijktafel-noord',
    bevat: ['`naam` ontbreekt bij tafels[1]'],
  },
  {
    wat: 'a name that is a number',
    wijzigingen: [['  naam: Gemeente Utrecht', '  naam: 2026']],
    pad: 'tenant.naam',
    opRegel: 'naam: 2026',
    bevat: ['moet een tekst zijn'],
  },
  {
    wat: '"ja" for a yes/no setting',
    wijzigingen: [['antwoordenZichtbaarVoorSluiten: false', 'antwoordenZichtbaarVoorSluiten: nee']],
    pad: 'tafels[0].beleid.antwoordenZichtbaarVoorSluiten',
    opRegel: 'antwoordenZichtbaarVoorSluiten: nee',
    bevat: ['moet ja of nee zijn (true/false)', 'false (nee)'],
  },
  {
    wat: 'an amount with a euro sign',
    wijzigingen: [['mandaat: 5000                 #', 'mandaat: "€ 5.000"              #']],
    pad: 'tafels[0].beleid.mandaat',
    opRegel: 'mandaat: "€ 5.000"',
    bevat: ['moet een getal zijn', "hele euro's", '5000'],
  },
  {
    wat: 'an amount with a thousands dot, which YAML reads as a decimal',
    wijzigingen: [['mandaat: 2500,', 'mandaat: 2.500,']],
    pad: 'tafels[0].leden[2].mandaat',
    opRegel: 'mandaat: 2.500',
    bevat: ['2.500', 'schrijf 2500'],
  },
  {
    wat: 'a deadline in plain days',
    wijzigingen: [['normaal: 2 werkdagen', 'normaal: 2 dagen']],
    pad: 'tafels[0].beleid.termijn.normaal',
    opRegel: 'normaal: 2 dagen',
    bevat: ['"2 werkdagen"', '"4 werkuren"', '"voor de vergadering"'],
  },
  {
    wat: 'a misspelt role, which also leaves the table without a chair',
    wijzigingen: [['rol: voorzitter }', 'rol: voorziter }']],
    pad: 'tafels[0].leden[0].rol',
    opRegel: 'rol: voorziter',
    bevat: ['`lid` of `voorzitter`', 'bedoelde u `voorzitter`?'],
    aantal: 2,
  },
  {
    wat: 'an unknown area of life',
    wijzigingen: [['domeinen: [wonen]', 'domeinen: [wonnen]']],
    pad: 'tafels[0].leden[2].domeinen[0]',
    opRegel: 'domeinen: [wonnen]',
    bevat: ['`wonen`', '`sociaal_netwerk`', 'bedoelde u `wonen`?'],
  },
  {
    wat: 'a Dutch date order',
    wijzigingen: [['extraVrijeDagen: []  ', 'extraVrijeDagen: ["15-05-2026"]']],
    pad: 'tenant.werkkalender.extraVrijeDagen[0]',
    opRegel: '15-05-2026',
    bevat: ['2026-01-31 (jaar-maand-dag)'],
  },
  {
    wat: 'a Slack handle instead of a Slack user id',
    wijzigingen: [['slack: U01VOORZIT', 'slack: marieke']],
    pad: 'personen[0].slack',
    opRegel: 'slack: marieke',
    bevat: ['U012AB3CD'],
  },
  {
    wat: 'a Slack channel name instead of its id',
    wijzigingen: [
      ['# slack: { tafel: C0123TAFEL, leer: C0456LEER }', 'slack: { tafel: "#tafel", leer: C0456LEER }'],
    ],
    pad: 'tafels[0].kanalen.slack.tafel',
    opRegel: 'slack: { tafel: "#tafel"',
    bevat: ['C0123ABCD'],
  },
  {
    wat: 'a Teams channel link instead of its id',
    wijzigingen: [
      [
        '# teams: { tafel: "19:abc...@thread.tacv2" }',
        'teams: { tafel: "https://teams.microsoft.com/l/channel" }',
      ],
    ],
    pad: 'tafels[0].kanalen.teams.tafel',
    opRegel: 'teams: { tafel:',
    bevat: ['19:abc123…@thread.tacv2'],
  },
  {
    wat: 'a bestuurder who is not among the people, with the likely one',
    wijzigingen: [['persoon: wethouder, trede: 2', 'persoon: wethouer, trede: 2']],
    pad: 'bestuurders[1].persoon',
    opRegel: 'persoon: wethouer',
    bevat: ['Persoon "wethouer" staat niet onder personen — bedoelde u "wethouder"?'],
  },
  {
    wat: 'a policy setting written one level too high',
    wijzigingen: [
      ['    naam: City-deal tafel Utrecht\n', '    naam: City-deal tafel Utrecht\n    quorum: 3\n'],
    ],
    pad: 'tafels[0].quorum',
    opRegel: '    quorum: 3',
    bevat: ['hoort die onder `beleid`?'],
  },
  {
    wat: 'reminders without brackets',
    wijzigingen: [['herinneringen: [8, 2]', 'herinneringen: 8, 2  ']],
    pad: 'tafels[0].beleid.herinneringen',
    opRegel: 'herinneringen: 8, 2',
    bevat: ['moet een lijst zijn', '[8, 2]'],
  },
  {
    wat: 'a channel name starting with # left unquoted (a comment, so empty)',
    wijzigingen: [
      [
        'console: { tafel: "#citydeal-tafel", leer: "#maatwerk-leerkanaal" }',
        'console:\n        tafel: #citydeal-tafel\n        leer: "#maatwerk-leerkanaal"',
      ],
    ],
    pad: 'tafels[0].kanalen.console.tafel',
    opRegel: 'tafel: #citydeal-tafel',
    bevat: ['is leeg', 'aanhalingstekens'],
  },
  {
    wat: 'a unit after a number of working days',
    wijzigingen: [['termijnWerkdagen: 3 }', 'termijnWerkdagen: 3 werkdagen }']],
    pad: 'bestuurders[0].termijnWerkdagen',
    opRegel: 'termijnWerkdagen: 3 werkdagen',
    bevat: ['moet een getal zijn', 'alleen het getal'],
  },
  {
    wat: 'a slug with capitals',
    wijzigingen: [['  slug: utrecht', '  slug: Utrecht']],
    pad: 'tenant.slug',
    opRegel: 'slug: Utrecht',
    bevat: ['kleine letters'],
  },
  {
    wat: 'a misspelt section, without also saying the section is missing',
    wijzigingen: [['\norganisaties:', '\norganisatie:']],
    pad: 'organisatie',
    opRegel: 'organisatie:',
    bevat: ['Onbekende instelling `organisatie` bovenaan het bestand — bedoelde u `organisaties`?'],
  },
  {
    wat: 'a retention period of zero months',
    wijzigingen: [['bewaartermijnMaanden: 12', 'bewaartermijnMaanden: 0 ']],
    pad: 'tenant.bewaartermijnMaanden',
    opRegel: 'bewaartermijnMaanden: 0',
    bevat: ['moet minstens 1 zijn'],
  },
  {
    wat: 'a meeting day in English',
    wijzigingen: [['dag: dinsdag', 'dag: tuesday']],
    pad: 'tafels[0].beleid.vergadering.dag',
    opRegel: 'dag: tuesday',
    bevat: ['`maandag`', '`zondag`'],
  },
];

describe('the tables file, as an administrator meets its mistakes', () => {
  it('accepts the example file', () => {
    expect(leesTafelsBestand(VOORBEELD_YAML).tafels[0]!.leden).toHaveLength(6);
  });

  it('reads a file written before the rename: the old name of a setting means the new one', () => {
    const oud = VOORBEELD_YAML.replace(
      'antwoordenZichtbaarVoorSluiten: false',
      'reactiesZichtbaarVoorSluiten: true', // oude naam
    );
    expect(oud).not.toBe(VOORBEELD_YAML);
    expect(leesBeleid(leesTafelsBestand(oud).tafels[0]!.beleid).antwoordenZichtbaarVoorSluiten).toBe(true);
    expect(
      leesBeleid(leesTafelsBestand(VOORBEELD_YAML).tafels[0]!.beleid).antwoordenZichtbaarVoorSluiten,
    ).toBe(false);
  });

  it(`knows ${VERGISSINGEN.length} kinds of mistakes (at least 15)`, () => {
    expect(VERGISSINGEN.length).toBeGreaterThanOrEqual(15);
  });

  it.each(VERGISSINGEN)('refuses $wat: path, line and plain Dutch', (v) => {
    const yaml = voorbeeldMet(...v.wijzigingen);
    const fout = weigering(yaml);
    expect(fout.code).toBe('configuratie');
    expect(fout.soort).toBe('inhoud');
    expect(fout.meldingen.map((m) => m.pad)).toContain(v.pad);
    expect(fout.meldingen).toHaveLength(v.aantal ?? 1);
    for (const m of fout.meldingen) {
      expect(noemtPad(m.bericht, m.pad), `${m.bericht} noemt ${m.pad}`).toBe(true);
      expect(m.bericht).not.toMatch(TYPECHECKERTAAL);
    }
    const melding = fout.meldingen.find((m) => m.pad === v.pad)!;
    for (const stuk of v.bevat) expect(melding.bericht).toContain(stuk);
    expect(melding.regel).toBe(regelMet(yaml, v.opRegel));
  });

  it('reports every mistake of the file at once, in the order of the file', () => {
    const yaml = voorbeeldMet(
      ['persoon: wethouder, trede: 2', 'persoon: niemand, trede: 2'],
      ['vroegSluiten: true', 'vroegSluiten: ja'],
      ['  naam: Gemeente Utrecht', '  naam: Gemeente Utrecht\n  kleur: blauw'],
      ['domeinen: [wonen]', 'domeinen: [wonnen]'],
      ['{ sleutel: ggz, naam: "Peter Bakker",', '{ sleutel: ggz, naam: 12,'],
    );
    const fout = weigering(yaml);
    expect(fout.meldingen.map((m) => m.pad)).toEqual([
      'tenant.kleur',
      'personen[3].naam',
      'bestuurders[1].persoon',
      'tafels[0].leden[2].domeinen[0]',
      'tafels[0].beleid.vroegSluiten',
    ]);
    const regels = fout.meldingen.map((m) => m.regel!);
    expect(regels).toEqual([...regels].sort((a, b) => a - b));
    expect(regels[0]).toBe(regelMet(yaml, 'kleur: blauw'));
  });

  it('shows each finding with its line and a caret under the place', () => {
    const yaml = voorbeeldMet(['vroegSluiten: true', 'vroegSlutien: true']);
    const regel = regelMet(yaml, 'vroegSlutien');
    const tekst = beschrijfTafelsBestandFout(weigering(yaml), yaml, 'tafels.yml');
    expect(tekst).toContain('Het tafelbestand klopt niet; er is niets geïmporteerd. 1 fout:');
    expect(tekst).toContain(`- tafels.yml, regel ${regel}, kolom 7: Onbekende instelling \`vroegSlutien\``);
    expect(tekst).toContain(`    ${regel} |       vroegSlutien: true`);
    expect(tekst).toContain(`    ${' '.repeat(String(regel).length)} |       ^^^^^^^^^^^^\n`.trimEnd());
  });

  it('keeps the field list of the error for callers that show fields', () => {
    const fout = weigering(voorbeeldMet(['quorum: "60%"', 'quorum: "veel"']));
    expect(isDomeinFout(fout)).toBe(true);
    expect(fout.velden).toEqual([{ veld: 'tafels[0].beleid.quorum', bericht: fout.meldingen[0]!.bericht }]);
  });

  it('documents every key the file accepts, in the example or in the README', () => {
    const sectie = README.slice(README.indexOf('## Het tafelbestand'), README.indexOf('## De spelregels'));
    const sleutels = tafelsBestandSleutels();
    expect(sleutels).toContain('tafels[].beleid.toestemmingVereistVoorBesluit');
    const ontbreekt = sleutels.filter((pad) => {
      const sleutel = pad
        .split(/[.[\]]+/)
        .filter(Boolean)
        .at(-1)!;
      const alsSleutel = new RegExp(`(^|[\\s{,])${sleutel}:`, 'm');
      return !alsSleutel.test(VOORBEELD_YAML) && !alsSleutel.test(sectie);
    });
    expect(ontbreekt).toEqual([]);
  });
});

interface YamlFout {
  wat: string;
  wijziging: [string, string];
  /** A piece of the line the finding must point at, and its column there. */
  opRegel: string;
  kolom: number;
  bevat: string[];
}

const YAML_FOUTEN: YamlFout[] = [
  {
    wat: 'an unclosed quote',
    wijziging: ['  naam: Gemeente Utrecht', '  naam: "Gemeente Utrecht'],
    opRegel: 'naam: "Gemeente Utrecht',
    kolom: 9,
    bevat: ['aanhalingsteken " dat hier begint, wordt niet gesloten'],
  },
  {
    wat: 'a tab as indentation',
    wijziging: ['  slug: utrecht', '\tslug: utrecht'],
    opRegel: '\tslug: utrecht',
    kolom: 1,
    bevat: ['tab'],
  },
  {
    wat: 'a duplicate key',
    wijziging: ['  slug: utrecht\n', '  slug: utrecht\n  slug: amersfoort\n'],
    opRegel: 'slug: amersfoort',
    kolom: 3,
    bevat: ['`slug` staat twee keer in dezelfde groep'],
  },
  {
    wat: 'a missing colon',
    wijziging: ['    tot: "17:00"', '    tot "17:00"'],
    opRegel: 'tot "17:00"',
    kolom: 5,
    bevat: ['ontbreekt de dubbele punt'],
  },
  {
    wat: 'an indentation that differs from the line above',
    wijziging: ['    van: "09:00"', '     van: "09:00"'],
    opRegel: 'tot: "17:00"',
    kolom: 1,
    bevat: ['springt 4 spaties in', 'erboven 5'],
  },
  {
    wat: 'an unclosed brace after an unquoted #',
    wijziging: ['{ tafel: "#citydeal-tafel"', '{ tafel: #citydeal-tafel'],
    opRegel: 'console: { tafel:',
    kolom: 16,
    bevat: ['Een groep tussen { en } wordt niet gesloten', 'tussen aanhalingstekens'],
  },
  {
    wat: 'two colons on one line',
    wijziging: ['regel: "Verordening leerlingenvervoer"', 'regel: Verordening: leerlingenvervoer'],
    opRegel: 'regel: Verordening: leerlingenvervoer',
    kolom: 12,
    bevat: ['twee dubbele punten op één regel'],
  },
];

describe('YAML errors in the tables file', () => {
  it.each(YAML_FOUTEN)('explains $wat in Dutch, with line and column', (f) => {
    const yaml = voorbeeldMet(f.wijziging);
    const regel = regelMet(yaml, f.opRegel);
    const fout = weigering(yaml);
    expect(fout.soort).toBe('yaml');
    expect(fout.message).toBe('Het bestand is geen geldige YAML; er is niets geïmporteerd.');
    expect(fout.meldingen).toHaveLength(1);
    const [m] = fout.meldingen;
    expect(m).toMatchObject({ regel, kolom: f.kolom });
    for (const stuk of f.bevat) expect(m!.bericht).toContain(stuk);
    // Not the yaml package's own English.
    expect(m!.bericht).not.toMatch(/\b(must|missing|unexpected|implicit|allowed|sequence|mapping)\b/i);
    const tekst = beschrijfTafelsBestandFout(fout, yaml);
    expect(tekst).toContain(`regel ${regel}, kolom ${f.kolom}: `);
    expect(tekst).toContain(`    ${regel} | ${yaml.split('\n')[regel - 1]!.replace(/\t/g, ' ')}\n`);
    expect(tekst).toMatch(new RegExp(`\\n {4} +\\| ${' '.repeat(f.kolom - 1)}\\^`));
    expect(tekst).toContain('Los eerst deze fout op; daarna wordt de inhoud van het bestand gecontroleerd.');
  });

  it('says an empty file is empty', () => {
    expect(weigering('').meldingen.map((m) => m.bericht)).toEqual([
      'Het bestand is leeg of heeft niet de vorm van een tafelbestand; begin met tafels.example.yml.',
    ]);
  });
});

describe('the nearest known key', () => {
  it.each([
    ['vroegSlutien', ['quorum', 'vroegSluiten'], 'vroegSluiten'],
    ['Naam', ['naam', 'slug'], 'naam'],
    ['tafel', ['tafels', 'tenant'], 'tafels'],
    ['kleur', ['leer', 'tafel'], undefined],
    ['x', ['y'], undefined],
  ])('%s among %j is %s', (woord, kandidaten, bedoeld) => {
    expect(dichtstbij(woord, kandidaten)).toBe(bedoeld);
  });
});

describe("zod's Dutch everywhere else", () => {
  it('speaks of missing fields and numbers, not of undefined and number', () => {
    try {
      leesOfWeiger(z.object({ situatie: z.string(), bedrag: z.number(), spoed: z.boolean() }), {
        bedrag: 'veel',
        spoed: 'ja',
      });
      throw new Error('aanvaard');
    } catch (e) {
      if (!isDomeinFout(e)) throw e;
      expect(e.velden).toEqual([
        { veld: 'situatie', bericht: 'Ontbreekt' },
        { veld: 'bedrag', bericht: 'Moet een getal zijn' },
        { veld: 'spoed', bericht: 'Moet ja of nee zijn (true/false)' },
      ]);
    }
  });
});
