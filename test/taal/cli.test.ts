// The command line speaks the terminal's language (LANG), commander's own words included: help titles,
// the help option and command, and its refusals, next to our own commands' help and output.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { vertaalWeigering } from '../../src/cli/commander.ts';
import { main } from '../../src/cli/main.ts';
import { gebruik } from '../../src/cli/rapport.ts';
import { OpstartFout } from '../../src/opstart/afsluitcodes.ts';
import { CATALOGUS } from '../../src/taal/catalogus.ts';
import { type Taal, taalUitOmgeving } from '../../src/taal/taal.ts';
import { tekst, zin } from '../../src/taal/tekst.ts';

const map = mkdtempSync(path.join(tmpdir(), 'maatwerkbot-taal-cli-'));
afterAll(() => rmSync(map, { recursive: true, force: true }));

const LANG: Record<Taal, string> = { en: 'en_GB.UTF-8', nl: 'nl_NL.UTF-8' };

function vang() {
  const stukken: string[] = [];
  const stroom = new Writable({
    write(c, _e, klaar) {
      stukken.push(String(c));
      klaar();
    },
  });
  return { stroom: stroom as NodeJS.WritableStream, tekst: () => stukken.join('') };
}

/** `maatwerkbot <args>` in a terminal with this LANG (and no LC_* that would win over it). */
async function draai(taal: Taal, args: string[], invoer = '') {
  const vorige = { ...process.env };
  process.env.LANG = LANG[taal];
  process.env.LC_ALL = '';
  process.env.LC_MESSAGES = '';
  process.env.MAATWERKBOT_DATA_DIR = path.join(map, 'pglite');
  delete process.env.DATABASE_URL;
  const uit = vang();
  const fout = vang();
  try {
    const code = await main(args, uit.stroom, fout.stroom, Readable.from([invoer]));
    return { code, uit: uit.tekst(), fout: fout.tekst(), alles: uit.tekst() + fout.tekst() };
  } finally {
    process.env = vorige;
  }
}

/** Words that give Dutch away in English output, and commander's English in Dutch output. */
const NEDERLANDS = ['Gebruik', 'Opties', 'Opdrachten', 'onbekende', 'fout:', 'toon de hulp', ' het ', ' de '];
const ENGELS = [
  'Usage',
  'Options',
  'Commands',
  'error:',
  'unknown option',
  'unknown command',
  'display help',
];
const CODE = /\b[a-z]+_[a-z_]+\b/;

function alleenIn(taal: Taal, tekst: string) {
  for (const woord of taal === 'en' ? NEDERLANDS : ENGELS) expect(tekst, woord).not.toContain(woord);
  expect(tekst).not.toMatch(CODE);
}

const GEVALLEN: { wat: string; args: string[]; code: number; en: RegExp; nl: RegExp }[] = [
  {
    wat: '--help',
    args: ['--help'],
    code: 0,
    en: /^Usage: maatwerkbot \[options\] \[command\]\n/,
    nl: /^Gebruik: maatwerkbot \[opties\] \[opdracht\]\n/,
  },
  {
    wat: 'a sub-command with --help',
    args: ['audit', 'exporteer', '--help'],
    code: 0,
    en: /Options:\n {2}--van <date> +from this day[\s\S]*\(default: "csv"\)[\s\S]*-h, --help +display help for command/,
    nl: /Opties:\n {2}--van <datum> +vanaf deze dag[\s\S]*\(standaard: "csv"\)[\s\S]*-h, --help +toon de hulp bij deze opdracht/,
  },
  {
    wat: 'an unknown option',
    args: ['--frob'],
    code: 2,
    en: /^error: unknown option --frob\n$/,
    nl: /^fout: onbekende optie --frob\n$/,
  },
  {
    wat: 'an unknown command with a suggestion',
    args: ['tafel'],
    code: 2,
    en: /^error: unknown command tafel\n\(Did you mean tafels\?\)\n$/,
    nl: /^fout: onbekende opdracht tafel\n\(Bedoelde u tafels\?\)\n$/,
  },
  {
    wat: 'a missing argument',
    args: ['backup'],
    code: 2,
    en: /^error: missing required argument file\n$/,
    nl: /^fout: het argument bestand ontbreekt\n$/,
  },
  {
    wat: 'a missing required option',
    args: ['audit', 'exporteer'],
    code: 2,
    en: /^error: required option --van <date> not specified\n$/,
    nl: /^fout: de optie --van <datum> is verplicht\n$/,
  },
  {
    wat: 'too many arguments',
    args: ['demo', 'x', 'y'],
    code: 2,
    en: /^error: too many arguments for demo: it takes no arguments, you gave 2\.\n$/,
    nl: /^fout: te veel argumenten voor demo: er hoort geen argument bij, u gaf er 2\.\n$/,
  },
  {
    wat: 'a group without its sub-command',
    args: ['tafels'],
    code: 2,
    en: /^Usage: maatwerkbot tafels \[options\] \[command\][\s\S]*Commands:\n {2}importeer <file>/,
    nl: /^Gebruik: maatwerkbot tafels \[opties\] \[opdracht\][\s\S]*Opdrachten:\n {2}importeer <bestand>/,
  },
];

