// Which chat platforms the server speaks, decided from the environment before anything starts. The rule
// is "fail closed": a credential set without what its authentication needs is a mistake, never a reason
// to run with less checking. Teams runs unauthenticated only when asked for by name, and then only for
// this machine (the adapter refuses other addresses).
import { AFSLUITCODE, OpstartFout } from '../opstart/afsluitcodes.ts';
import type { Sleutel } from '../taal/catalogus.ts';
import type { Taal } from '../taal/taal.ts';
import { tekst } from '../taal/tekst.ts';
import type { Omgeving } from './omgeving.ts';

export type SlackKeuze =
  | { soort: 'uit' }
  | {
      soort: 'aan';
      signingSecret: string;
      botToken: string;
      appToken?: string | undefined;
      apiUrl?: string | undefined;
    };

export type TeamsKeuze =
  | { soort: 'uit' }
  /** MAATWERKBOT_TEAMS_EMULATOR=1 and no credentials: no JWT check, loopback requests only. */
  | { soort: 'emulator' }
  | { soort: 'jwt'; appId: string; appPassword: string; tenantId?: string | undefined };

export interface PlatformKeuze {
  slack: SlackKeuze;
  teams: TeamsKeuze;
}

/** The names of the variables, filled into the sentences as the administrator sets them. */
const VARIABELEN = {
  geheim: 'SLACK_SIGNING_SECRET',
  token: 'SLACK_BOT_TOKEN',
  app: 'SLACK_APP_TOKEN',
  emulator: 'MAATWERKBOT_TEAMS_EMULATOR',
  appId: 'MICROSOFT_APP_ID',
  wachtwoord: 'MICROSOFT_APP_PASSWORD',
  tenant: 'MICROSOFT_APP_TENANT_ID',
} as const;

const weigerInstelling = (taal: Taal, sleutel: Sleutel, gezet?: string) =>
  new OpstartFout(AFSLUITCODE.configuratie, tekst(taal, sleutel, { ...VARIABELEN, gezet: gezet ?? '' }));

function slackKeuze(o: Omgeving, taal: Taal): SlackKeuze {
  const { SLACK_SIGNING_SECRET: geheim, SLACK_BOT_TOKEN: token } = o;
  if (geheim && token)
    return {
      soort: 'aan',
      signingSecret: geheim,
      botToken: token,
      appToken: o.SLACK_APP_TOKEN,
      apiUrl: o.SLACK_API_URL,
    };
  if (geheim) throw weigerInstelling(taal, 'instellingen.platform.slack_zonder_token');
  if (token) throw weigerInstelling(taal, 'instellingen.platform.slack_zonder_geheim');
  if (o.SLACK_APP_TOKEN) throw weigerInstelling(taal, 'instellingen.platform.slack_alleen_app');
  return { soort: 'uit' };
}

function teamsKeuze(o: Omgeving, taal: Taal): TeamsKeuze {
  const appId = o.MICROSOFT_APP_ID?.trim();
  const wachtwoord = o.MICROSOFT_APP_PASSWORD;
  const tenant = o.MICROSOFT_APP_TENANT_ID?.trim();
  if (appId) {
    if (o.MAATWERKBOT_TEAMS_EMULATOR)
      throw weigerInstelling(taal, 'instellingen.platform.teams_emulator_en_id');
    if (!wachtwoord) throw weigerInstelling(taal, 'instellingen.platform.teams_zonder_wachtwoord');
    return { soort: 'jwt', appId, appPassword: wachtwoord, tenantId: tenant || undefined };
  }
  if (wachtwoord || tenant)
    throw weigerInstelling(
      taal,
      'instellingen.platform.teams_zonder_id',
      wachtwoord ? VARIABELEN.wachtwoord : VARIABELEN.tenant,
    );
  return o.MAATWERKBOT_TEAMS_EMULATOR ? { soort: 'emulator' } : { soort: 'uit' };
}

/** The platforms to start, or an OpstartFout (exit 2) naming the variable that is missing, in `taal`. */
export function platformKeuze(o: Omgeving, taal: Taal = 'nl'): PlatformKeuze {
  return { slack: slackKeuze(o, taal), teams: teamsKeuze(o, taal) };
}
