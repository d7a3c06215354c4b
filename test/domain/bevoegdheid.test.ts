import { describe, expect, it } from 'vitest';
import {
  BEHEERACTIES,
  type BevoegdheidFeiten,
  bevoegdheden,
  type Kaartweergave,
  kaartweergave,
  magAgenderen,
  magAntwoorden,
  magBeheeractie,
  magBeslissenAlsBestuurder,
  magBeslissenAlsVoorzitter,
  magHeropenen,
  magIntrekken,
  magTermijnVerlengen,
  magToezeggingAfronden,
  magVergaderbesluitVastleggen,
  magZien,
} from '../../src/domain/bevoegdheid.ts';

/** A member the open round expects, nothing escalated. */
const basis: BevoegdheidFeiten = {
  bekend: true,
  lidVanTafel: true,
  indiener: false,
  voorzitter: false,
  escalatieDoel: false,
  casusStatus: 'in_besluitronde',
  opAgenda: false,
  ronde: { open: true, deadlineVerstreken: false },
  verwachtInRonde: true,
  openEscalatie: null,
  beslist: { voorzitter: false, bestuurder: false },
};
const mag = { mag: true };
const weiger = (reden: string) => ({ mag: false, reden });
type Rij = [string, Partial<BevoegdheidFeiten>, unknown];
const tabel = (regel: (f: BevoegdheidFeiten) => unknown, rijen: Rij[]) =>
  it.each(rijen)('%s', (_regel, over, verwacht) => {
    expect(regel({ ...basis, ...over })).toEqual(verwacht);
  });

const bijVoorzitter = { niveau: 'voorzitter', aanPersoon: true } as const;
const bijBestuurder = (aanPersoon: boolean) => ({ niveau: 'bestuurder', aanPersoon }) as const;

describe('magZien: need-to-know', () => {
  tabel(magZien, [
    ['a member of the table sees it', {}, mag],
    ['the submitter sees it', { lidVanTafel: false, indiener: true }, mag],
    ['whoever an escalation went to sees it', { lidVanTafel: false, escalatieDoel: true }, mag],
    ['refused: anyone else', { lidVanTafel: false }, weiger('geen_toegang')],
  ]);
});

describe('magAntwoorden: only expected members, only while the round is open', () => {
  tabel(magAntwoorden, [
    ['an expected member answers an open round', {}, mag],
    ['refused: a person the bot does not know', { bekend: false, lidVanTafel: false }, weiger('onbekend')],
    [
      'refused: the round is closed',
      { ronde: { open: false, deadlineVerstreken: false } },
      weiger('ronde_gesloten'),
    ],
    [
      'refused: the deadline passed, though the round is not closed yet',
      { ronde: { open: true, deadlineVerstreken: true } },
      weiger('ronde_gesloten'),
    ],
    ['refused: there is no round', { ronde: null }, weiger('ronde_gesloten')],
    [
      'refused: the casus waits for its submitter, no round yet',
      { casusStatus: 'wacht_op_aanvulling', ronde: null, verwachtInRonde: false },
      weiger('wacht_op_aanvulling'),
    ],
    [
      'refused as not at the table: someone outside hears nothing of a waiting casus',
      { casusStatus: 'wacht_op_aanvulling', ronde: null, lidVanTafel: false, verwachtInRonde: false },
      weiger('geen_lid'),
    ],
    ['refused: not at this table', { lidVanTafel: false, verwachtInRonde: false }, weiger('geen_lid')],
    [
      'refused: at the table but not expected (the chair)',
      { verwachtInRonde: false },
      weiger('niet_verwacht'),
    ],
    [
      'a closed round is named before membership',
      { lidVanTafel: false, ronde: { open: false, deadlineVerstreken: true } },
      weiger('ronde_gesloten'),
    ],
  ]);
});

