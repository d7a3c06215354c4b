// The Dutch personal-data detector (src/privacy) behind the services' gate interface.
import { omschrijving, redact, scan } from '../privacy/index.ts';
import type { PrivacyPoort } from './privacypoort.ts';

export const nederlandsePrivacyPoort: PrivacyPoort = {
  scan(tekst, kennis) {
    const opties = { bekendeNamen: [...kennis.namen], woordenschat: kennis.woordenschat };
    const vondsten = scan(tekst, opties).map((v) => ({
      soort: v.type,
      start: v.start,
      eind: v.end,
      omschrijving: omschrijving(v.type),
    }));
    return { vondsten, suggestie: vondsten.length > 0 ? redact(tekst, opties) : tekst };
  },
};
