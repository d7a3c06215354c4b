import { describe, expect, it } from 'vitest';
import {
  type Aanwezige,
  aantalVan,
  type Kanaalbreedte,
  type KanaalFeiten,
  type KanaalSoort,
  kanaalBreedte,
} from '../../src/domain/kanaalbreedte.ts';

const EIGEN = 'T0GEMEENTE';
const kring = { leden: new Set(['U1', 'U2', 'U3']), eigenOrganisatie: EIGEN };
const lid = (extern: string): Aanwezige => ({ extern, gast: false, organisatie: EIGEN });
const LEDEN = [lid('U1'), lid('U2'), lid('U3')];
const besloten: KanaalFeiten = { openbaar: false, gedeeld: false, aanwezigen: LEDEN };

type Geval = [string, KanaalSoort, KanaalFeiten, Kanaalbreedte];

const gevallen: Geval[] = [
  [
    'a private table channel with only the members',
    'tafel',
    besloten,
    { uitkomst: 'binnen_tafel', redenen: [], onbekend: [] },
  ],
  [
    'fewer members than the table is still not wider',
    'tafel',
    { ...besloten, aanwezigen: [lid('U1')] },
    { uitkomst: 'binnen_tafel', redenen: [], onbekend: [] },
  ],
  [
    'a public channel',
    'tafel',
    { ...besloten, openbaar: true },
    { uitkomst: 'breder', redenen: [{ soort: 'openbaar' }], onbekend: [] },
  ],
  [
    'a channel shared with another organisation',
    'tafel',
    { ...besloten, gedeeld: true },
    { uitkomst: 'breder', redenen: [{ soort: 'gedeeld' }], onbekend: [] },
  ],
  [
    'someone in the channel who is not at the table',
    'tafel',
    { ...besloten, aanwezigen: [...LEDEN, lid('U9')] },
    { uitkomst: 'breder', redenen: [{ soort: 'niet_leden', aantal: 1 }], onbekend: [] },
  ],
  [
    'a guest and an account of another organisation, outside the table',
    'tafel',
    {
      ...besloten,
      aanwezigen: [
        ...LEDEN,
        { extern: 'G1', gast: true, organisatie: EIGEN },
        { extern: 'X1', organisatie: 'T0ANDERS' },
      ],
    },
    {
      uitkomst: 'breder',
      redenen: [
        { soort: 'niet_leden', aantal: 2 },
        { soort: 'gasten', aantal: 1 },
        { soort: 'andere_organisatie', aantal: 1 },
      ],
      onbekend: [],
    },
  ],
  [
    'a member who is a guest account (a partner organisation) is at the table: not wider',
    'tafel',
    { ...besloten, aanwezigen: [lid('U1'), { extern: 'U2', gast: true, organisatie: 'T0CORPORATIE' }] },
    { uitkomst: 'binnen_tafel', redenen: [], onbekend: [] },
  ],
  [
    'at the table channel, not knowing who is a guest does not matter',
    'tafel',
    { ...besloten, aanwezigen: [{ extern: 'U1' }, { extern: 'U2' }] },
    { uitkomst: 'binnen_tafel', redenen: [], onbekend: [] },
  ],
  [
    'nothing could be read: unknown, never fine',
    'tafel',
    { openbaar: null, gedeeld: null, aanwezigen: null },
    { uitkomst: 'onbekend', redenen: [], onbekend: ['openbaar', 'gedeeld', 'aanwezigen'] },
  ],
  [
    'the members could not be read',
    'tafel',
    { ...besloten, aanwezigen: null },
    { uitkomst: 'onbekend', redenen: [], onbekend: ['aanwezigen'] },
  ],
  [
    'public, with the members unread: wider, and says what is unknown',
    'tafel',
    { openbaar: true, gedeeld: null, aanwezigen: null },
    { uitkomst: 'breder', redenen: [{ soort: 'openbaar' }], onbekend: ['gedeeld', 'aanwezigen'] },
  ],
  [
    'a leerkanaal with colleagues who are not at the table: intended',
    'leer',
    { openbaar: true, gedeeld: false, aanwezigen: [...LEDEN, lid('U7'), lid('U8')] },
    { uitkomst: 'binnen_tafel', redenen: [], onbekend: [] },
  ],
  [
    'a leerkanaal shared with another organisation',
    'leer',
    { openbaar: false, gedeeld: true, aanwezigen: LEDEN },
    { uitkomst: 'breder', redenen: [{ soort: 'gedeeld' }], onbekend: [] },
  ],
  [
    'a leerkanaal with a guest and an external account',
    'leer',
    {
      openbaar: false,
      gedeeld: false,
      aanwezigen: [
        ...LEDEN,
        { extern: 'G1', gast: true, organisatie: EIGEN },
        { extern: 'X1', gast: false, organisatie: 'T0ANDERS' },
      ],
    },
    {
      uitkomst: 'breder',
      redenen: [
        { soort: 'gasten', aantal: 1 },
        { soort: 'andere_organisatie', aantal: 1 },
      ],
      onbekend: [],
    },
  ],
  [
    'a leerkanaal whose accounts could not be looked up',
    'leer',
    { openbaar: null, gedeeld: false, aanwezigen: [...LEDEN, { extern: 'U7' }] },
    { uitkomst: 'onbekend', redenen: [], onbekend: ['gasten', 'organisatie'] },
  ],
];

describe('when is a channel wider than its table', () => {
  it.each(gevallen)('%s (%s)', (_naam, soort, feiten, verwacht) => {
    expect(kanaalBreedte(soort, feiten, kring)).toEqual(verwacht);
  });

  it('without the own organisation, accounts of another one cannot be told apart', () => {
    const b = kanaalBreedte(
      'leer',
      {
        openbaar: false,
        gedeeld: false,
        aanwezigen: [{ extern: 'X1', gast: false, organisatie: 'T0ANDERS' }],
      },
      { leden: new Set(), eigenOrganisatie: null },
    );
    expect(b).toEqual({ uitkomst: 'onbekend', redenen: [], onbekend: ['organisatie'] });
  });

  it('counts per reason', () => {
    const b = gevallen[5]![3];
    expect([aantalVan(b, 'niet_leden'), aantalVan(b, 'gasten'), aantalVan(b, 'andere_organisatie')]).toEqual([
      2, 1, 1,
    ]);
    expect(aantalVan(gevallen[0]![3], 'niet_leden')).toBe(0);
  });
});
