// Pure parts of the register, table-driven: the consistency rule and the excerpt reader.
import { describe, expect, it } from 'vitest';
import type { BesluitUitkomst } from '../../src/domain/woorden.ts';
import {
  beoordeelConsistentie,
  CONSISTENTIE,
  type ConsistentieOordeel,
  familie,
  wijktAf,
} from '../../src/register/consistentieregel.ts';
import { beginFragment, leesFragment } from '../../src/register/fragment.ts';

const T: BesluitUitkomst = 'toegekend';
const D: BesluitUitkomst = 'deels_toegekend';
const A: BesluitUitkomst = 'afgewezen';
const V: BesluitUitkomst = 'doorverwezen';
const keer = (n: number, u: BesluitUitkomst) => Array.from({ length: n }, () => u);

describe('consistency rule: at least 3 earlier besluiten, more than half in one family', () => {
  const gevallen: [string, BesluitUitkomst, BesluitUitkomst[], Partial<ConsistentieOordeel>][] = [
    ['no history', A, [], { wijktAf: false, reden: 'te_weinig_geschiedenis', eerder: 0 }],
    [
      'two earlier grants are not yet a practice',
      A,
      [T, T],
      { wijktAf: false, reden: 'te_weinig_geschiedenis' },
    ],
    [
      'three grants, now a rejection: fires',
      A,
      [T, T, T],
      { wijktAf: true, reden: 'wijkt_af', meerderheid: 'geholpen', eerder: 3, inMeerderheid: 3 },
    ],
    ['three grants, now a referral: fires', V, [T, D, T], { wijktAf: true, meerderheid: 'geholpen' }],
    ['three grants, now a grant', T, [T, T, T], { wijktAf: false, reden: 'volgt_meerderheid' }],
    [
      'partly granted is the same family as granted',
      D,
      [T, T, T],
      { wijktAf: false, reden: 'volgt_meerderheid' },
    ],
    [
      'a tie is no practice',
      A,
      [T, A, T, V],
      { wijktAf: false, reden: 'geen_meerderheid', meerderheid: null },
    ],
    [
      'mostly rejected or referred, now a grant: fires',
      T,
      [A, V, A, T],
      { wijktAf: true, meerderheid: 'niet_geholpen', eerder: 4, inMeerderheid: 3 },
    ],
    ['two of three is more than half: fires', D, [A, V, T], { wijktAf: true, inMeerderheid: 2 }],
    ['three of five: a rejection against the grants fires', A, [T, A, T, A, T], { wijktAf: true }],
    ['three of five: a grant follows', T, [T, A, T, A, T], { wijktAf: false, reden: 'volgt_meerderheid' }],
    [
      'only the latest 20 count: practice turned to rejections',
      T,
      [...keer(20, A), ...keer(30, T)],
      { wijktAf: true, eerder: 20, inMeerderheid: 20, meerderheid: 'niet_geholpen' },
    ],
    [
      'only the latest 20 count: a rejection follows',
      A,
      [...keer(20, A), ...keer(30, T)],
      { wijktAf: false },
    ],
  ];
  it.each(gevallen)('%s', (_naam, uitkomst, eerdere, verwacht) => {
    expect(beoordeelConsistentie(uitkomst, eerdere)).toMatchObject(verwacht);
    expect(wijktAf(uitkomst, eerdere)).toBe(verwacht.wijktAf);
  });

  it('takes other thresholds', () => {
    expect(wijktAf(A, [T, T, T, T], { ...CONSISTENTIE, minimaleGeschiedenis: 5 })).toBe(false);
    expect(wijktAf(A, [T, T, A], { minimaleGeschiedenis: 1, venster: 1 })).toBe(true);
  });

  it('groups outcomes into two families', () => {
    expect([T, D, A, V].map(familie)).toEqual(['geholpen', 'geholpen', 'niet_geholpen', 'niet_geholpen']);
  });
});

describe('excerpts', () => {
  it.each([
    ['Het \u0002gezin\u0003 kan  de\nhuur', 'Het gezin kan de huur', [[4, 9]]],
    [
      '\u0002kind\u0003 en \u0002kinderen\u0003',
      'kind en kinderen',
      [
        [0, 4],
        [8, 16],
      ],
    ],
    ['  begin \u0002 midden\u0003 eind  ', 'begin midden eind', [[6, 12]]],
    ['tab\there\u0001vreemd', 'tab here vreemd', []],
    ['\u0002\u0003leeg', 'leeg', []],
    ['', '', []],
  ])('%j', (ruw, tekst, markeringen) => {
    const f = leesFragment(ruw);
    expect(f.tekst).toBe(tekst);
    expect(f.markeringen.map((m) => [m.van, m.tot])).toEqual(markeringen);
  });

  it('cuts the start of a long text at a word boundary', () => {
    const lang = Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ');
    expect(beginFragment(lang, 3)).toEqual({ tekst: 'w0 w1 w2 …', markeringen: [] });
    expect(beginFragment('kort\n\ntekst')).toEqual({ tekst: 'kort tekst', markeringen: [] });
  });
});
