// The tables file read by an administrator whose terminal speaks English: the same findings, at the same
// places, as in Dutch, and no Dutch left in them.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditInstellingen } from '../../src/config/auditsleutel.ts';
import { leesOmgeving } from '../../src/config/omgeving.ts';
import { platformKeuze } from '../../src/config/platformen.ts';
import {
  beschrijfTafelsBestandFout,
  leesTafelsBestand,
  TafelsBestandFout,
} from '../../src/config/tafelsbestand.ts';
import type { Taal } from '../../src/taal/taal.ts';

/** Dutch words that would give away an untranslated sentence. */
const NEDERLANDS = /Onbekende|regel|verwacht| de | het |ontbreekt|moet |staat /i;
const CODE = /\b[a-z]+_[a-z_]+\b/;

function weigering(yaml: string, taal: Taal): TafelsBestandFout {
  try {
    leesTafelsBestand(yaml, taal);
  } catch (e) {
    if (e instanceof TafelsBestandFout) return e;
    throw e;
  }
  throw new Error('the file was accepted');
}

/** The text a person reads: the lines of the file itself (indented, with a caret) are theirs, not ours. */
const zichtbaar = (tekst: string) =>
  tekst
    .split('\n')
    .filter((r) => !r.startsWith('    '))
    .join('\n');

const INHOUD = `tenant:
  slug: stad
  naam: City Council
  bewaartermijnMaanden: twelve
  kleur: blue
organisaties:
  - { slug: council, naam: "City Council" }
  - { slug: council, naam: "City Council again" }
personen:
  - { sleutel: chair, naam: "Alex Smith", slak: U01CHAIR }
  - { sleutel: member, naam: "Sam Jones", slack: x123 }
tafels:
  - slug: city-table
    naam: City table
    leden:
      - { persoon: chair, organisatie: council, rol: chairman }
      - { persoon: nobody, organisatie: counsil }
    beleid:
      mandaat: 5.000
      herinneringen: 8
      vroegSluiten: yes please
`;

const SYNTAX: Record<string, string> = {
  'an unclosed quote': 'tenant:\n  slug: stad\n  naam: "City Council\norganisaties: []\n',
  'a tab': 'tenant:\n\tslug: stad\n',
  'a duplicate key': 'tenant:\n  slug: stad\n  slug: town\n',
  'a missing colon': 'tenant:\n  slug stad\n  naam: City\n',
  'two colons': 'tenant:\n  naam: a: b\n',
  'an unclosed brace': 'organisaties:\n  - { slug: council, naam: City\npersonen: []\n',
  'an uneven indentation': 'tenant:\n    slug: stad\n  naam: City\n',
  'a value starting with @': 'tenant:\n  naam: @city\n',
  'an alias without anchor': 'tenant:\n  naam: *city\n',
};

describe('the tables file in English', () => {
  it('names every mistake of the content at the same place as in Dutch, without Dutch words', () => {
    const nl = weigering(INHOUD, 'nl');
    const en = weigering(INHOUD, 'en');
    expect(nl.soort).toBe('inhoud');
    // Unknown keys, a wrong value, a wrong form, a reference and a doubled value: each kind is there.
    expect(nl.meldingen.length).toBeGreaterThanOrEqual(8);
    expect(en.meldingen.map(({ pad, regel, kolom }) => ({ pad, regel, kolom }))).toEqual(
      nl.meldingen.map(({ pad, regel, kolom }) => ({ pad, regel, kolom })),
    );
    expect(nl.meldingen.map((m) => m.bericht).join('\n')).toMatch(/Onbekende instelling `kleur`/);
    expect(en.meldingen.map((m) => m.bericht).join('\n')).toMatch(/Unknown setting `kleur`/);
    for (const m of en.meldingen) expect(m.bericht).not.toMatch(NEDERLANDS);
    for (const m of [...nl.meldingen, ...en.meldingen]) expect(m.bericht).not.toMatch(CODE);

    const tekstEn = zichtbaar(beschrijfTafelsBestandFout(en, INHOUD, 'tafels.yml', 'en'));
    expect(tekstEn).toMatch(/^The tables file is not right; nothing was imported\. \d+ mistakes:/);
    expect(tekstEn).toContain('tafels.yml, line 4, column 25: ');
    expect(tekstEn).not.toMatch(NEDERLANDS);
    expect(zichtbaar(beschrijfTafelsBestandFout(nl, INHOUD, 'tafels.yml'))).toMatch(
      /^Het tafelbestand klopt niet; er is niets geïmporteerd\. \d+ fouten:\n- tafels\.yml, regel 4, kolom 25: /,
    );
  });

  it.each(Object.entries(SYNTAX))('explains %s in English at the same place', (_, yaml) => {
    const nl = weigering(yaml, 'nl');
    const en = weigering(yaml, 'en');
    expect(nl.soort).toBe('yaml');
    expect(en.meldingen.map(({ regel, kolom }) => ({ regel, kolom }))).toEqual(
      nl.meldingen.map(({ regel, kolom }) => ({ regel, kolom })),
    );
    for (const m of en.meldingen) expect(m.bericht).not.toMatch(NEDERLANDS);
    for (const m of [...nl.meldingen, ...en.meldingen]) expect(m.bericht).not.toMatch(CODE);
    const tekstEn = zichtbaar(beschrijfTafelsBestandFout(en, yaml, undefined, 'en'));
    expect(tekstEn).toMatch(/^The file is not valid YAML; nothing was imported\. 1 mistake:/);
    expect(tekstEn).toMatch(/Fix this mistake first/);
    expect(tekstEn).not.toMatch(NEDERLANDS);
  });

  it("says what is wrong with a table's policy in the reader's language, in the file's own words", () => {
    const beleid = `tenant: { slug: stad, naam: Stad }
organisaties: [{ slug: council, naam: Council }]
personen: [{ sleutel: chair, naam: "Alex Smith", slack: U01CHAIR }]
tafels:
  - slug: city-table
    naam: City table
    leden: [{ persoon: chair, organisatie: council, rol: voorzitter }]
    beleid:
      termijn: { normaal: 2 dagen }
      quorum: "160%"
`;
    const en = weigering(beleid, 'en').meldingen.map((m) => m.bericht);
    const nl = weigering(beleid, 'nl').meldingen.map((m) => m.bericht);
    expect(en.join('\n')).toContain(
      'Write a period as "2 werkdagen" (working days), "4 werkuren" (working hours) or "voor de vergadering"',
    );
    expect(en.join('\n')).toContain('Write the quorum as a percentage from 1% to 100%');
    expect(nl.join('\n')).toContain(
      'Schrijf een termijn als "2 werkdagen", "4 werkuren" of "voor de vergadering"',
    );
    expect(nl.join('\n')).toContain('Schrijf het quorum als een percentage');
  });

  it('keeps the Dutch of a finding unchanged when no language is given', () => {
    expect(weigering(INHOUD, 'nl').meldingen).toEqual(
      (() => {
        try {
          leesTafelsBestand(INHOUD);
        } catch (e) {
          return (e as TafelsBestandFout).meldingen;
        }
      })(),
    );
  });
});

