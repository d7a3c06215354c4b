import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { CATALOGUS } from '../../src/taal/catalogus.ts';
import { type TALEN, taalUitOmgeving } from '../../src/taal/taal.ts';
import { tekst } from '../../src/taal/tekst.ts';

type Vlak = Record<string, string>;

function vlak(taal: (typeof TALEN)[number]): Vlak {
  const uit: Vlak = {};
  for (const [ruimte, berichten] of Object.entries(CATALOGUS[taal]))
    for (const [sleutel, bericht] of Object.entries(berichten as Vlak)) uit[`${ruimte}.${sleutel}`] = bericht;
  return uit;
}

/** The placeholders and markup tags of a message: what the code fills in must be the same in every language. */
function gaten(elementen: MessageFormatElement[], uit = new Set<string>()): Set<string> {
  for (const e of elementen) {
    if (e.type === TYPE.literal || e.type === TYPE.pound) continue;
    if (e.type === TYPE.tag) {
      uit.add(`<${e.value}>`);
      gaten(e.children, uit);
      continue;
    }
    uit.add(e.value);
    if (e.type === TYPE.plural || e.type === TYPE.select)
      for (const o of Object.values(e.options)) gaten(o.value, uit);
  }
  return uit;
}

const nl = vlak('nl');
const en = vlak('en');

describe('the catalogue has every sentence in Dutch and in English', () => {
  it('every key exists in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });

  it.each(Object.keys(nl))(
    '%s: both languages parse and fill in the same placeholders and tags',
    (sleutel) => {
      const gatenNl = [...gaten(parse(nl[sleutel]!))].sort();
      const gatenEn = [...gaten(parse(en[sleutel]!))].sort();
      expect(gatenEn).toEqual(gatenNl);
    },
  );

  it('no placeholder is named like a markup tag (b, i, code): the tag would take its place', () => {
    const botsend = Object.entries({ ...nl, ...en }).filter(([, v]) =>
      [...gaten(parse(v))].some((g) => ['b', 'i', 'code'].includes(g)),
    );
    expect(botsend).toEqual([]);
  });

  it('no message is empty, and a sentence of three words or more is translated, not copied', () => {
    const leeg = Object.entries({
      ...nl,
      ...Object.fromEntries(Object.entries(en).map(([k, v]) => [`en:${k}`, v])),
    })
      .filter(([, v]) => v.trim() === '')
      .map(([k]) => k);
    expect(leeg).toEqual([]);
    const gekopieerd = Object.keys(nl).filter(
      (k) => nl[k] === en[k] && nl[k]!.trim().split(/\s+/).length >= 3,
    );
    expect(gekopieerd).toEqual([]);
  });

  it('no message shows a code (snake_case) outside its placeholders', () => {
    const metCode = Object.entries({ ...nl, ...en }).filter(([, v]) =>
      /(^|[^{\w])[a-z]+_[a-z_]+\b(?![^{]*\})/.test(v.replace(/\{[^{}]*\}/g, '')),
    );
    expect(metCode).toEqual([]);
  });
});

/** The code that renders sentences: everything but the catalogue itself. */
function bronnen(): string {
  const teksten: string[] = [];
  const loop = (map: string) => {
    for (const naam of readdirSync(map)) {
      const pad = path.join(map, naam);
      if (statSync(pad).isDirectory()) {
        if (pad !== path.join('src', 'taal', 'nl') && pad !== path.join('src', 'taal', 'en')) loop(pad);
      } else if (pad.endsWith('.ts')) teksten.push(readFileSync(pad, 'utf8'));
    }
  };
  for (const map of ['adapters', 'src', 'manifest']) loop(map);
  return teksten.join('\n');
}

describe('the catalogue holds what the code says', () => {
  it('every sentence is rendered somewhere: by its key, or by a key made from a prefix and a code', () => {
    const code = bronnen();
    const ongebruikt = Object.keys(nl).filter((sleutel) => {
      if (code.includes(`'${sleutel}'`) || code.includes(`"${sleutel}"`)) return false;
      const delen = sleutel.split('.');
      const [ruimte, ...rest] = delen;
      // A namespace's own helper may name its keys without the namespace (`t('kop')` inside it).
      if (code.includes(`'${rest.join('.')}'`) && ruimte) return false;
      return !delen.slice(1).some((_, i) => code.includes(`\`${delen.slice(0, i + 1).join('.')}.\${`));
    });
    expect(ongebruikt, 'a sentence nobody renders: remove it, or use it').toEqual([]);
  });
});

describe('tekst renders a message for one reader', () => {
  it('fills in placeholders, plurals and markup per language', () => {
    expect(tekst('nl', 'woord.niet_akkoord')).toBe('Niet akkoord');
    expect(tekst('en', 'woord.niet_akkoord')).toBe('Disagree');
    expect(tekst('en', 'reden.geen_quorum')).toBe('too few members answered (no quorum)');
  });

  it('refuses a key that is not in the catalogue instead of showing it', () => {
    expect(() => tekst('nl', 'woord.bestaat_niet' as never)).toThrow(/Onbekende tekstsleutel/);
  });
});

describe('the language of a terminal', () => {
  it.each([
    [{ LANG: 'en_GB.UTF-8' }, 'en'],
    [{ LANG: 'en_US.UTF-8' }, 'en'],
    [{ LANG: 'en' }, 'en'],
    [{ LANG: 'nl_NL.UTF-8' }, 'nl'],
    [{ LANG: 'C.UTF-8' }, 'nl'],
    [{ LANG: 'POSIX' }, 'nl'],
    [{}, 'nl'],
    [{ LANG: 'en_GB.UTF-8', LC_ALL: 'nl_NL.UTF-8' }, 'nl'],
    [{ LANG: 'nl_NL.UTF-8', LC_MESSAGES: 'en_IE.UTF-8' }, 'en'],
    [{ LANG: 'nl_NL.UTF-8', LC_ALL: '' }, 'nl'],
    [{ LANG: 'english' }, 'nl'],
  ] as const)('%j reads as %s', (omgeving, taal) => {
    expect(taalUitOmgeving(omgeving)).toBe(taal);
  });
});
