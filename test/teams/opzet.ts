// Test set-up for the Teams adapter: the example tables with Teams identities, a real CloudAdapter
// behind our route on a local HTTP server, and a fake connector as Teams' side. Activities are the
// JSON Teams posts; the helpers only fill in the envelope.
import http from 'node:http';
import { Writable } from 'node:stream';
import { parse, stringify } from 'yaml';
import { maakTeamsAdapter, type TeamsAdapter } from '../../adapters/teams/index.ts';
import { maakLogboek } from '../../src/logboek.ts';
import { GRAFIEK_PAD } from '../../src/register/grafiekopslag.ts';
import { grafiekRoute } from '../../src/server.ts';
import {
  maakOmgeving,
  rondRondesAf,
  type TestOmgeving,
  type TestSoort,
  VOORBEELD_YAML,
} from '../helpers/database.ts';
import { type NepConnector, startNepConnector } from './nepconnector.ts';

export const TENANT = '72f988bf-0000-4000-8000-000000000001';
export const BOT = { id: '28:00000000-0000-0000-0000-000000000000', name: 'Maatwerkbot' };
export const TEAM = '19:team-sociaal-domein@thread.tacv2';
export const TAFELKANAAL = '19:citydeal-tafel@thread.tacv2';
export const LEERKANAAL = '19:maatwerk-leerkanaal@thread.tacv2';

const SLEUTELS = [
  'voorzitter',
  'wi',
  'corporatie',
  'ggz',
  'buurtteam',
  'schuldhulp',
  'directeur',
  'wethouder',
  'consulent',
] as const;
export type Sleutel = (typeof SLEUTELS)[number];

export interface Gebruiker {
  sleutel: Sleutel;
  aad: string;
  mri: string;
  naam: string;
}

