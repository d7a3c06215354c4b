// The only module that touches the Bot Framework SDK (`botbuilder`, archived upstream). It offers the
// rest of the adapter plain JSON in and out: process one HTTP request, send, reply, update, start a
// conversation, look up a member. Replacing the SDK (e.g. by the Microsoft 365 Agents SDK, same wire
// protocol) means rewriting this file only.
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  type Activity,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConversationParameters,
  type ConversationReference,
  TeamsInfo,
  type TurnContext,
} from 'botbuilder';
import { AuthenticationConstants, type ConnectorClient } from 'botframework-connector';
import type { Logboek } from '../../src/logboek.ts';
import type { Sleutel } from '../../src/taal/catalogus.ts';
import { tekst, type Waarden } from '../../src/taal/tekst.ts';
import {
  type Account,
  berichtIdUitDraad,
  type GesprekReferentie,
  type InvokeAntwoord,
  type UitgaandeActiviteit,
  type Verzendresultaat,
} from './activiteit.ts';

/** Refusals and delivery failures are read by the administrator: in Dutch, like the logs. */
const beheerder = (sleutel: Sleutel, waarden?: Waarden) => tekst('nl', sleutel, waarden);

const GEEN_BEURT = beheerder('verbinding.bezorging.geen_beurt');

export interface Beurt {
  /** The incoming activity as the SDK received it: still to be parsed by the handlers. */
  activiteit: unknown;
  /** A reply in the conversation of this turn (threaded under the incoming message in a channel). */
  antwoord(activiteit: UitgaandeActiviteit): Promise<Verzendresultaat>;
  /** Replaces a message of the bot in the conversation of this turn (e.g. the card a button was on). */
  werkBij(berichtId: string, activiteit: UitgaandeActiviteit): Promise<Verzendresultaat>;
  /**
   * One page of the members of a conversation (GET v3/conversations/{id}/pagedmembers): for a channel, who
   * is in it, as TeamsChannelAccount JSON (userRole, tenantId); still to be parsed by the caller.
   */
  leden(gesprekId: string, vervolg?: string): Promise<Leesresultaat>;
  /** The channels of a team with their membership type (GET v3/teams/{id}/conversations); unparsed. */
  kanalen(teamId: string): Promise<Leesresultaat>;
}

/** A read from the connector: the JSON as Teams gave it, or the failure as codes (never its message). */
export type Leesresultaat =
  | { ok: true; waarde: unknown }
  | { ok: false; status: number | null; fout: string };

async function lees(werk: () => Promise<unknown>): Promise<Leesresultaat> {
  try {
    return { ok: true, waarde: await werk() };
  } catch (fout) {
    const { status, fout: tekst } = alsVerzendfout(fout);
    return { ok: false, status, fout: tekst };
  }
}

/** Members per page asked of Teams (it may give fewer). */
const LEDEN_PER_PAGINA = 200;

/** Handles one turn; for an invoke, what it returns is the HTTP answer Teams waits for. */
export type Beurtverwerker = (beurt: Beurt) => Promise<InvokeAntwoord | undefined>;

export interface Instellingen {
  appId?: string;
  appPassword?: string;
  tenantId?: string;
}

export interface BotKoppeling {
  /** No app id: requests are not authenticated (Bot Framework Emulator, local tests). */
  emulatormodus: boolean;
  verwerk(
    req: IncomingMessage,
    res: ServerResponse,
    body: Record<string, unknown>,
    verwerker: Beurtverwerker,
  ): Promise<void>;
  stuur(ref: GesprekReferentie, activiteit: UitgaandeActiviteit): Promise<Verzendresultaat>;
  antwoordOp(
    ref: GesprekReferentie,
    berichtId: string,
    activiteit: UitgaandeActiviteit,
  ): Promise<Verzendresultaat>;
  werkBij(
    ref: GesprekReferentie,
    berichtId: string,
    activiteit: UitgaandeActiviteit,
  ): Promise<Verzendresultaat>;
  /** A new thread in a Teams channel; the result's id is the message id of the thread's first post. */
  startDraad(
    via: GesprekReferentie,
    kanaalId: string,
    activiteit: UitgaandeActiviteit,
    tenantId?: string,
  ): Promise<Verzendresultaat>;
  /** Creates the 1:1 chat with a user (Teams user id or Entra object id) and sends the first message. */
  startPersoonlijk(
    via: GesprekReferentie,
    gebruikerId: string,
    activiteit: UitgaandeActiviteit,
    tenantId?: string,
  ): Promise<{ resultaat: Verzendresultaat; referentie?: GesprekReferentie }>;
  /** One member of a team or chat; Teams accepts the Entra object id as well as the Teams user id. */
  lid(via: GesprekReferentie, gesprekId: string, gebruikerId: string): Promise<Account | null>;
}

function wachttijdUit(waarde: string | undefined | null): number | undefined {
  if (!waarde) return undefined;
  const seconden = Number(waarde);
  if (Number.isFinite(seconden)) return Math.max(0, seconden * 1000);
  const moment = Date.parse(waarde);
  return Number.isFinite(moment) ? Math.max(0, moment - Date.now()) : undefined;
}