describe('the command line in the language of the terminal', () => {
  it('reads the language from LC_ALL, LC_MESSAGES and LANG, in that order', () => {
    expect(taalUitOmgeving({ LANG: 'en_GB.UTF-8' })).toBe('en');
    expect(taalUitOmgeving({ LANG: 'nl_NL.UTF-8' })).toBe('nl');
    expect(taalUitOmgeving({ LC_ALL: 'nl_NL.UTF-8', LANG: 'en_GB.UTF-8' })).toBe('nl');
    expect(taalUitOmgeving({ LC_ALL: '', LC_MESSAGES: 'en_US', LANG: 'nl_NL' })).toBe('en');
  });

  for (const g of GEVALLEN)
    for (const taal of ['en', 'nl'] as const)
      it(`${g.wat} (${taal})`, async () => {
        const r = await draai(taal, g.args);
        expect(r.code).toBe(g.code);
        expect(r.alles).toMatch(g[taal]);
        alleenIn(taal, r.alles);
      });

  it('anonimiseer: its output, its refusals and its help in either language', async () => {
    const regels = '{"id":1,"text":"Bel 06-12345678"}\nkapot\n{"id":2}\n';
    const en = await draai('en', ['anonimiseer', '--jsonl'], regels);
    const nl = await draai('nl', ['anonimiseer', '--jsonl'], regels);
    expect(en.code).toBe(1);
    expect(nl.code).toBe(1);
    const fouten = (r: { uit: string }) =>
      r.uit
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).fout)
        .filter(Boolean);
    expect(fouten(en)).toEqual(['line 2: not valid JSON', 'line 3: field "text" is missing or not text']);
    expect(fouten(nl)).toEqual([
      'regel 2: geen geldige JSON',
      'regel 3: veld "text" ontbreekt of is geen tekst',
    ]);
    alleenIn('en', fouten(en).join('\n'));

    expect((await draai('en', ['anonimiseer'], 'Mw. Jansen, BSN 111222333.')).uit).not.toContain('111222333');

    const hulpEn = await draai('en', ['anonimiseer', '--help']);
    const hulpNl = await draai('nl', ['anonimiseer', '--help']);
    expect(hulpEn.uit).toMatch(/--json +read all text, print \{"findings":\[…\],"redacted":"…"\}/);
    expect(hulpNl.uit).toMatch(/--json +lees alle tekst, print \{"findings":\[…\],"redacted":"…"\}/);
    alleenIn('en', hulpEn.uit);
    alleenIn('nl', hulpNl.uit);
  });

  it('anonimiseer called on its own: usage and refusals in the language it is given', async () => {
    const { anonimiseer } = await import('../../src/cli/anonimiseer.ts');
    const fout = (taal: Taal) => {
      const f = vang();
      return {
        f,
        klaar: anonimiseer(['--json', '--jsonl'], Readable.from(['']), new PassThrough(), f.stroom, taal),
      };
    };
    const en = fout('en');
    const nl = fout('nl');
    expect(await en.klaar).toBe(2);
    expect(await nl.klaar).toBe(2);
    expect(en.f.tekst()).toMatch(/^Choose --json or --jsonl, not both\.\nUsage: maatwerkbot anonimiseer/);
    expect(nl.f.tekst()).toMatch(/^Kies --json of --jsonl, niet allebei\.\nGebruik: maatwerkbot anonimiseer/);
    alleenIn('en', en.f.tekst());
  });

  it('rapport: its usage in either language, the Dutch one unchanged', () => {
    expect(gebruik('en')).toMatch(/^Usage: maatwerkbot rapport --van YYYY-MM-DD/);
    expect(gebruik('nl')).toMatch(/^Gebruik: maatwerkbot rapport --van JJJJ-MM-DD/);
    alleenIn('en', gebruik('en'));
  });

  it("commander's refusals of every known form, and an unknown one under our own prefix", () => {
    const gevallen = [
      "error: option '--formaat <csv|jsonl>' argument missing",
      "error: option '--x <n>' argument 'abc' is invalid. Not a number.",
      "error: command-argument value 'q' is invalid for argument 'n'.",
      "error: unknown option '--jsn'\n(Did you mean one of --json, --jsonl?)",
      "error: too many arguments for 'backup'. Expected 1 argument but got 3.",
      'error: something new',
    ];
    const en = gevallen.map((g) => vertaalWeigering(g, 'en')).join('');
    const nl = gevallen.map((g) => vertaalWeigering(g, 'nl')).join('');
    expect(nl).toContain('fout: te veel argumenten voor backup: er hoort 1 argument bij, u gaf er 3.');
    expect(en).toContain('error: too many arguments for backup: it takes 1 argument, you gave 3.');
    expect(nl).toContain('(Bedoelde u --json, --jsonl?)');
    expect(nl).toContain('fout: de waarde abc bij --x <n> is ongeldig. Not a number.');
    expect(nl).toContain('fout: something new');
    alleenIn('nl', nl.replace('Not a number.', '').replace('something new', ''));
    alleenIn('en', en);
  });

  it('a start-up failure is one line in the language of the terminal, its Dutch kept for the log', () => {
    const f = new OpstartFout(2, zin('cli.opstart.poort_in_gebruik', { poort: '3000', host: '0.0.0.0' }));
    expect(f.message).toMatch(/^Poort 3000 op 0\.0\.0\.0 is al in gebruik: stop het andere proces/);
    expect(f.tekst('nl')).toBe(f.message);
    expect(f.tekst('en')).toMatch(/^Port 3000 on 0\.0\.0\.0 is already in use: stop the other process/);
    alleenIn('en', f.tekst('en'));
  });

  it('tafels importeer says how many waiting rounds the import opened, only when it opened any', () => {
    const verslag = (taal: Taal, rondes: string) =>
      tekst(taal, 'cli.tafels.geimporteerd', {
        gemeente: 'utrecht',
        tafels: '1',
        leden: '6',
        organisaties: '5',
        personen: '9',
        bestuurders: '2',
        knelpunten: '4',
        gedeactiveerd: '',
        rondes,
      });
    expect(verslag('nl', tekst('nl', 'cli.tafels.rondes_geopend', { aantal: 2 }))).toMatch(
      /knelpunten; 2 besluitrondes geopend \(de tafel eist niet meer wat ontbrak\)\.$/,
    );
    expect(verslag('en', tekst('en', 'cli.tafels.rondes_geopend', { aantal: 1 }))).toMatch(
      /bottlenecks; 1 decision round opened \(the table no longer requires what was missing\)\.$/,
    );
    expect(verslag('nl', '')).toMatch(/4 knelpunten\.$/);
  });

  it('no English sentence of the namespace is left in Dutch', () => {
    const nl = CATALOGUS.nl.cli as Record<string, string>;
    const en = CATALOGUS.en.cli as Record<string, string>;
    for (const [sleutel, waarde] of Object.entries(en)) {
      expect(waarde, sleutel).not.toMatch(CODE);
      for (const woord of ['Gebruik', 'fout:', ' het ', ' de ', ' een ', ' niet '])
        expect(waarde, sleutel).not.toContain(woord);
      if (!['hulp.plaats_opties', 'hulp.plaats_opdracht'].includes(sleutel) && /\p{L}{4,}/u.test(waarde))
        expect(waarde, sleutel).not.toBe(nl[sleutel] ?? '');
    }
    expect(tekst('en', 'cli.hulp.gebruik')).toBe('Usage:');
  });
});
