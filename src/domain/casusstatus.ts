// The life of a casus (docs/spelregels.md): its states and the events that move it, as one pure state
// machine. Every service that changes a casus's status asks it first, so an illegal step is refused in one
// place instead of being prevented (or not) by each caller.
import type { CasusStatus } from './woorden.ts';

export type CasusGebeurtenis =
  /** The round closed without a besluit, or the chair's step is next (a timed-out bestuurder). */
  | 'naar_voorzitter'
  /** A besluit beyond the table's mandate needs a bestuurder. */
  | 'naar_bestuurder'
  /** A besluit was taken but waits for consent or a recorded weighing (tables that require it). */
  | 'besluit_wacht'
  | 'besluit_vastgelegd'
  | 'ingetrokken'
  /** The chair reopens a round that closed without a besluit. */
  | 'ronde_heropend'
  /**
   * The round of a casus that waited for what its table requires (spelregels §4) opens: the submitter
   * added it, or the tables file no longer requires it.
   */
  | 'ronde_geopend';

export type OvergangWeigering =
  /** A besluit was recorded already: deciding again would overwrite it. */
  | 'al_beslist'
  /** Withdrawn, referred (crisis) or decided: nothing moves it any more. */
  | 'afgerond'
  /** Not final, but this event does not apply in this state (e.g. reopening an open round). */
  | 'niet_in_deze_fase';

export type Overgang =
  | { soort: 'toegestaan'; status: CasusStatus }
  | { soort: 'geweigerd'; reden: OvergangWeigering };

const DEFINITIEF: readonly string[] = ['besloten', 'ingetrokken', 'crisis_doorverwezen'];

/** A casus no one acts on any more: no round, no escalation, no chair's controls. */
export function isDefinitief(status: string): boolean {
  return DEFINITIEF.includes(status);
}

/**
 * A crisis is referred at once and never reaches the table; a casus that lacks what its table requires
 * before its round (spelregels §4) waits without one; every other casus starts in a round.
 */
export function beginStatus(crisis: boolean, rondeWacht = false): CasusStatus {
  if (crisis) return 'crisis_doorverwezen';
  return rondeWacht ? 'wacht_op_aanvulling' : 'in_besluitronde';
}

const ONDERWEG: readonly CasusStatus[] = [
  'in_besluitronde',
  'bij_voorzitter',
  'bij_bestuurder',
  // An escalation still open when a besluit started waiting (the meeting decided a casus that was with a
  // bestuurder) may still time out or be answered; the escalation ladder then moves it on as before.
  'wacht_op_toestemming',
];

const OVERGANGEN: Record<CasusGebeurtenis, { van: readonly CasusStatus[]; naar: CasusStatus }> = {
  naar_voorzitter: { van: ONDERWEG, naar: 'bij_voorzitter' },
  naar_bestuurder: { van: ONDERWEG, naar: 'bij_bestuurder' },
  besluit_wacht: { van: ONDERWEG, naar: 'wacht_op_toestemming' },
  besluit_vastgelegd: { van: ONDERWEG, naar: 'besloten' },
  // Waiting for the submitter there is no round to close, escalate or decide yet: only withdrawing applies.
  ingetrokken: { van: [...ONDERWEG, 'wacht_op_aanvulling'], naar: 'ingetrokken' },
  ronde_heropend: { van: ['bij_voorzitter', 'bij_bestuurder'], naar: 'in_besluitronde' },
  ronde_geopend: { van: ['wacht_op_aanvulling'], naar: 'in_besluitronde' },
};

const BESLUITEN: readonly CasusGebeurtenis[] = ['besluit_wacht', 'besluit_vastgelegd'];

export function volgendeStatus(huidig: string, gebeurtenis: CasusGebeurtenis): Overgang {
  const regel = OVERGANGEN[gebeurtenis];
  if ((regel.van as readonly string[]).includes(huidig)) return { soort: 'toegestaan', status: regel.naar };
  if (huidig === 'besloten' && BESLUITEN.includes(gebeurtenis))
    return { soort: 'geweigerd', reden: 'al_beslist' };
  if (isDefinitief(huidig)) return { soort: 'geweigerd', reden: 'afgerond' };
  return { soort: 'geweigerd', reden: 'niet_in_deze_fase' };
}
