// What follows a commitment's date: a reminder the working day before it, then — while it is not done —
// the owner and their organisation's members at the table, and after a further number of working days
// the chair. Each step passes its use once the next one is due, and none goes once it is done.
import { telWerkdagenOp, trekWerkurenAf, type Werkkalender, werkurenPerDag } from '../time/index.ts';

export const TOEZEGGING_TREDEN = ['herinnering', 'eigenaar', 'voorzitter'] as const;
export type ToezeggingTrede = (typeof TOEZEGGING_TREDEN)[number];
/** The steps planned as jobs of the ladder proper, after the date. */
export const OPVOLG_TREDEN = ['eigenaar', 'voorzitter'] as const satisfies readonly ToezeggingTrede[];

/** The start of the working day `dagen` working days after the one `moment` falls in (or ends). */
function beginVanWerkdag(moment: Date, dagen: number, kal: Werkkalender): Date {
  const uur = werkurenPerDag(kal);
  return trekWerkurenAf(telWerkdagenOp(moment, dagen, kal), uur, kal);
}

/**
 * The moment of each step. The date is the end of that working day: reminded at the start of the working
 * day before it; the owner at the start of the next working day; the chair `naarVoorzitterNaWerkdagen`
 * working days after that.
 */
export function ladderMomenten(
  deadline: Date,
  naarVoorzitterNaWerkdagen: number,
  kal: Werkkalender,
): Record<ToezeggingTrede, Date> {
  const uur = werkurenPerDag(kal);
  return {
    herinnering: trekWerkurenAf(trekWerkurenAf(deadline, uur, kal), uur, kal),
    eigenaar: beginVanWerkdag(deadline, 1, kal),
    voorzitter: beginVanWerkdag(deadline, 1 + naarVoorzitterNaWerkdagen, kal),
  };
}

export type StapUitkomst =
  | { soort: 'sturen' }
  | { soort: 'stoppen'; reden: 'gedaan' }
  | { soort: 'overslaan'; reden: 'nog_niet' | 'volgende_stap_is_aan_de_beurt' };

export interface StapFeiten {
  trede: ToezeggingTrede;
  /** The commitment was marked done. */
  gedaan: boolean;
  nu: Date;
  momenten: Record<ToezeggingTrede, Date>;
}

/** When a step's job runs: send it, stop (done), or skip it (its moment passed its use, or has not come). */
export function toezeggingStap(f: StapFeiten): StapUitkomst {
  if (f.gedaan) return { soort: 'stoppen', reden: 'gedaan' };
  if (f.nu < f.momenten[f.trede]) return { soort: 'overslaan', reden: 'nog_niet' };
  const volgende = TOEZEGGING_TREDEN[TOEZEGGING_TREDEN.indexOf(f.trede) + 1];
  if (volgende && f.nu >= f.momenten[volgende])
    return { soort: 'overslaan', reden: 'volgende_stap_is_aan_de_beurt' };
  return { soort: 'sturen' };
}
