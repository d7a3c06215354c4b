import { describe, expect, it } from 'vitest';
import {
  beginStatus,
  type CasusGebeurtenis,
  isDefinitief,
  type Overgang,
  volgendeStatus,
} from '../../src/domain/casusstatus.ts';
import { CASUS_STATUSSEN, type CasusStatus } from '../../src/domain/woorden.ts';

const naar = (status: CasusStatus): Overgang => ({ soort: 'toegestaan', status });
const geweigerd = (reden: string): Overgang => ({ soort: 'geweigerd', reden }) as Overgang;

describe('volgendeStatus: the life of a casus, every transition and refusal', () => {
  it.each([
    [
      'a closed round without a besluit goes to the chair',
      'in_besluitronde',
      'naar_voorzitter',
      naar('bij_voorzitter'),
    ],
    [
      'a round beyond the mandate goes to a bestuurder',
      'in_besluitronde',
      'naar_bestuurder',
      naar('bij_bestuurder'),
    ],
    [
      'the chair grants what a bestuurder must approve',
      'bij_voorzitter',
      'naar_bestuurder',
      naar('bij_bestuurder'),
    ],
    [
      'a timed-out bestuurder hands it to the chair',
      'bij_bestuurder',
      'naar_voorzitter',
      naar('bij_voorzitter'),
    ],
    [
      'a timed-out tier hands it to the next tier',
      'bij_bestuurder',
      'naar_bestuurder',
      naar('bij_bestuurder'),
    ],
    [
      'the chair, timed out, stays the chair (for the meeting)',
      'bij_voorzitter',
      'naar_voorzitter',
      naar('bij_voorzitter'),
    ],
    [
      'an escalation still open when the besluit began to wait moves it on',
      'wacht_op_toestemming',
      'naar_voorzitter',
      naar('bij_voorzitter'),
    ],
    ['the table grants it', 'in_besluitronde', 'besluit_vastgelegd', naar('besloten')],
    ['the chair decides it', 'bij_voorzitter', 'besluit_vastgelegd', naar('besloten')],
    ['a bestuurder decides it', 'bij_bestuurder', 'besluit_vastgelegd', naar('besloten')],
    ['a besluit without consent waits', 'in_besluitronde', 'besluit_wacht', naar('wacht_op_toestemming')],
    [
      'a chair besluit without consent waits',
      'bij_voorzitter',
      'besluit_wacht',
      naar('wacht_op_toestemming'),
    ],
    [
      'a waiting besluit is recorded once consent is there',
      'wacht_op_toestemming',
      'besluit_vastgelegd',
      naar('besloten'),
    ],
    [
      'the meeting decides again while it waits: it keeps waiting',
      'wacht_op_toestemming',
      'besluit_wacht',
      naar('wacht_op_toestemming'),
    ],
    ['a casus in its round can be withdrawn', 'in_besluitronde', 'ingetrokken', naar('ingetrokken')],
    ['a casus with the chair can be withdrawn', 'bij_voorzitter', 'ingetrokken', naar('ingetrokken')],
    ['a casus with a bestuurder can be withdrawn', 'bij_bestuurder', 'ingetrokken', naar('ingetrokken')],
    [
      'a casus whose besluit waits can be withdrawn',
      'wacht_op_toestemming',
      'ingetrokken',
      naar('ingetrokken'),
    ],
    [
      'the chair reopens a round that went to the chair',
      'bij_voorzitter',
      'ronde_heropend',
      naar('in_besluitronde'),
    ],
    [
      'the chair reopens a round that went to a bestuurder',
      'bij_bestuurder',
      'ronde_heropend',
      naar('in_besluitronde'),
    ],

    ['refused: deciding a decided casus again', 'besloten', 'besluit_vastgelegd', geweigerd('al_beslist')],
    [
      'refused: letting a decided casus wait for consent',
      'besloten',
      'besluit_wacht',
      geweigerd('al_beslist'),
    ],
    ['refused: deciding a withdrawn casus', 'ingetrokken', 'besluit_vastgelegd', geweigerd('afgerond')],
    [
      'refused: deciding a referred crisis',
      'crisis_doorverwezen',
      'besluit_vastgelegd',
      geweigerd('afgerond'),
    ],
    ['refused: withdrawing a decided casus', 'besloten', 'ingetrokken', geweigerd('afgerond')],
    ['refused: withdrawing twice', 'ingetrokken', 'ingetrokken', geweigerd('afgerond')],
    ['refused: withdrawing a referred crisis', 'crisis_doorverwezen', 'ingetrokken', geweigerd('afgerond')],
    ['refused: escalating a decided casus', 'besloten', 'naar_voorzitter', geweigerd('afgerond')],
    ['refused: escalating a withdrawn casus', 'ingetrokken', 'naar_bestuurder', geweigerd('afgerond')],
    ['refused: reopening a decided casus', 'besloten', 'ronde_heropend', geweigerd('afgerond')],
    [
      'the round that waited for the submitter opens',
      'wacht_op_aanvulling',
      'ronde_geopend',
      naar('in_besluitronde'),
    ],
    [
      'a casus waiting for the submitter can be withdrawn',
      'wacht_op_aanvulling',
      'ingetrokken',
      naar('ingetrokken'),
    ],
    [
      'refused: opening the round of a casus whose round is open already',
      'in_besluitronde',
      'ronde_geopend',
      geweigerd('niet_in_deze_fase'),
    ],
    ...(
      ['naar_voorzitter', 'naar_bestuurder', 'besluit_wacht', 'besluit_vastgelegd', 'ronde_heropend'] as const
    ).map((gebeurtenis) => [
      `refused while waiting for the submitter, there is no round yet: ${gebeurtenis}`,
      'wacht_op_aanvulling',
      gebeurtenis,
      geweigerd('niet_in_deze_fase'),
    ]),
    [
      'refused: opening the round of a withdrawn casus',
      'ingetrokken',
      'ronde_geopend',
      geweigerd('afgerond'),
    ],
    [
      'refused: opening a first round for a casus with the chair',
      'bij_voorzitter',
      'ronde_geopend',
      geweigerd('niet_in_deze_fase'),
    ],
    [
      'refused: reopening a round that is still open',
      'in_besluitronde',
      'ronde_heropend',
      geweigerd('niet_in_deze_fase'),
    ],
    [
      'refused: reopening while the besluit waits for consent',
      'wacht_op_toestemming',
      'ronde_heropend',
      geweigerd('niet_in_deze_fase'),
    ],
    [
      'refused: anything from a status the machine does not know',
      'onbekend',
      'besluit_vastgelegd',
      geweigerd('niet_in_deze_fase'),
    ],
  ] as [string, string, CasusGebeurtenis, Overgang][])('%s', (_regel, huidig, gebeurtenis, verwacht) => {
    expect(volgendeStatus(huidig, gebeurtenis)).toEqual(verwacht);
  });

  it.each([
    ['besloten', true],
    ['ingetrokken', true],
    ['crisis_doorverwezen', true],
    ['wacht_op_aanvulling', false],
    ['in_besluitronde', false],
    ['bij_voorzitter', false],
    ['bij_bestuurder', false],
    ['wacht_op_toestemming', false],
  ] as const)('final: %s → %s', (status, definitief) => {
    expect(isDefinitief(status)).toBe(definitief);
  });

  it('every status of the vocabulary is either final or can be withdrawn', () => {
    for (const status of CASUS_STATUSSEN) {
      expect(isDefinitief(status) || volgendeStatus(status, 'ingetrokken').soort === 'toegestaan').toBe(true);
    }
  });

  it('a crisis starts referred, a casus lacking what its table requires waits, any other is in a round', () => {
    expect(beginStatus(true)).toBe('crisis_doorverwezen');
    expect(beginStatus(true, true)).toBe('crisis_doorverwezen');
    expect(beginStatus(false, true)).toBe('wacht_op_aanvulling');
    expect(beginStatus(false)).toBe('in_besluitronde');
  });

  it('every event is tried on a waiting casus: only withdrawing and opening its round move it', () => {
    const gebeurtenissen: CasusGebeurtenis[] = [
      'naar_voorzitter',
      'naar_bestuurder',
      'besluit_wacht',
      'besluit_vastgelegd',
      'ingetrokken',
      'ronde_heropend',
      'ronde_geopend',
    ];
    const toegestaan = gebeurtenissen.filter(
      (g) => volgendeStatus('wacht_op_aanvulling', g).soort === 'toegestaan',
    );
    expect(toegestaan).toEqual(['ingetrokken', 'ronde_geopend']);
  });
});
