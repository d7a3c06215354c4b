// One side of the ack bench, in its own process so the load generator does not share its core:
//   echt  – the Maatwerkbot Slack adapter on PostgreSQL (or PGlite with --pglite), with open casussen;
//   kaal  – a bare Bolt app with as many listeners, whose handlers only ack.
// Talks to bench/slack-ack/run.ts over IPC: sends { poort, casussen, leden }, answers 'tel' and 'stop'.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, LogLevel } from '@slack/bolt';
import { ACTIE, ACTIE_PATROON, COMMANDO, SHORTCUT, VIEW } from '../../adapters/slack/ids.ts';
import { maakSlackAdapter } from '../../adapters/slack/index.ts';
import { leesTafelsBestand } from '../../src/config/tafelsbestand.ts';
import { maakLogboek } from '../../src/logboek.ts';
import { raiseCasus } from '../../src/services/casus.ts';
import { type Diensten, systeemklok } from '../../src/services/context.ts';
import { nederlandsePrivacyPoort } from '../../src/services/privacyscanner.ts';
import { importeerTafels } from '../../src/services/tafelsimport.ts';
import { openDatabase } from '../../src/store/database.ts';
import { maakPostgresDatabase } from '../../test/helpers/database.ts';
import { intake } from '../../test/helpers/intake.ts';
import { GEHEIM, LEDEN, SLACK, SLACK_YAML, TEAM, TOKEN } from '../../test/slack/helpers.ts';
import { NepSlack } from '../../test/slack/nepslack.ts';

const rol = process.argv[2] === 'echt' ? 'echt' : 'kaal';
const pglite = process.argv.includes('--pglite');
const aantalCasussen = Number(process.argv.find((a) => a.startsWith('--casussen='))?.split('=')[1] ?? 250);

const stil = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  setLevel: () => {},
  getLevel: () => LogLevel.ERROR,
  setName: () => {},
};

function stuur(bericht: unknown) {
  process.send?.(bericht);
}

const nep = await new NepSlack(TOKEN).start();
let route: (req: http.IncomingMessage, res: http.ServerResponse) => void;
let tel = async () => 0;
let opruimen = async () => {};
let casussen: string[] = [];

if (rol === 'echt') {
  const pg = pglite ? null : await maakPostgresDatabase();
  const db = await openDatabase(
    pg ? { soort: 'postgres', url: pg.url, poolGrootte: 20 } : { soort: 'pglite-geheugen' },
  );
  const d: Diensten = { db: db.prisma, klok: systeemklok, privacy: nederlandsePrivacyPoort };
  await importeerTafels(d, leesTafelsBestand(SLACK_YAML), SLACK_YAML);
  const indiener = { platform: 'slack' as const, extern: SLACK.consulent, werkruimte: TEAM };
  for (let i = 0; i < aantalCasussen; i++) {
    casussen.push((await raiseCasus(d, indiener, intake({ titel: `Bench casus nummer ${i}` }))).casusId);
  }
  const adapter = await maakSlackAdapter(
    d,
    { signingSecret: GEHEIM, botToken: TOKEN, apiUrl: nep.url },
    maakLogboek('silent'),
  );
  route = (req, res) => void adapter.route(req, res);
  tel = async () => db.prisma.antwoord.count();
  opruimen = async () => {
    await db.sluit();
    await pg?.weg();
  };
} else {
  const receiver = new HTTPReceiver({ signingSecret: GEHEIM, logger: stil, logLevel: LogLevel.ERROR });
  const app = new App({
    token: TOKEN,
    receiver,
    logger: stil,
    deferInitialization: true,
    convoStore: false,
    clientOptions: { slackApiUrl: nep.url },
  });
  const ack = async ({ ack }: { ack: () => Promise<void> }) => {
    await ack();
  };
  // As many listeners as the real app registers, with the same constraints.
  app.command(COMMANDO, ack);
  app.shortcut(SHORTCUT.nieuw, ack);
  app.shortcut(SHORTCUT.uitBericht, ack);
  for (const p of [ACTIE_PATROON.antwoord, ACTIE_PATROON.voorzitter, ACTIE_PATROON.bestuurder, ACTIE.kies])
    app.action(p, ack);
  for (const a of [ACTIE.nieuw, ACTIE.intakeUrgentie, ACTIE.informatieAntwoord, ACTIE.evaluatie])
    app.action(a, ack);
  for (const v of Object.values(VIEW)) app.view(v, ack as never);
  app.event('app_home_opened', async () => {});
  await app.init();
  route = (req, res) => receiver.requestListener(req, res);
  casussen = Array.from({ length: aantalCasussen }, (_, i) => `kaal-${i}`);
}

const server = http.createServer((req, res) => route(req, res));
server.keepAliveTimeout = 30_000;
await new Promise<void>((klaar) => server.listen(0, '127.0.0.1', klaar));
stuur({ soort: 'klaar', poort: (server.address() as AddressInfo).port, casussen, leden: LEDEN.slice(0, 4) });

process.on('message', async (m: { soort: string }) => {
  if (m.soort === 'tel') stuur({ soort: 'geteld', aantal: await tel() });
  if (m.soort === 'stop') {
    server.closeAllConnections();
    await new Promise<void>((klaar) => server.close(() => klaar()));
    await nep.stop();
    await opruimen();
    stuur({ soort: 'gestopt' });
    process.exit(0);
  }
});
