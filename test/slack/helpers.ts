// The Slack adapter under test: the real Bolt app behind a plain HTTP server, a fake Web API, a test
// database with the example tables bound to Slack channels, and signed requests as Slack sends them.
import { createHmac } from 'node:crypto';
import { EventEmitter } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import type { Modal } from '../../adapters/slack/blockkit.ts';
import { maakSlackAdapter, type SlackAdapter, type SlackInstellingen } from '../../adapters/slack/index.ts';
import { jobHandlers } from '../../src/jobs/handlers.ts';
import { voerDueJobsUit } from '../../src/jobs/runner.ts';
import { maakLogboek } from '../../src/logboek.ts';
import { verstuurOutbox } from '../../src/outbox/dispatcher.ts';
import type { Diensten } from '../../src/services/context.ts';
import { bronVan, koppelBron } from '../../src/store/database.ts';
import {
  maakOmgeving,
  rondRondesAf,
  type TestOmgeving,
  type TestSoort,
  VOORBEELD_YAML,
} from '../helpers/database.ts';
import { wachtTot } from '../helpers/wachten.ts';
import { NepSlack, type Oproep } from './nepslack.ts';

/**
 * On a crowded CI machine the fake Slack and the database share two cores: a slow answer there is load,
 * not what a test checks, so the adapter waits as long as a test may. Tests of the ack deadline set their own.
 */
export const GEDULDIG = { ackBinnenMs: 600_000, apiTimeoutMs: 600_000 } as const;

export const GEHEIM = 'test-signing-secret';
export const TOKEN = 'xoxb-test-token';
export const TEAM = 'T0MAATWERK';
export const TAFELKANAAL = 'C0TAFEL';
export const LEERKANAAL = 'C0LEER';

export const SLACK = {
  consulent: 'U01CONSULT',
  voorzitter: 'U01VOORZIT',
  directeur: 'U01DIRECTR',
  wethouder: 'U01WETHOUD',
  wi: 'U01WERKINK',
  corporatie: 'U01CORPORA',
  ggz: 'U01GGZCENT',
  buurtteam: 'U01BUURTTM',
  schuldhulp: 'U01SCHULDH',
} as const;

export const LEDEN = [SLACK.wi, SLACK.corporatie, SLACK.ggz, SLACK.buurtteam, SLACK.schuldhulp];

/** The example tables with the Slack workspace and channels switched on. */
export const SLACK_YAML = VOORBEELD_YAML.replace('# slackTeamId: T0123ABCD', `slackTeamId: ${TEAM}`).replace(
  '# slack: { tafel: C0123TAFEL, leer: C0456LEER }',
  `slack: { tafel: ${TAFELKANAAL}, leer: ${LEERKANAAL} }`,
);

export function onderteken(body: string, geheim = GEHEIM, ts = Math.floor(Date.now() / 1000)) {
  const handtekening = `v0=${createHmac('sha256', geheim).update(`v0:${ts}:${body}`).digest('hex')}`;
  return { 'x-slack-signature': handtekening, 'x-slack-request-timestamp': String(ts) };
}

export interface Antwoord {
  status: number;
  tekst: string;
  json(): Record<string, unknown>;
}

/** The services as seen by the adapter, with every transaction starting late: a busy database. */
/** Draft writes (`intakeConcept`) that a test can hold back. */
const CONCEPT_SCHRIJVEN = new Set(['upsert', 'create', 'update', 'deleteMany']);

function traag(
  d: Diensten,
  o: { ms?: number | undefined; voorConcept?: (() => Promise<unknown>) | undefined },
): Diensten {
  const db = new Proxy(d.db, {
    get(doel, sleutel) {
      const waarde = Reflect.get(doel, sleutel);
      if (sleutel === 'intakeConcept' && o.voorConcept) {
        const wacht = o.voorConcept;
        return new Proxy(waarde as object, {
          get(delegaat, methode) {
            const f = Reflect.get(delegaat, methode);
            if (typeof f !== 'function' || !CONCEPT_SCHRIJVEN.has(String(methode))) return f;
            return async (...args: unknown[]) => {
              await wacht();
              return (f as (...a: unknown[]) => unknown).apply(delegaat, args);
            };
          },
        });
      }
      return typeof waarde === 'function' ? waarde.bind(doel) : waarde;
    },
  });
  const bron = bronVan(d.db);
  koppelBron(db, {
    lees: bron.lees,
    gelijktijdig: bron.gelijktijdig,
    async transactie(werk) {
      if (o.ms) await new Promise((r) => setTimeout(r, o.ms));
      return bron.transactie(werk);
    },
  });
  return { ...d, db };
}

