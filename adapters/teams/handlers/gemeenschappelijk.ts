// What every Teams handler needs: who is acting, request keys for idempotency, invoke answers.
import { createHash } from 'node:crypto';
import { type DomeinFout, isDomeinFout, veldTekst } from '../../../src/domain/fouten.ts';
import type { Logboek } from '../../../src/logboek.ts';
import type { Diensten } from '../../../src/services/context.ts';
import { type Identiteit, taalVan } from '../../../src/services/identiteit.ts';
import { STANDAARDTAAL, type Taal } from '../../../src/taal/taal.ts';
import { tekst } from '../../../src/taal/tekst.ts';
import { type Activiteit, type InvokeAntwoord, tenantVan } from '../activiteit.ts';
import type { BotKoppeling } from '../botframework.ts';
import type { Gesprekken } from '../gesprekken.ts';
import { type AdaptiveKaart, bijlage, KAART_TYPE } from '../kaarten/bouwstenen.ts';

export interface TeamsContext {
  d: Diensten;
  log: Logboek;
  koppeling: BotKoppeling;
  gesprekken: Gesprekken;
}

/** The actor is the Entra ID object id Teams vouches for, never anything a card sent back. */
export function identiteitVan(a: Activiteit): Identiteit | null {
  const extern = a.from.aadObjectId;
  if (!extern) return null;
  const werkruimte = tenantVan(a);
  return {
    platform: 'teams',
    extern,
    ...(werkruimte ? { werkruimte } : {}),
    ...(a.from.name ? { naam: a.from.name.slice(0, 200) } : {}),
  };
}

/** The language of the person acting: the tables file's choice, else their tenant's, else Dutch. */
export async function taalVanActor(t: TeamsContext, a: Activiteit): Promise<Taal> {
  const id = identiteitVan(a);
  return id ? taalVanIdentiteit(t, id) : STANDAARDTAAL;
}

/** The same, for a handler that already holds the identity. */
export const taalVanIdentiteit = (t: TeamsContext, id: Identiteit): Promise<Taal> =>
  taalVan(t.d, id).catch(() => STANDAARDTAAL);

/** Said to someone Teams sends without an Entra ID, so no person whose language is known. */
export const onbekendeGebruiker = (taal: Taal) => tekst(taal, 'verbinding.teams.onbekende_gebruiker');
/** The refusal in the default language, for handlers that have no language at hand. */
export const ONBEKENDE_GEBRUIKER = onbekendeGebruiker(STANDAARDTAAL);

/** A short digest of what was submitted: equal input, equal key; the text itself never becomes a key. */
export function digest(waarde: unknown): string {
  return createHash('sha256').update(JSON.stringify(waarde)).digest('hex').slice(0, 24);
}

export const verzoek = (...delen: (string | number)[]) => ({ verzoek: `teams:${delen.join(':')}` });

/** A refusal in the reader's language, with the field messages; DomeinFout messages never hold casus text. */
export function foutTekst(fout: DomeinFout, taal: Taal): string {
  const hoofd = fout.tekst(taal);
  const velden = fout.velden.map((v) => veldTekst(v, taal)).filter((b) => b !== hoofd);
  return [hoofd, ...velden].join(' ');
}

export function logFout(log: Logboek, fout: unknown, waar: string) {
  if (isDomeinFout(fout)) log.info({ ...fout.voorLog(), waar }, 'teams: verzoek geweigerd');
  else log.error({ waar, err: fout }, 'teams: verzoek mislukt');
}

// Invoke answers -----------------------------------------------------------------------------------

/** adaptiveCard/action: the card that replaces the one the user acted on (for that user). */
export const kaartAntwoord = (k: AdaptiveKaart): InvokeAntwoord => ({
  status: 200,
  body: { statusCode: 200, type: KAART_TYPE, value: k },
});

/** adaptiveCard/action: a short message, the card stays as it was. */
export const tekstAntwoord = (tekst: string): InvokeAntwoord => ({
  status: 200,
  body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: tekst },
});

export const foutAntwoord = (statusCode: number, tekst: string): InvokeAntwoord => ({
  status: 200,
  body: {
    statusCode,
    type: 'application/vnd.microsoft.error',
    value: { code: String(statusCode), message: tekst },
  },
});

/** The title of the intake dialog. */
export const dialoogTitel = (taal: Taal) => tekst(taal, 'verbinding.teams.dialoog.casus_indienen');

/** Dialogs: show (or keep showing) a card. */
export const dialoog = (k: AdaptiveKaart, titel = dialoogTitel(STANDAARDTAAL)): InvokeAntwoord => ({
  status: 200,
  body: {
    task: { type: 'continue', value: { title: titel, width: 'large', height: 'large', card: bijlage(k) } },
  },
});

/** Dialogs: close with a message. */
export const dialoogBericht = (tekst: string): InvokeAntwoord => ({
  status: 200,
  body: { task: { type: 'message', value: tekst } },
});