describe('magBeslissenAlsVoorzitter: the casting vote', () => {
  tabel(magBeslissenAlsVoorzitter, [
    ['the chair, with an escalation at the chair', { voorzitter: true, openEscalatie: bijVoorzitter }, mag],
    [
      'the chair, whoever the escalation was addressed to',
      { voorzitter: true, openEscalatie: { niveau: 'voorzitter', aanPersoon: false } },
      mag,
    ],
    ['refused: not the chair', { openEscalatie: bijVoorzitter }, weiger('geen_voorzitter')],
    ['refused: not the chair is named first', { casusStatus: 'besloten' }, weiger('geen_voorzitter')],
    ['refused: nothing waits for the chair', { voorzitter: true }, weiger('niet_aan_de_beurt')],
    [
      'refused: the escalation is at a bestuurder',
      { voorzitter: true, openEscalatie: bijBestuurder(true) },
      weiger('niet_aan_de_beurt'),
    ],
    [
      'refused: the chair decided already',
      { voorzitter: true, beslist: { voorzitter: true, bestuurder: false } },
      weiger('al_beslist'),
    ],
    ['refused: the casus is decided', { voorzitter: true, casusStatus: 'besloten' }, weiger('al_beslist')],
  ]);
});

describe('magBeslissenAlsBestuurder: only the bestuurder it was addressed to', () => {
  tabel(magBeslissenAlsBestuurder, [
    ['the addressed bestuurder', { openEscalatie: bijBestuurder(true) }, mag],
    ['refused: another bestuurder', { openEscalatie: bijBestuurder(false) }, weiger('andere_bestuurder')],
    ['refused: nothing waits for a bestuurder', {}, weiger('niet_aan_de_beurt')],
    ['refused: it waits for the chair', { openEscalatie: bijVoorzitter }, weiger('niet_aan_de_beurt')],
    [
      'refused: a bestuurder decided already (said before who asks)',
      { beslist: { voorzitter: false, bestuurder: true } },
      weiger('al_beslist'),
    ],
    ['refused: the casus is decided', { casusStatus: 'besloten' }, weiger('al_beslist')],
  ]);
});

describe("magBeheeractie: who may use a chair's control at all", () => {
  it.each([
    ['the chair may withdraw', 'intrekken', { voorzitter: true }, mag],
    ['the chair may extend', 'verlengen', { voorzitter: true }, mag],
    ['the submitter may withdraw', 'intrekken', { indiener: true }, mag],
    [
      'refused: the submitter has no other control',
      'op_agenda',
      { indiener: true },
      weiger('geen_voorzitter'),
    ],
    ['refused: a member may not withdraw', 'intrekken', {}, weiger('niet_bevoegd')],
    ['refused: a member may not reopen', 'heropenen', {}, weiger('geen_voorzitter')],
  ] as const)('%s', (_regel, actie, over, verwacht) => {
    expect(magBeheeractie(actie, { ...basis, ...over })).toEqual(verwacht);
  });
});

describe('magIntrekken: the chair or the submitter, while not final', () => {
  tabel(magIntrekken, [
    ['the chair withdraws a casus in its round', { voorzitter: true }, mag],
    ['the submitter withdraws their own casus', { indiener: true, casusStatus: 'bij_bestuurder' }, mag],
    ['refused: a member', {}, weiger('niet_bevoegd')],
    ['refused: a decided casus', { voorzitter: true, casusStatus: 'besloten' }, weiger('afgerond')],
    ['refused: a withdrawn casus', { indiener: true, casusStatus: 'ingetrokken' }, weiger('afgerond')],
    [
      'refused: a referred crisis',
      { indiener: true, casusStatus: 'crisis_doorverwezen' },
      weiger('afgerond'),
    ],
  ]);
});

describe('magHeropenen: the chair, after a round closed without a besluit', () => {
  tabel(magHeropenen, [
    ['the chair reopens a casus at the chair', { voorzitter: true, casusStatus: 'bij_voorzitter' }, mag],
    ['the chair reopens a casus at a bestuurder', { voorzitter: true, casusStatus: 'bij_bestuurder' }, mag],
    ['refused: not the chair', { casusStatus: 'bij_voorzitter' }, weiger('geen_voorzitter')],
    ['refused: the round is still open', { voorzitter: true }, weiger('geen_gesloten_ronde')],
    ['refused: decided', { voorzitter: true, casusStatus: 'besloten' }, weiger('geen_gesloten_ronde')],
    [
      'refused: the round waits for the submitter',
      { voorzitter: true, casusStatus: 'wacht_op_aanvulling', ronde: null },
      weiger('wacht_op_aanvulling'),
    ],
  ]);
});

