// What Slack shows of a channel the chair binds: conversations.info (public or private; shared with
// another workspace or organisation) and conversations.members (who is in it); for the leerkanaal also
// users.info per account (a guest, another organisation's team). Every answer is parsed with zod. A
// failed call becomes a code (a missing scope, the bot not in the channel), never a silent "fine".
// What counts as wider than the table is decided in src/domain/kanaalbreedte.ts, by the service.
import type { WebClient } from '@slack/web-api';
import type { Aanwezige, KanaalFeiten } from '../../src/domain/kanaalbreedte.ts';
import { z } from '../../src/domain/validatie.ts';
import type { Kanaalwaarneming, Leesfout } from '../../src/services/kanaalcontrole.ts';

const slackId = z.string().min(1).max(64);
const vlag = z.boolean().optional();

const infoSchema = z.looseObject({
  channel: z.looseObject({
    id: slackId,
    is_private: vlag,
    is_shared: vlag,
    is_ext_shared: vlag,
    is_org_shared: vlag,
    is_pending_ext_shared: vlag,
  }),
});

const ledenSchema = z.looseObject({
  members: z.array(slackId).max(1000),
  response_metadata: z.looseObject({ next_cursor: z.string().max(500).optional() }).optional(),
});

const gebruikerSchema = z.looseObject({
  user: z.looseObject({
    id: slackId,
    team_id: slackId.optional(),
    is_restricted: vlag,
    is_ultra_restricted: vlag,
  }),
});

/** conversations.members pages of 200, at most this many: a channel that large is wider than any table. */
const MAX_PAGINAS = 10;
/** users.info look-ups for a leerkanaal, at most this many, this many at a time (Slack's tier 4). */
const MAX_OPZOEKINGEN = 100;
const TEGELIJK = 5;

/** Slack's error code as one of ours; the message itself is never kept. */
export function leesfoutVan(fout: unknown): Leesfout {
  const code = (fout as { data?: { error?: unknown } } | null)?.data?.error;
  switch (code) {
    case 'missing_scope':
    case 'no_permission':
    case 'not_allowed_token_type':
    case 'access_denied':
      return 'geen_rechten';
    case 'channel_not_found':
    case 'not_in_channel':
      return 'niet_in_kanaal';
    default:
      return 'storing';
  }
}

async function leden(client: WebClient, kanaalId: string): Promise<string[]> {
  const alle: string[] = [];
  let cursor: string | undefined;
  for (let pagina = 0; pagina < MAX_PAGINAS; pagina++) {
    const r = ledenSchema.parse(
      await client.conversations.members({ channel: kanaalId, limit: 200, ...(cursor ? { cursor } : {}) }),
    );
    alle.push(...r.members);
    cursor = r.response_metadata?.next_cursor || undefined;
    if (!cursor) break;
  }
  return alle;
}

/** Guest and home team per account; an account that cannot be looked up stays unknown. */
async function metAccounts(client: WebClient, ids: string[]): Promise<Aanwezige[]> {
  const uit: Aanwezige[] = ids.map((extern) => ({ extern }));
  const teDoen = uit.slice(0, MAX_OPZOEKINGEN);
  for (let i = 0; i < teDoen.length; i += TEGELIJK) {
    await Promise.all(
      teDoen.slice(i, i + TEGELIJK).map(async (a) => {
        try {
          const u = gebruikerSchema.parse(await client.users.info({ user: a.extern })).user;
          a.gast = u.is_restricted === true || u.is_ultra_restricted === true;
          a.organisatie = u.team_id ?? null;
        } catch {
          // Left unknown: the rule then says it could not check this account.
        }
      }),
    );
  }
  return uit;
}

export async function leesKanaal(
  client: WebClient,
  o: { kanaalId: string; soort: 'tafel' | 'leer'; botUserId?: string | undefined; teamId: string },
): Promise<Kanaalwaarneming> {
  const feiten: KanaalFeiten = { openbaar: null, gedeeld: null, aanwezigen: null };
  let leesfout: Leesfout | null = null;
  try {
    const c = infoSchema.parse(await client.conversations.info({ channel: o.kanaalId })).channel;
    feiten.openbaar = c.is_private === undefined ? null : !c.is_private;
    feiten.gedeeld = !!(c.is_shared || c.is_ext_shared || c.is_org_shared || c.is_pending_ext_shared);
  } catch (fout) {
    leesfout = leesfoutVan(fout);
  }
  try {
    const ids = (await leden(client, o.kanaalId)).filter((id) => id !== o.botUserId);
    // Who sits at the table is all that matters at the table channel: no look-ups there.
    feiten.aanwezigen =
      o.soort === 'leer' ? await metAccounts(client, ids) : ids.map((extern) => ({ extern }));
  } catch (fout) {
    leesfout ??= leesfoutVan(fout);
  }
  return { feiten, leesfout, werkruimte: o.teamId };
}