export const GEBRUIKERS = Object.fromEntries(
  SLEUTELS.map((sleutel, i) => [
    sleutel,
    {
      sleutel,
      aad: `aad00000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
      mri: `29:1teams-${sleutel}`,
      naam: sleutel,
    },
  ]),
) as Record<Sleutel, Gebruiker>;

export const LEDEN: Gebruiker[] = ['wi', 'corporatie', 'ggz', 'buurtteam', 'schuldhulp'].map(
  (s) => GEBRUIKERS[s as Sleutel],
);

/** Someone of the same tenant the tables file does not know. */
export const BUITENSTAANDER: Gebruiker = {
  sleutel: 'consulent',
  aad: 'aad00000-0000-4000-8000-999999999999',
  mri: '29:1teams-buitenstaander',
  naam: 'Sam Buiten',
};

/** tafels.example.yml with a Teams identity per person, the tenant and the table's Teams channel. */
export function teamsYaml(): string {
  const bestand = parse(VOORBEELD_YAML) as {
    tenant: Record<string, unknown>;
    personen: { sleutel: Sleutel; teams?: string }[];
    tafels: { kanalen: Record<string, unknown> }[];
  };
  bestand.tenant.teamsTenantId = TENANT;
  for (const p of bestand.personen) p.teams = GEBRUIKERS[p.sleutel].aad;
  bestand.tafels[0]!.kanalen.teams = { tafel: TAFELKANAAL };
  return stringify(bestand);
}

export interface Gesprek {
  soort: 'persoonlijk' | 'kanaal';
  id: string;
  kanaalId?: string;
}

export const persoonlijk = (g: Gebruiker, id = `a:persoonlijk-${g.sleutel}`): Gesprek => ({
  soort: 'persoonlijk',
  id,
});
export const kanaal = (kanaalId: string, draad?: string): Gesprek => ({
  soort: 'kanaal',
  id: draad ? `${kanaalId};messageid=${draad}` : kanaalId,
  kanaalId,
});

let teller = 0;

export function activiteit(
  g: Gebruiker,
  gesprek: Gesprek,
  serviceUrl: string,
  rest: Record<string, unknown>,
): Record<string, unknown> {
  return {
    id: `f:${++teller}`,
    channelId: 'msteams',
    serviceUrl,
    timestamp: new Date().toISOString(),
    locale: 'nl-NL',
    from: { id: g.mri, name: g.naam, aadObjectId: g.aad },
    recipient: BOT,
    conversation:
      gesprek.soort === 'persoonlijk'
        ? { id: gesprek.id, conversationType: 'personal', tenantId: TENANT }
        : { id: gesprek.id, conversationType: 'channel', isGroup: true, tenantId: TENANT },
    channelData: {
      tenant: { id: TENANT },
      ...(gesprek.kanaalId ? { channel: { id: gesprek.kanaalId }, team: { id: TEAM } } : {}),
    },
    ...rest,
  };
}

export interface TeamsOpzet {
  o: TestOmgeving;
  connector: NepConnector;
  adapter: TeamsAdapter;
  logregels: string[];
  /** POSTs one activity to /api/messages; the parsed response body (invokes) and status. */
  post(
    activiteit: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: unknown }>;
  bericht(g: Gebruiker, tekst: string, gesprek?: Gesprek): Promise<{ status: number; body: unknown }>;
  invoke(
    g: Gebruiker,
    name: string,
    value: unknown,
    gesprek: Gesprek,
  ): Promise<{ status: number; body: unknown }>;
  /** An Action.Execute on a card; `kaartBericht` is the id of the message the card is in (replyToId). */
  actie(
    g: Gebruiker,
    verb: string,
    data: Record<string, unknown>,
    gesprek: Gesprek,
    kaartBericht?: string,
  ): Promise<InvokeKaart>;
  opruimen(): Promise<void>;
}

export interface InvokeKaart {
  status: number;
  body: { statusCode: number; type: string; value: unknown };
}

export async function maakTeamsOpzet(
  soort: TestSoort,
  opties: {
    start?: string;
    instellingen?: { appId?: string; appPassword?: string; tenantId?: string };
    /** Serve the report charts (the shared server's route) and give the adapter this server's URL. */
    grafieken?: boolean;
    /** Changes the tables file before it is imported (e.g. a table's policy). */
    yaml?: (yaml: string) => string;
  } = {},
): Promise<TeamsOpzet> {
  const o = await maakOmgeving(soort, {
    yaml: opties.yaml ? opties.yaml(teamsYaml()) : teamsYaml(),
    ...(opties.start ? { start: opties.start } : {}),
  });
  const connector = await startNepConnector();
  for (const g of Object.values(GEBRUIKERS)) connector.leden.set(g.aad, g.mri);
  const logregels: string[] = [];
  const log = maakLogboek(
    'debug',
    new Writable({
      write(chunk, _enc, klaar) {
        logregels.push(String(chunk));
        klaar();
      },
    }),
  );
  // The server listens before the adapter exists: the adapter needs the server's own URL for the charts.
  let adapter: TeamsAdapter | undefined;
  const grafiek = grafiekRoute(o.d);
  const server = http.createServer((req, res) => {
    const fout = () => {
      res.statusCode = 500;
      res.end();
    };
    if (opties.grafieken && req.method === 'GET' && (req.url ?? '').startsWith(GRAFIEK_PAD))
      Promise.resolve(grafiek(req, res)).catch(fout);
    else if (adapter) adapter.route(req, res).catch(fout);
    else fout();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const poort = (server.address() as { port: number }).port;
  adapter = await maakTeamsAdapter(
    o.d,
    {
      // Without an app id: the emulator mode, asked for by name (requests come from loopback here).
      ...(opties.instellingen?.appId ? {} : { emulator: true }),
      ...opties.instellingen,
      ...(opties.grafieken ? { publiekeUrl: `http://127.0.0.1:${poort}/` } : {}),
    },
    log,
  );

  async function post(activiteit: Record<string, unknown>, headers: Record<string, string> = {}) {
    const r = await fetch(`http://127.0.0.1:${poort}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(activiteit),
    });
    const tekst = await r.text();
    // As the server's tick right after every action: the follow-up of a round an answer just closed.
    await rondRondesAf(o.d);
    let body: unknown = tekst;
    try {
      body = tekst ? JSON.parse(tekst) : undefined;
    } catch {
      // plain text answers (e.g. 401) stay text
    }
    return { status: r.status, body };
  }

  return {
    o,
    connector,
    adapter,
    logregels,
    post,
    bericht: (g, tekst, gesprek = persoonlijk(g)) =>
      post(activiteit(g, gesprek, connector.url, { type: 'message', text: tekst })),
    invoke: (g, name, value, gesprek) =>
      post(activiteit(g, gesprek, connector.url, { type: 'invoke', name, value })),
    actie: async (g, verb, data, gesprek, kaartBericht) =>
      (await post(
        activiteit(g, gesprek, connector.url, {
          type: 'invoke',
          name: 'adaptiveCard/action',
          value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
          ...(kaartBericht ? { replyToId: kaartBericht } : {}),
        }),
      )) as InvokeKaart,
    async opruimen() {
      await adapter.stop();
      await new Promise<void>((r) => server.close(() => r()));
      await connector.stop();
      await o.opruimen();
    },
  };
}

/** The intake dialog's values as Teams sends them (strings; multi-select joined with commas). */
export function formulier(over: Record<string, string> = {}): Record<string, string> {
  return {
    tafel: 'citydeal-utrecht',
    titel: 'Kostendelersnorm bij inwonende zoon met beperking',
    urgentie: 'normaal',
    situatie:
      'Moeder met een meerderjarige zoon met een verstandelijke beperking die thuis woont. Door de kostendelersnorm daalt haar uitkering fors; huurachterstand dreigt.',
    knelpunt: 'kostendelersnorm',
    knelpuntVrij: '',
    leefgebieden: 'inkomen,wonen',
    gevraagdeOplossing: 'Kostendelersnorm een jaar buiten toepassing laten en een passende woonvorm zoeken.',
    kostenMaatwerk: '2.400',
    kostenNietsDoen: '18.000',
    kostenNietsDoenToelichting: 'Uithuiszetting, tijdelijke opvang en een crisisplaatsing van de zoon.',
    betrokkenheid: 'hoog',
    betrokkenheidToelichting: '',
    toestemming: 'ja_vastgelegd',
    toestemmingAfweging: '',
    eigenReferentie: '',
    ...over,
  };
}
