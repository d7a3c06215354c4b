import { describe, expect, it } from 'vitest';
import {
  type Anker,
  ankerRegel,
  auditSleutel,
  leesAnkerTekst,
  ondertekenAnker,
  toetsAnkers,
} from '../../src/domain/auditanker.ts';

const sleutel = auditSleutel(Buffer.from('een-geheim-van-minstens-tweeëndertig-tekens'));
const anderSleutel = auditSleutel(Buffer.from('een-ander-geheim-van-minstens-32-tekens!!'));
const h = (c: string) => c.repeat(64);
const anker = (positie: number, hash: string, uur: number): Anker =>
  ondertekenAnker(
    {
      tenant: 'utrecht',
      tenantId: 't1',
      positie,
      hash,
      moment: `2026-12-04T${String(uur).padStart(2, '0')}:00:00.000Z`,
    },
    sleutel,
  );

describe('a checkpoint is read back only as signed with our key', () => {
  it('reads its own lines, and flags a changed, unreadable or foreign one', () => {
    const echt = anker(3, h('a'), 9);
    const gewijzigd = { ...anker(5, h('b'), 10), positie: 4 };
    const vreemd = ondertekenAnker({ ...echt, positie: 7 }, anderSleutel);
    const tekst = [
      ankerRegel(echt),
      ankerRegel(gewijzigd),
      'geen json\n',
      '{"tenant":1}\n',
      ankerRegel(vreemd),
    ].join('');
    expect(leesAnkerTekst(tekst, sleutel)).toEqual([
      { soort: 'anker', regel: 1, anker: echt },
      { soort: 'vals', regel: 2 },
      { soort: 'onleesbaar', regel: 3 },
      { soort: 'onleesbaar', regel: 4 },
      { soort: 'andere_sleutel', regel: 5, sleutel: anderSleutel.id },
    ]);
  });
});

describe('the chain must reach every checkpoint with the checkpointed hash', () => {
  const ankers = [anker(2, h('b'), 9), anker(4, h('d'), 10), anker(6, h('f'), 11)];
  const keten = (hashes: string[]) => (positie: number) => hashes[positie - 1];
  it.each([
    [
      'the chain as anchored',
      keten([h('a'), h('b'), h('c'), h('d'), h('e'), h('f'), h('g')]),
      { geldig: true, laatsteGoed: ankers[2] },
    ],
    [
      'cut after position 5',
      keten([h('a'), h('b'), h('c'), h('d'), h('e')]),
      { geldig: false, reden: 'ingekort', anker: ankers[2], laatsteGoed: ankers[1] },
    ],
    [
      'rewritten from position 3',
      keten([h('a'), h('b'), h('x'), h('y'), h('z'), h('w')]),
      { geldig: false, reden: 'herschreven', anker: ankers[1], laatsteGoed: ankers[0] },
    ],
    [
      'rewritten from position 1',
      keten([h('x'), h('y'), h('z'), h('d')]),
      { geldig: false, reden: 'herschreven', anker: ankers[0], laatsteGoed: null },
    ],
  ] as const)('%s', (_naam, hashOp, verwacht) => {
    expect(toetsAnkers([...ankers].reverse(), hashOp)).toMatchObject({ aantal: 3, ...verwacht });
  });
});
