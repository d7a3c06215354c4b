// Which chat platforms the server speaks, decided from the environment before anything starts. The rule
// is "fail closed": a credential set without what its authentication needs is a mistake, never a reason
// to run with less checking. Teams runs unauthenticated only when asked for by name, and then only for
// this machine (the adapter refuses other addresses).
import { AFSLUITCODE, OpstartFout } from '../opstart/afsluitcodes.ts';
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

const weigerInstelling = (melding: string) => new OpstartFout(AFSLUITCODE.configuratie, melding);

function slackKeuze(o: Omgeving): SlackKeuze {
  const { SLACK_SIGNING_SECRET: geheim, SLACK_BOT_TOKEN: token } = o;
  if (geheim && token)
    return {
      soort: 'aan',
      signingSecret: geheim,
      botToken: token,
      appToken: o.SLACK_APP_TOKEN,
      apiUrl: o.SLACK_API_URL,
    };
  if (geheim)
    throw weigerInstelling(
      'SLACK_BOT_TOKEN ontbreekt: SLACK_SIGNING_SECRET is gezet, maar Slack heeft ook het bottoken (xoxb-…) nodig; zet beide, of geen van beide om Slack uit te laten.',
    );
  if (token)
    throw weigerInstelling(
      'SLACK_SIGNING_SECRET ontbreekt: SLACK_BOT_TOKEN is gezet, maar zonder signing secret kan de bot niet controleren dat verzoeken van Slack komen; zet beide, of geen van beide.',
    );
  if (o.SLACK_APP_TOKEN)
    throw weigerInstelling(
      'SLACK_SIGNING_SECRET en SLACK_BOT_TOKEN ontbreken: SLACK_APP_TOKEN (Socket Mode) is gezet, maar Slack heeft ze ook nodig.',
    );
  return { soort: 'uit' };
}

function teamsKeuze(o: Omgeving): TeamsKeuze {
  const appId = o.MICROSOFT_APP_ID?.trim();
  const wachtwoord = o.MICROSOFT_APP_PASSWORD;
  const tenant = o.MICROSOFT_APP_TENANT_ID?.trim();
  if (appId) {
    if (o.MAATWERKBOT_TEAMS_EMULATOR)
      throw weigerInstelling(
        'MAATWERKBOT_TEAMS_EMULATOR=1 en MICROSOFT_APP_ID sluiten elkaar uit: haal MAATWERKBOT_TEAMS_EMULATOR weg voor Teams met JWT-controle, of MICROSOFT_APP_ID voor de emulator.',
      );
    if (!wachtwoord)
      throw weigerInstelling(
        'MICROSOFT_APP_PASSWORD ontbreekt: MICROSOFT_APP_ID is gezet, maar zonder het clientgeheim van de app-registratie kan de bot Teams niet antwoorden.',
      );
    return { soort: 'jwt', appId, appPassword: wachtwoord, tenantId: tenant || undefined };
  }
  if (wachtwoord || tenant)
    throw weigerInstelling(
      `MICROSOFT_APP_ID ontbreekt: ${wachtwoord ? 'MICROSOFT_APP_PASSWORD' : 'MICROSOFT_APP_TENANT_ID'} is gezet, maar zonder app-id kan de bot verzoeken van Teams niet controleren; zet MICROSOFT_APP_ID (de app-id van de botregistratie).`,
    );
  return o.MAATWERKBOT_TEAMS_EMULATOR ? { soort: 'emulator' } : { soort: 'uit' };
}

/** The platforms to start, or an OpstartFout (exit 2) naming the variable that is missing. */
export function platformKeuze(o: Omgeving): PlatformKeuze {
  return { slack: slackKeuze(o), teams: teamsKeuze(o) };
}
