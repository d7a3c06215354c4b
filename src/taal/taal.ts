// The languages a person can read the bot in. Dutch first: the tables file, the spelregels and the
// people at the table are Dutch; English for the members and bestuurders who asked for it.

export const TALEN = ['nl', 'en'] as const;
export type Taal = (typeof TALEN)[number];

export const STANDAARDTAAL: Taal = 'nl';

/** The locale Intl formats numbers, amounts and plurals with. */
export const LOCALE: Record<Taal, string> = { nl: 'nl-NL', en: 'en-GB' };

export const isTaal = (waarde: unknown): waarde is Taal => waarde === 'nl' || waarde === 'en';

/** A stored or configured language; anything else (an old value, a typo) reads as the default. */
export const taalOf = (waarde: unknown, standaard: Taal = STANDAARDTAAL): Taal =>
  isTaal(waarde) ? waarde : standaard;

/**
 * The language of a terminal, from the POSIX locale variables in their order of precedence
 * (LC_ALL, LC_MESSAGES, LANG): `en_GB.UTF-8`, `en-US` or `en` give English; `nl_NL.UTF-8`, `C`,
 * `POSIX` or nothing give Dutch, the bot's own language.
 */
export function taalUitOmgeving(omgeving: Record<string, string | undefined>): Taal {
  for (const naam of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const waarde = omgeving[naam]?.trim();
    if (!waarde) continue;
    return /^en(?:[_.@-]|$)/i.test(waarde) ? 'en' : STANDAARDTAAL;
  }
  return STANDAARDTAAL;
}