let trigger = 0;
const triggerId = () => `trigger.${++trigger}`;

export class SlackTest {
  o!: TestOmgeving;
  nep!: NepSlack;
  adapter!: SlackAdapter;
  logregels: string[] = [];
  private readonly gelogd = new EventEmitter();
  private server!: http.Server;
  url = '';

  static async start(
    soort: TestSoort = 'pglite',
    opties: {
      start?: string;
      instellingen?: Partial<SlackInstellingen>;
      traagMs?: number;
      /** Awaited before every write of a draft: a test holds it back to see what does not wait on it. */
      voorConcept?: () => Promise<unknown>;
      /** Changes the tables file before it is imported (e.g. a table's policy). */
      yaml?: (yaml: string) => string;
    } = {},
  ): Promise<SlackTest> {
    const t = new SlackTest();
    t.o = await maakOmgeving(soort, {
      yaml: opties.yaml ? opties.yaml(SLACK_YAML) : SLACK_YAML,
      ...(opties.start ? { start: opties.start } : {}),
    });
    t.nep = await new NepSlack(TOKEN).start();
    const log = maakLogboek(
      'info',
      new Writable({
        write(chunk, _enc, klaar) {
          t.logregels.push(String(chunk));
          t.gelogd.emit('regel');
          klaar();
        },
      }),
    );
    t.adapter = await maakSlackAdapter(
      opties.traagMs || opties.voorConcept
        ? traag(t.o.d, { ms: opties.traagMs, voorConcept: opties.voorConcept })
        : t.o.d,
      {
        signingSecret: GEHEIM,
        botToken: TOKEN,
        apiUrl: t.nep.url,
        ...GEDULDIG,
        ...opties.instellingen,
      },
      log,
    );
    t.server = http.createServer((req, res) => {
      if (req.method === 'POST' && req.url === '/slack/events') void t.adapter.route(req, res);
      else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((klaar) => t.server.listen(0, '127.0.0.1', klaar));
    t.url = `http://127.0.0.1:${(t.server.address() as AddressInfo).port}/slack/events`;
    return t;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((klaar) => (this.server ? this.server.close(() => klaar()) : klaar()));
    await this.adapter?.stop();
    await this.nep?.stop();
    await this.o?.opruimen();
  }

  async stuur(
    body: string,
    type: 'form' | 'json',
    opties: {
      geheim?: string;
      ts?: number;
      kop?: Record<string, string>;
      url?: string;
      /** No tick after it: a test that holds a write back keeps the (one-connection) database free. */
      zonderTik?: boolean;
    } = {},
  ): Promise<Antwoord> {
    const antwoord = await this.stuurAlleen(body, type, opties);
    // As the server's tick right after every action: the follow-up of a round an answer just closed.
    if (!opties.zonderTik) await rondRondesAf(this.o.d);
    return antwoord;
  }

  private async stuurAlleen(
    body: string,
    type: 'form' | 'json',
    opties: { geheim?: string; ts?: number; kop?: Record<string, string>; url?: string } = {},
  ): Promise<Antwoord> {
    const r = await fetch(opties.url ?? this.url, {
      method: 'POST',
      headers: {
        'content-type': type === 'form' ? 'application/x-www-form-urlencoded' : 'application/json',
        ...onderteken(body, opties.geheim, opties.ts),
        ...opties.kop,
      },
      body,
    });
    const tekst = await r.text();
    return { status: r.status, tekst, json: () => JSON.parse(tekst) as Record<string, unknown> };
  }

  commando(
    gebruiker: string,
    tekst = '',
    kanaal: string = TAFELKANAAL,
    opties: { responseUrl?: string } = {},
  ): Promise<Antwoord> {
    const body = new URLSearchParams({
      token: 'verouderd',
      team_id: TEAM,
      team_domain: 'maatwerk',
      channel_id: kanaal,
      channel_name: 'citydeal',
      user_id: gebruiker,
      user_name: gebruiker.toLowerCase(),
      command: '/casus',
      text: tekst,
      api_app_id: 'A0MAATWERK',
      response_url: opties.responseUrl ?? 'https://hooks.slack.invalid/commands/1',
      trigger_id: triggerId(),
    }).toString();
    return this.stuur(body, 'form');
  }

  interactie(
    payload: Record<string, unknown>,
    opties: { kop?: Record<string, string>; zonderTik?: boolean } = {},
  ): Promise<Antwoord> {
    return this.stuur(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'form', opties);
  }

  /** A click on a button in a message (card or DM), as Slack sends it. */
  klik(gebruiker: string, actionId: string, waarde: string, kanaal: string = TAFELKANAAL): Promise<Antwoord> {
    return this.blokActie(
      gebruiker,
      { action_id: actionId, block_id: 'b', type: 'button', value: waarde, action_ts: '1700000001.0' },
      kanaal,
    );
  }

  /** An option chosen from the chair's ⋯ menu: on a message in `kanaal`, or on App Home (`'home'`). */
  menu(gebruiker: string, actie: string, casusId: string, kanaal: string = TAFELKANAAL): Promise<Antwoord> {
    return this.blokActie(
      gebruiker,
      {
        action_id: 'beheer:menu',
        block_id: kanaal === 'home' ? 'voorzitter:0' : `beheer:${casusId}`,
        type: 'overflow',
        selected_option: { text: { type: 'plain_text', text: actie }, value: `${actie}|${casusId}` },
        action_ts: '1700000001.0',
      },
      kanaal,
    );
  }

  /** One block action as Slack sends it, from a message in `kanaal` or from App Home (`'home'`). */
  private blokActie(gebruiker: string, actie: Record<string, unknown>, kanaal: string): Promise<Antwoord> {
    const waar =
      kanaal === 'home'
        ? { container: { type: 'view', view_id: 'V0HOME' } }
        : {
            container: {
              type: 'message',
              message_ts: '1700000000.000101',
              channel_id: kanaal,
              is_ephemeral: false,
            },
            channel: { id: kanaal, name: 'citydeal' },
            message: { ts: '1700000000.000101', text: 'kaart' },
            response_url: 'https://hooks.slack.invalid/actions/1',
          };
    return this.interactie({
      type: 'block_actions',
      user: {
        id: gebruiker,
        username: gebruiker.toLowerCase(),
        name: gebruiker.toLowerCase(),
        team_id: TEAM,
      },
      api_app_id: 'A0MAATWERK',
      token: 'verouderd',
      trigger_id: triggerId(),
      team: { id: TEAM, domain: 'maatwerk' },
      ...waar,
      actions: [actie],
    });
  }

  /**
   * Waits until the `n`-th (0-based) log line that fits is written: work a listener does after its ack
   * (the HTTP answer is back before it) is done once it has logged.
   */
  wachtOpLog(past: (regel: string) => boolean, n = 0, ms = 10_000): Promise<string> {
    return wachtTot(
      this.gelogd,
      'regel',
      () => this.logregels.filter(past)[n],
      ms,
      () => new Error(`geen logregel nr. ${n + 1} die past`),
    );
  }

  /**
   * Submits the intake modal. A refusal keeps what was typed as a draft after the ack; this waits for
   * that (kept or not), so the next form a test opens finds the draft there, never half-way.
   */
  async verstuurIntake(
    gebruiker: string,
    modal: { view: Modal; viewId: string },
    waarden: Record<string, string | string[] | undefined>,
  ): Promise<Antwoord> {
    const past = (r: string) =>
      r.includes(`"viewId":"${modal.viewId}"`) && /intake geweigerd: concept|concept bewaren mislukt/.test(r);
    const n = this.logregels.filter(past).length;
    const antwoord = await this.verstuurModal(gebruiker, modal, waarden);
    if (antwoord.tekst.includes('"response_action":"errors"')) await this.wachtOpLog(past, n);
    return antwoord;
  }

  /** The modal opened after `na` earlier ones (waits for it: listeners open it after the ack). */
  async geopendModal(na = 0): Promise<{ view: Modal; viewId: string }> {
    const o = await this.nep.wachtOpNde('views.open', na);
    const view = o.resultaat?.view as { id: string } | undefined;
    return { view: o.args.view as Modal, viewId: String(view?.id) };
  }

  /** Submits a modal with these values; fields not given keep their initial value, or stay empty. */
  verstuurModal(
    gebruiker: string,
    modal: { view: Modal; viewId: string },
    waarden: Record<string, string | string[] | undefined>,
    opties: { kop?: Record<string, string>; zonderTik?: boolean } = {},
  ): Promise<Antwoord> {
    return this.interactie(
      {
        type: 'view_submission',
        team: { id: TEAM, domain: 'maatwerk' },
        user: {
          id: gebruiker,
          username: gebruiker.toLowerCase(),
          name: gebruiker.toLowerCase(),
          team_id: TEAM,
        },
        api_app_id: 'A0MAATWERK',
        token: 'verouderd',
        trigger_id: triggerId(),
        view: {
          id: modal.viewId,
          team_id: TEAM,
          type: 'modal',
          callback_id: modal.view.callback_id,
          private_metadata: modal.view.private_metadata ?? '',
          hash: 'h1',
          state: { values: staatVan(modal.view, waarden) },
        },
        response_urls: [],
      },
      opties,
    );
  }

  event(event: Record<string, unknown>, opties: { kop?: Record<string, string> } = {}): Promise<Antwoord> {
    return this.stuur(
      JSON.stringify({
        token: 'verouderd',
        team_id: TEAM,
        api_app_id: 'A0MAATWERK',
        event,
        type: 'event_callback',
        event_id: `Ev${++trigger}`,
        event_time: Math.floor(Date.now() / 1000),
      }),
      'json',
      opties,
    );
  }

  outbox() {
    return verstuurOutbox(this.o.d, [this.adapter.bezorger]);
  }

  jobs() {
    return voerDueJobsUit(this.o.d, jobHandlers);
  }

  /** Raises a casus through Slack: `/casus` in the table channel, then the modal. */
  async dienIn(
    waarden: Record<string, string | string[] | undefined> = {},
    gebruiker: string = SLACK.consulent,
  ) {
    const voor = this.nep.van('views.open').length;
    const r = await this.commando(gebruiker);
    if (r.status !== 200) throw new Error(`/casus gaf ${r.status}`);
    let modal = await this.geopendModal(voor);
    const alles = { ...INTAKE, ...waarden };
    // The quick form shows only what opening a round needs; the rest is behind "meer velden".
    const getoond = new Set(modal.view.blocks.map((b) => ('block_id' in b ? b.block_id : undefined)));
    if (
      Object.keys(alles).some((veld) => alles[veld] !== undefined && !getoond.has(veld) && veld !== 'tafel')
    )
      modal = await this.meerVelden(gebruiker, modal, alles);
    const antwoord = await this.verstuurIntake(gebruiker, modal, alles);
    return { modal, antwoord };
  }

  /** "Meer velden" in the quick intake: the full form comes back through views.update. */
  async meerVelden(
    gebruiker: string,
    modal: { view: Modal; viewId: string },
    waarden: Record<string, string | string[] | undefined> = {},
  ): Promise<{ view: Modal; viewId: string }> {
    const voor = this.nep.van('views.update').length;
    const r = await this.interactie({
      type: 'block_actions',
      user: {
        id: gebruiker,
        username: gebruiker.toLowerCase(),
        name: gebruiker.toLowerCase(),
        team_id: TEAM,
      },
      api_app_id: 'A0MAATWERK',
      token: 'verouderd',
      container: { type: 'view', view_id: modal.viewId },
      trigger_id: triggerId(),
      team: { id: TEAM, domain: 'maatwerk' },
      view: {
        id: modal.viewId,
        type: 'modal',
        callback_id: modal.view.callback_id,
        private_metadata: modal.view.private_metadata ?? '',
        hash: 'h0',
        state: { values: staatVan(modal.view, waarden) },
      },
      actions: [
        { action_id: 'intake:meer', block_id: 'meer', type: 'button', value: 'meer', action_ts: '1' },
      ],
    });
    if (r.status !== 200) throw new Error(`meer velden gaf ${r.status}`);
    const o = await this.nep.wachtOpNde('views.update', voor);
    return { view: o.args.view as Modal, viewId: modal.viewId };
  }

  /** A member clicks an answer button on the card and submits the reason. */
  async antwoord(gebruiker: string, casusId: string, keuze: string, waarden: Record<string, string> = {}) {
    const voor = this.nep.van('views.open').length;
    const klik = await this.klik(gebruiker, `antwoord:${keuze}`, casusId);
    if (klik.status !== 200) throw new Error(`klik gaf ${klik.status}`);
    const modal = await this.geopendModal(voor);
    return this.verstuurModal(gebruiker, modal, { reden: `Reden van ${gebruiker}.`, ...waarden });
  }
}

export const INTAKE: Record<string, string | string[]> = {
  titel: 'Kostendelersnorm bij inwonende zoon met beperking',
  situatie:
    'Moeder van 52 met een meerderjarige zoon met een verstandelijke beperking die thuis woont. Door de kostendelersnorm daalt haar uitkering fors; huurachterstand dreigt.',
  knelpunt: 'kostendelersnorm',
  leefgebieden: ['inkomen', 'wonen'],
  gevraagdeOplossing:
    'Kostendelersnorm een jaar buiten toepassing laten en intussen een passende woonvorm voor de zoon zoeken.',
  kostenMaatwerk: '2.400',
  kostenNietsDoen: '18.000',
  kostenNietsDoenToelichting: 'Uithuiszetting, tijdelijke opvang en een crisisplaatsing van de zoon.',
  urgentie: 'normaal',
  betrokkenheid: 'hoog',
  toestemming: 'ja_vastgelegd',
};

type Invoer = Extract<Modal['blocks'][number], { type: 'input' }>;

/** view.state.values for a modal, the way Slack builds it from what the user filled in. */
export function staatVan(view: Modal, waarden: Record<string, string | string[] | undefined>) {
  const values: Record<string, Record<string, unknown>> = {};
  for (const blok of view.blocks) {
    if (blok.type !== 'input') continue;
    const b = blok as Invoer;
    const e = b.element;
    const w = waarden[b.block_id];
    const optieVoor = (waarde: string) => {
      const opties = 'options' in e ? (e.options as { value: string; text: { text: string } }[]) : [];
      const o = opties.find((x) => x.value === waarde) ?? { value: waarde, text: { text: waarde } };
      return { value: o.value, text: { type: 'plain_text', text: o.text.text } };
    };
    let waarde: Record<string, unknown>;
    switch (e.type) {
      case 'plain_text_input':
        waarde = { type: e.type, value: typeof w === 'string' ? w : (e.initial_value ?? null) };
        break;
      case 'static_select':
      case 'radio_buttons': {
        const gekozen = typeof w === 'string' ? w : (e.initial_option?.value as string | undefined);
        waarde = { type: e.type, selected_option: gekozen ? optieVoor(gekozen) : null };
        break;
      }
      case 'multi_static_select':
        waarde = { type: e.type, selected_options: (Array.isArray(w) ? w : []).map(optieVoor) };
        break;
      case 'datepicker':
        waarde = {
          type: e.type,
          selected_date: typeof w === 'string' ? w : (e.initial_date ?? null),
        };
        break;
      case 'timepicker':
        waarde = {
          type: e.type,
          selected_time: typeof w === 'string' ? w : (e.initial_time ?? null),
        };
        break;
    }
    values[b.block_id] = { [e.action_id]: waarde };
  }
  return values;
}

export function tekstVan(o: Oproep): string {
  return JSON.stringify([o.args.text, o.args.blocks ?? o.args.view]);
}