/** The SDK's error shapes (RestError of @azure/core-rest-pipeline) as a plain result; codes only, no text. */
export function alsVerzendfout(fout: unknown): Extract<Verzendresultaat, { ok: false }> {
  const f = fout as {
    statusCode?: number;
    code?: string;
    name?: string;
    response?: { status?: number; headers?: { get?(naam: string): string | undefined } };
  } | null;
  const status = f?.statusCode ?? f?.response?.status ?? null;
  const opnieuwNaMs = wachttijdUit(f?.response?.headers?.get?.('retry-after'));
  const code = typeof f?.code === 'string' ? f.code.slice(0, 80) : undefined;
  return {
    ok: false,
    status,
    ...(opnieuwNaMs === undefined ? {} : { opnieuwNaMs }),
    fout: status
      ? `HTTP ${status}${code ? ` ${code}` : ''}`
      : beheerder('verbinding.bezorging.geen_antwoord_teams', { oorzaak: code ?? f?.name ?? 'onbekend' }),
  };
}

async function vang(werk: () => Promise<{ id?: string } | undefined>): Promise<Verzendresultaat> {
  try {
    const r = await werk();
    return { ok: true, id: r?.id ?? '' };
  } catch (fout) {
    return alsVerzendfout(fout);
  }
}

/** The SDK's own refusals carry English text or nothing; ours say it in Dutch, in the one JSON shape. */
const SDK_WEIGERINGEN: Record<number, Sleutel> = {
  400: 'verbinding.teams.sdk.400',
  401: 'verbinding.teams.sdk.401',
  405: 'verbinding.teams.sdk.405',
  500: 'verbinding.teams.sdk.500',
  501: 'verbinding.teams.sdk.501',
};