describe('magTermijnVerlengen: the chair, while the round is not closed', () => {
  tabel(magTermijnVerlengen, [
    ['the chair extends an open round', { voorzitter: true }, mag],
    [
      'the chair extends a round whose deadline just passed',
      { voorzitter: true, ronde: { open: true, deadlineVerstreken: true } },
      mag,
    ],
    ['refused: not the chair', {}, weiger('geen_voorzitter')],
    [
      'refused: the round closed',
      { voorzitter: true, ronde: { open: false, deadlineVerstreken: false } },
      weiger('ronde_gesloten'),
    ],
    ['refused: no round', { voorzitter: true, ronde: null }, weiger('ronde_gesloten')],
    [
      'refused: the round waits for the submitter',
      { voorzitter: true, casusStatus: 'wacht_op_aanvulling', ronde: null },
      weiger('wacht_op_aanvulling'),
    ],
  ]);
});

describe("magAgenderen: the chair puts a casus on the meeting's agenda", () => {
  tabel(magAgenderen, [
    ['the chair, a casus not final', { voorzitter: true, casusStatus: 'bij_voorzitter' }, mag],
    ['refused: not the chair', {}, weiger('geen_voorzitter')],
    ['refused: final', { voorzitter: true, casusStatus: 'ingetrokken' }, weiger('afgerond')],
    [
      'refused: the round waits for the submitter',
      { voorzitter: true, casusStatus: 'wacht_op_aanvulling' },
      weiger('wacht_op_aanvulling'),
    ],
  ]);
});

describe("magVergaderbesluitVastleggen: the chair records the meeting's besluit", () => {
  tabel(magVergaderbesluitVastleggen, [
    ['the chair, a casus on the agenda', { voorzitter: true, opAgenda: true }, mag],
    ['refused: not the chair', { opAgenda: true }, weiger('geen_voorzitter')],
    ['refused: not on the agenda', { voorzitter: true }, weiger('niet_op_agenda')],
    [
      'refused: decided already',
      { voorzitter: true, opAgenda: true, casusStatus: 'besloten' },
      weiger('al_beslist'),
    ],
    [
      'refused: the round waits for the submitter (on the agenda from before)',
      { voorzitter: true, opAgenda: true, casusStatus: 'wacht_op_aanvulling' },
      weiger('wacht_op_aanvulling'),
    ],
  ]);
});

describe('bevoegdheden: every verdict at once, for the read models', () => {
  it('a member the round expects may answer and nothing else', () => {
    const b = bevoegdheden(basis);
    expect(b.antwoorden).toEqual(mag);
    expect(b.alsVoorzitter).toEqual(weiger('geen_voorzitter'));
    expect(b.alsBestuurder).toEqual(weiger('niet_aan_de_beurt'));
    expect(b.intrekken).toEqual(weiger('niet_bevoegd'));
    expect(Object.values(b.beheer).every((o) => !o.mag)).toBe(true);
  });

  it('the chair of a casus waiting for the submitter may withdraw it and nothing else', () => {
    const b = bevoegdheden({
      ...basis,
      voorzitter: true,
      casusStatus: 'wacht_op_aanvulling',
      ronde: null,
      verwachtInRonde: false,
    });
    expect(b.antwoorden).toEqual(weiger('wacht_op_aanvulling'));
    expect(b.intrekken).toEqual(mag);
    expect(b.termijnVerlengen).toEqual(weiger('wacht_op_aanvulling'));
    expect(b.heropenen).toEqual(weiger('wacht_op_aanvulling'));
    expect(b.agenderen).toEqual(weiger('wacht_op_aanvulling'));
  });

  it('the submitter may only withdraw among the controls', () => {
    const b = bevoegdheden({ ...basis, lidVanTafel: false, verwachtInRonde: false, indiener: true });
    expect(b.zien).toEqual(mag);
    expect(b.beheer).toEqual({
      verlengen: weiger('geen_voorzitter'),
      intrekken: mag,
      heropenen: weiger('geen_voorzitter'),
      op_agenda: weiger('geen_voorzitter'),
      vergaderbesluit: weiger('geen_voorzitter'),
    });
  });
});

