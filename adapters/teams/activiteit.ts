// The Bot Framework wire format as plain JSON types, parsed with zod. Everything in the Teams adapter
// except `botframework.ts` works on these, so a move to another SDK speaking the same protocol
// (Microsoft 365 Agents SDK) leaves handlers, cards and delivery untouched.
import { heeftOngeldigTeken } from '../../src/domain/tekens.ts';
import { z } from '../../src/domain/validatie.ts';
import { tekst as zin } from '../../src/taal/tekst.ts';

/** Ids and names: a control character in them is a forged or broken activity (and unstorable). */
export const tekst = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => !heeftOngeldigTeken(s), { error: zin('nl', 'verbinding.ongeldig_teken') });

export const accountSchema = z.looseObject({
  id: tekst(500),
  name: tekst(500).optional(),
  aadObjectId: tekst(100).optional(),
  role: tekst(50).optional(),
});
export type Account = z.infer<typeof accountSchema>;

export const gesprekSchema = z.looseObject({
  id: tekst(1000),
  conversationType: tekst(50).optional(),
  isGroup: z.boolean().optional(),
  tenantId: tekst(100).optional(),
  name: tekst(500).optional(),
});

export const activiteitSchema = z.looseObject({
  type: tekst(100),
  id: tekst(500).optional(),
  name: tekst(200).optional(),
  // What a person typed: their text may hold anything; the services judge what they store.
  text: z.string().max(30_000).optional(),
  value: z.unknown().optional(),
  /** installationUpdate: 'add' | 'remove' | 'add-upgrade' | … */
  action: tekst(100).optional(),
  channelId: tekst(100),
  serviceUrl: tekst(2000),
  locale: tekst(50).optional(),
  replyToId: tekst(500).optional(),
  from: accountSchema,
  recipient: accountSchema,
  conversation: gesprekSchema,
  channelData: z
    .looseObject({
      tenant: z.looseObject({ id: tekst(100) }).optional(),
      channel: z
        .looseObject({
          id: tekst(500),
          name: tekst(500).optional(),
          /** 'standard' | 'private' | 'shared' (Bot Framework ChannelInfo.type), where Teams sends it. */
          type: tekst(50).optional(),
          membershipType: tekst(50).optional(),
        })
        .optional(),
      team: z.looseObject({ id: tekst(500), name: tekst(500).optional() }).optional(),
      eventType: tekst(100).optional(),
    })
    .optional(),
  membersAdded: z.array(accountSchema).optional(),
  membersRemoved: z.array(accountSchema).optional(),
});
export type Activiteit = z.infer<typeof activiteitSchema>;

/** What a proactive message needs: where, as whom, through which service. */
export const referentieSchema = z.looseObject({
  activityId: tekst(500).optional(),
  user: accountSchema.optional(),
  bot: accountSchema,
  conversation: gesprekSchema,
  channelId: tekst(100),
  locale: tekst(50).optional(),
  serviceUrl: tekst(2000),
});
export type GesprekReferentie = z.infer<typeof referentieSchema>;

export interface Bijlage {
  contentType: string;
  content: unknown;
}

export interface UitgaandeActiviteit {
  type: 'message';
  text?: string;
  summary?: string;
  attachments?: Bijlage[];
}

/** The HTTP answer to an invoke; Teams waits for it in the same request. */
export interface InvokeAntwoord {
  status: number;
  body?: unknown;
}

export type Verzendresultaat =
  | { ok: true; id: string }
  | { ok: false; status: number | null; opnieuwNaMs?: number; fout: string };

export function referentieVan(a: Activiteit): GesprekReferentie {
  return {
    activityId: a.id,
    user: a.from,
    bot: a.recipient,
    conversation: a.conversation,
    channelId: a.channelId,
    locale: a.locale,
    serviceUrl: a.serviceUrl,
  };
}

/** A channel post's conversation id carries the thread (`;messageid=…`); the channel is the part before. */
export function zonderDraad(gesprekId: string): string {
  return gesprekId.split(';messageid=')[0]!;
}

export function berichtIdUitDraad(gesprekId: string): string | null {
  const deel = gesprekId.split(';messageid=')[1];
  return deel && deel.length > 0 ? deel : null;
}

export const tenantVan = (a: Activiteit): string | undefined =>
  a.channelData?.tenant?.id ?? a.conversation.tenantId;

// Invoke payloads -------------------------------------------------------------------------------

const kaartData = z.record(z.string(), z.unknown());

export const kaartActieSchema = z.object({
  action: z.looseObject({
    type: z.literal('Action.Execute'),
    verb: tekst(100),
    data: kaartData.optional().default({}),
  }),
  trigger: z.enum(['manual', 'automatic']).optional(),
});

export const taakSchema = z.looseObject({
  data: kaartData.optional().default({}),
});

export const berichtExtensieOphalenSchema = z.looseObject({
  commandId: tekst(100),
  commandContext: tekst(100).optional(),
  messagePayload: z
    .looseObject({ body: z.looseObject({ content: z.string().max(30_000).optional() }).optional() })
    .optional(),
});

export const berichtExtensieIndienenSchema = z.looseObject({
  commandId: tekst(100),
  data: kaartData.optional().default({}),
});