/** The subset of a response object CloudAdapter.process needs, over plain node:http. */
function alsSdkAntwoord(res: ServerResponse) {
  // A refusal by the SDK itself: its text body (or none) becomes our Dutch JSON. Invoke answers of the
  // handlers are objects and pass unchanged, whatever their status.
  let weigering = false;
  return {
    socket: res.socket,
    status(code: number) {
      res.statusCode = code;
      weigering = code >= 400;
    },
    header(naam: string, waarde: unknown) {
      res.setHeader(naam, String(waarde));
    },
    send(body: unknown) {
      if (body === undefined || body === null) return;
      const json = typeof body !== 'string';
      if (weigering && !json) return;
      weigering = false;
      if (!res.hasHeader('content-type'))
        res.setHeader('content-type', json ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8');
      res.write(json ? JSON.stringify(body) : body);
    },
    end() {
      if (weigering && !res.headersSent) {
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.end(
          JSON.stringify({
            fout: beheerder(SDK_WEIGERINGEN[res.statusCode] ?? 'verbinding.teams.sdk.anders'),
          }),
        );
        return;
      }
      res.end();
    },
  };
}

export function maakBotKoppeling(instellingen: Instellingen, log: Logboek): BotKoppeling {
  const appId = instellingen.appId?.trim() ?? '';
  const emulatormodus = appId === '';
  const auth = new ConfigurationBotFrameworkAuthentication(
    emulatormodus
      ? {}
      : {
          MicrosoftAppId: appId,
          MicrosoftAppPassword: instellingen.appPassword ?? '',
          MicrosoftAppType: instellingen.tenantId ? 'SingleTenant' : 'MultiTenant',
          MicrosoftAppTenantId: instellingen.tenantId ?? '',
        },
  );
  const adapter = new CloudAdapter(auth);
  // A safety net only: handlers catch their own errors and answer the user. Never the message text.
  adapter.onTurnError = async (context, fout) => {
    log.error(
      { soort: context.activity?.type, naam: context.activity?.name, err: fout },
      'teams: beurt mislukt',
    );
  };

  const client = (context: TurnContext) =>
    context.turnState.get(adapter.ConnectorClientKey) as ConnectorClient;

  /** Runs `werk` with a connector client for the reference's service; the send's own result, never swallowed. */
  async function proactief(
    ref: GesprekReferentie,
    werk: (c: ConnectorClient, context: TurnContext) => Promise<{ id?: string } | undefined>,
  ): Promise<Verzendresultaat> {
    let resultaat: Verzendresultaat | undefined;
    try {
      await adapter.continueConversationAsync(
        appId,
        ref as Partial<ConversationReference>,
        async (context) => {
          resultaat = await vang(() => werk(client(context), context));
        },
      );
    } catch (fout) {
      return alsVerzendfout(fout);
    }
    return resultaat ?? { ok: false, status: null, fout: GEEN_BEURT };
  }

  const alsActiviteit = (a: UitgaandeActiviteit, ref: GesprekReferentie) =>
    ({ ...a, from: ref.bot, conversation: ref.conversation, channelId: ref.channelId }) as Partial<Activity>;

  return {
    emulatormodus,

    async verwerk(req, res, body, verwerker) {
      const verzoek = { body, headers: req.headers, method: req.method };
      await adapter.process(verzoek, alsSdkAntwoord(res), async (context) => {
        const beurt: Beurt = {
          activiteit: context.activity,
          antwoord: (a) => vang(() => context.sendActivity(a as Partial<Activity>)),
          werkBij: (berichtId, a) =>
            vang(
              async () =>
                (await context.updateActivity({ ...(a as Partial<Activity>), id: berichtId })) ?? undefined,
            ),
          leden: (gesprekId, vervolg) =>
            lees(() =>
              // The SDK's type wants a token even for the first page; the request leaves an absent one out.
              client(context).conversations.getConversationPagedMembers(gesprekId, {
                pageSize: LEDEN_PER_PAGINA,
                ...(vervolg ? { continuationToken: vervolg } : {}),
              } as { pageSize: number; continuationToken: string }),
            ),
          kanalen: (teamId) => lees(() => TeamsInfo.getTeamChannels(context, teamId)),
        };
        const antwoord = await verwerker(beurt);
        if (antwoord && context.activity.type === 'invoke') {
          await context.sendActivity({ type: 'invokeResponse', value: antwoord });
        }
      });
    },

    stuur: (ref, activiteit) =>
      proactief(ref, (c) =>
        c.conversations.sendToConversation(ref.conversation.id, alsActiviteit(activiteit, ref)),
      ),

    antwoordOp: (ref, berichtId, activiteit) =>
      proactief(ref, (c) =>
        c.conversations.replyToActivity(ref.conversation.id, berichtId, {
          ...alsActiviteit(activiteit, ref),
          replyToId: berichtId,
        }),
      ),

    werkBij: (ref, berichtId, activiteit) =>
      proactief(ref, (c) =>
        c.conversations.updateActivity(ref.conversation.id, berichtId, {
          ...alsActiviteit(activiteit, ref),
          id: berichtId,
        }),
      ),

    async startDraad(via, kanaalId, activiteit, tenantId) {
      let resultaat: Verzendresultaat | undefined;
      const parameters: ConversationParameters = {
        isGroup: true,
        bot: { id: via.bot.id, name: via.bot.name ?? '' },
        tenantId,
        channelData: { channel: { id: kanaalId }, ...(tenantId ? { tenant: { id: tenantId } } : {}) },
        activity: activiteit as Activity,
      };
      try {
        await adapter.createConversationAsync(
          appId,
          via.channelId,
          via.serviceUrl,
          AuthenticationConstants.ToChannelFromBotOAuthScope,
          parameters,
          async (context) => {
            const id = berichtIdUitDraad(context.activity.conversation?.id ?? '');
            resultaat = id
              ? { ok: true, id }
              : { ok: false, status: null, fout: beheerder('verbinding.bezorging.geen_bericht_id') };
          },
        );
      } catch (fout) {
        return alsVerzendfout(fout);
      }
      return resultaat ?? { ok: false, status: null, fout: GEEN_BEURT };
    },

    async startPersoonlijk(via, gebruikerId, activiteit, tenantId) {
      let resultaat: Verzendresultaat | undefined;
      let referentie: GesprekReferentie | undefined;
      const parameters: ConversationParameters = {
        isGroup: false,
        bot: { id: via.bot.id, name: via.bot.name ?? '' },
        members: [{ id: gebruikerId, name: '' }],
        tenantId,
        channelData: tenantId ? { tenant: { id: tenantId } } : {},
      };
      try {
        await adapter.createConversationAsync(
          appId,
          via.channelId,
          via.serviceUrl,
          AuthenticationConstants.ToChannelFromBotOAuthScope,
          parameters,
          async (context) => {
            const gesprekId = context.activity.conversation?.id;
            if (!gesprekId) {
              resultaat = {
                ok: false,
                status: null,
                fout: beheerder('verbinding.bezorging.geen_gesprek_id'),
              };
              return;
            }
            referentie = {
              bot: via.bot,
              user: { id: gebruikerId },
              conversation: { id: gesprekId, conversationType: 'personal', tenantId },
              channelId: via.channelId,
              serviceUrl: via.serviceUrl,
            };
            const ref = referentie;
            resultaat = await vang(() =>
              client(context).conversations.sendToConversation(gesprekId, alsActiviteit(activiteit, ref)),
            );
          },
        );
      } catch (fout) {
        return { resultaat: alsVerzendfout(fout) };
      }
      return {
        resultaat: resultaat ?? { ok: false, status: null, fout: GEEN_BEURT },
        ...(referentie ? { referentie } : {}),
      };
    },

    async lid(via, gesprekId, gebruikerId) {
      let lid: Account | null = null;
      const r = await proactief(via, async (c) => {
        const gevonden = (await c.conversations.getConversationMember(gesprekId, gebruikerId)) as unknown as
          | Account
          | undefined;
        if (gevonden?.id) lid = { id: gevonden.id, aadObjectId: gevonden.aadObjectId };
        return undefined;
      });
      return r.ok ? lid : null;
    },
  };
}