describe('magToezeggingAfronden: the owner or their organisation marks a commitment done, once', () => {
  const open = { bekend: true, eigenaar: false, lidVanOrganisatie: false, gedaan: false };
  it.each([
    ['the owner', { eigenaar: true }, mag],
    ['a member of that organisation at the table', { lidVanOrganisatie: true }, mag],
    ['the owner who is also a member', { eigenaar: true, lidVanOrganisatie: true }, mag],
    ['refused: someone the bot does not know', { bekend: false, eigenaar: true }, weiger('onbekend')],
    ['refused: anyone else (also the chair)', {}, weiger('niet_bevoegd')],
    ['refused: already done', { eigenaar: true, gedaan: true }, weiger('al_gedaan')],
    ['refused: anyone else, done or not', { gedaan: true }, weiger('niet_bevoegd')],
  ])('%s', (_regel, over, verwacht) => {
    expect(magToezeggingAfronden({ ...open, ...over })).toEqual(verwacht);
  });
});

describe('kaartweergave: the shared card shows the state; each part goes only to whom it belongs', () => {
  const geen: Kaartweergave = {
    antwoordformulier: false,
    eigenAntwoord: false,
    voorzittersacties: false,
    beheeracties: [],
  };
  const alleActies = { voorzittersacties: true, beheeracties: BEHEERACTIES };
  /** A casus whose round waits for what its table requires (spelregels §4): no round yet. */
  const wacht = { casusStatus: 'wacht_op_aanvulling', ronde: null, verwachtInRonde: false };
  type WRij = [string, Partial<BevoegdheidFeiten> & { geantwoord?: boolean }, Kaartweergave];
  it.each<WRij>([
    ['an expected member of an open round gets the answer form', {}, { ...geen, antwoordformulier: true }],
    [
      'a member who answered sees their own answer and may change it',
      { geantwoord: true },
      { ...geen, antwoordformulier: true, eigenAntwoord: true },
    ],
    [
      'after the round closed: their own answer, no form',
      { geantwoord: true, ronde: { open: false, deadlineVerstreken: true } },
      { ...geen, eigenAntwoord: true },
    ],
    ['a member the round does not expect: the state only', { verwachtInRonde: false }, geen],
    [
      'an outsider (the submitter, not a member): the state only',
      { lidVanTafel: false, verwachtInRonde: false, indiener: true },
      geen,
    ],
    ['a person the bot does not know: the state only', { bekend: false, lidVanTafel: false }, geen],
    [
      'the chair, not a member: the way to the chair actions only',
      { voorzitter: true, lidVanTafel: false, verwachtInRonde: false },
      { ...geen, ...alleActies },
    ],
    [
      'the chair who is also an expected member: both',
      { voorzitter: true },
      { ...geen, antwoordformulier: true, ...alleActies },
    ],
    ['a member, while the round waits for the submitter: the state only', wacht, geen],
    [
      'the chair, while the round waits for the submitter: withdrawing only',
      { ...wacht, voorzitter: true },
      { ...geen, voorzittersacties: true, beheeracties: ['intrekken'] },
    ],
    [
      'the chair of a final casus: nothing left to do',
      {
        voorzitter: true,
        lidVanTafel: false,
        casusStatus: 'besloten',
        ronde: { open: false, deadlineVerstreken: true },
      },
      geen,
    ],
  ])('%s', (_regel, over, verwacht) => {
    expect(kaartweergave({ ...basis, geantwoord: false, ...over })).toEqual(verwacht);
  });
});