/** The messages of a refused environment, or of a refused platform choice, in one language. */
function weigeringen(env: Record<string, string>, taal: Taal): string[] {
  try {
    platformKeuze(leesOmgeving(env, taal), taal);
  } catch (e) {
    const issues = (e as { issues?: { message: string }[] }).issues;
    return issues ? issues.map((i) => i.message) : [(e as Error).message];
  }
  throw new Error('the environment was accepted');
}

describe('start-up settings in English', () => {
  it.each<Record<string, string>>([
    { DATABASE_URL: 'mysql://x', LOG_FORMAT: 'xml', SLACK_BOT_TOKEN: 'xoxp-1', SLACK_APP_TOKEN: 'x' },
    { MAATWERKBOT_METRICS_PORT: 'abc', MAATWERKBOT_METRICS_TOKEN: 'short', MAATWERKBOT_TEAMS_EMULATOR: 'ja' },
    { MAATWERKBOT_PUBLIEKE_URL: 'http://bot.example.org/?a', MAATWERKBOT_PLANNER_PARALLEL: '99' },
    {
      MAATWERKBOT_AUDIT_SLEUTEL: 'kort',
      MAATWERKBOT_AUDIT_ANKER_MINUTEN: '0',
      MAATWERKBOT_GEREED_OUTBOX_SECONDEN: '-1',
    },
    { MAATWERKBOT_ONBEZORGBAAR_NA_MINUTEN: '0', MAATWERKBOT_AUDIT_ONGEKETEND_MAX_MINUTEN: '2000' },
    { SLACK_SIGNING_SECRET: 'geheim' },
    { SLACK_BOT_TOKEN: 'xoxb-1' },
    { SLACK_APP_TOKEN: 'xapp-1' },
    { MICROSOFT_APP_ID: 'id', MAATWERKBOT_TEAMS_EMULATOR: '1' },
    { MICROSOFT_APP_ID: 'id' },
    { MICROSOFT_APP_TENANT_ID: 'tenant' },
  ])('%j is refused with the same number of sentences, in English', (env) => {
    const nl = weigeringen(env, 'nl');
    const en = weigeringen(env, 'en');
    expect(en).toHaveLength(nl.length);
    for (const m of en) expect(m).not.toMatch(/ moet | ontbreekt| zet | begint | de | het | een /);
    for (const m of [...nl, ...en]) expect(m).not.toMatch(CODE);
  });

  it('warns about the audit key beside the embedded database in English', () => {
    const map = mkdtempSync(path.join(tmpdir(), 'auditsleutel-'));
    const o = leesOmgeving({ MAATWERKBOT_DATA_DIR: path.join(map, 'pglite') });
    const nl = auditInstellingen(o, { maakAan: true }).meldingen;
    const en = auditInstellingen(o, { maakAan: true, taal: 'en' }).meldingen;
    expect(nl[0]).toMatch(/^De auditsleutel staat naast de ingebouwde database/);
    expect(en).toHaveLength(nl.length);
    expect(en[0]).toMatch(/^The audit key lives next to the embedded database/);
    for (const m of en) expect(m).not.toMatch(/ de | het | zet /i);
    const kort = path.join(map, 'kort');
    writeFileSync(kort, 'te kort\n');
    const fout = (taal: Taal) => {
      try {
        auditInstellingen(leesOmgeving({ MAATWERKBOT_AUDIT_SLEUTELBESTAND: kort }), { maakAan: false, taal });
      } catch (e) {
        return (e as Error).message;
      }
    };
    expect(fout('nl')).toMatch(/^Het sleutelbestand .* moet een sleutel van minstens 32 tekens bevatten\.$/);
    expect(fout('en')).toMatch(/^The key file .* must hold a key of at least 32 characters\.$/);
  });
});
