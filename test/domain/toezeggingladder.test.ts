import { describe, expect, it } from 'vitest';
import {
  ladderMomenten,
  type StapFeiten,
  type ToezeggingTrede,
  toezeggingStap,
} from '../../src/domain/toezeggingladder.ts';
import { standaardKalender } from '../../src/time/index.ts';
import { ams } from '../helpers/klok.ts';

describe('ladderMomenten: each step of a commitment in Amsterdam working days', () => {
  it.each([
    [
      'a Tuesday date: reminded Monday, the owner Wednesday, the chair three working days later',
      '2026-12-08 17:00',
      3,
      { herinnering: '2026-12-07 09:00', eigenaar: '2026-12-09 09:00', voorzitter: '2026-12-14 09:00' },
    ],
    [
      'a Friday date: the owner on Monday, weekends do not count',
      '2026-12-11 17:00',
      1,
      { herinnering: '2026-12-10 09:00', eigenaar: '2026-12-14 09:00', voorzitter: '2026-12-15 09:00' },
    ],
    [
      'Christmas: the date before it, the owner after both holidays',
      '2026-12-24 17:00',
      2,
      { herinnering: '2026-12-23 09:00', eigenaar: '2026-12-28 09:00', voorzitter: '2026-12-30 09:00' },
    ],
  ])('%s', (_regel, deadline, dagen, verwacht) => {
    const m = ladderMomenten(ams(deadline), dagen, standaardKalender);
    expect(m).toEqual({
      herinnering: ams(verwacht.herinnering),
      eigenaar: ams(verwacht.eigenaar),
      voorzitter: ams(verwacht.voorzitter),
    });
  });
});

describe('toezeggingStap: send, stop when done, skip a moment that passed its use', () => {
  const momenten = ladderMomenten(ams('2026-12-08 17:00'), 3, standaardKalender);
  const feiten = (trede: ToezeggingTrede, nu: string, gedaan = false): StapFeiten => ({
    trede,
    gedaan,
    nu: ams(nu),
    momenten,
  });
  it.each([
    ['the reminder on its moment', feiten('herinnering', '2026-12-07 09:00'), { soort: 'sturen' }],
    [
      'the reminder late, still before the owner step',
      feiten('herinnering', '2026-12-08 16:00'),
      { soort: 'sturen' },
    ],
    [
      'the reminder so late the owner step is due: skipped',
      feiten('herinnering', '2026-12-09 09:00'),
      { soort: 'overslaan', reden: 'volgende_stap_is_aan_de_beurt' },
    ],
    ['the owner step on its moment', feiten('eigenaar', '2026-12-09 09:00'), { soort: 'sturen' }],
    [
      'the owner step before its moment: not yet',
      feiten('eigenaar', '2026-12-09 08:59'),
      { soort: 'overslaan', reden: 'nog_niet' },
    ],
    [
      'the owner step once the chair step is due: skipped',
      feiten('eigenaar', '2026-12-14 09:00'),
      { soort: 'overslaan', reden: 'volgende_stap_is_aan_de_beurt' },
    ],
    ['the chair step on its moment', feiten('voorzitter', '2026-12-14 09:00'), { soort: 'sturen' }],
    [
      'the chair step, however late: the last step',
      feiten('voorzitter', '2027-03-01 09:00'),
      { soort: 'sturen' },
    ],
    [
      'done: every step stops',
      feiten('eigenaar', '2026-12-09 09:00', true),
      { soort: 'stoppen', reden: 'gedaan' },
    ],
    [
      'done: the chair step stops too',
      feiten('voorzitter', '2026-12-14 09:00', true),
      { soort: 'stoppen', reden: 'gedaan' },
    ],
  ])('%s', (_regel, f, verwacht) => {
    expect(toezeggingStap(f)).toEqual(verwacht);
  });
});
