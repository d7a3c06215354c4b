// What we read from Slack's payloads, parsed with zod: only the fields we use, with bounds, so a
// malformed or hostile request fails here and never reaches a service half-understood.
import { heeftOngeldigTeken } from '../../src/domain/tekens.ts';
import { z } from '../../src/domain/validatie.ts';
import type { Identiteit } from '../../src/services/identiteit.ts';
import { tekst } from '../../src/taal/tekst.ts';

// Slack's ids are letters, digits and a few separators; a control character in one is a forged request.
const slackId = z
  .string()
  .min(1)
  .max(64)
  .refine((s) => !heeftOngeldigTeken(s), { error: tekst('nl', 'verbinding.ongeldig_teken') });

const gebruiker = z.object({
  id: slackId,
  name: z.string().max(200).optional(),
  username: z.string().max(200).optional(),
  team_id: slackId.optional(),
});

const team = z.object({ id: slackId }).nullish();

export const commandoSchema = z.object({
  command: z.string().min(1).max(40),
  text: z.string().max(4000).default(''),
  user_id: slackId,
  user_name: z.string().max(200).optional(),
  team_id: slackId,
  channel_id: slackId.optional(),
  trigger_id: z.string().min(1).max(200),
});

const waarde = z.object({
  type: z.string().max(60),
  // Typed text: only the request's size limit bounds it here, so that the service can say at the field
  // that it is too long (and what the maximum is) instead of the whole form being unreadable.
  value: z.string().nullish(),
  selected_option: z
    .object({ value: z.string().max(200), text: z.object({ text: z.string() }).optional() })
    .nullish(),
  selected_options: z
    .array(z.object({ value: z.string().max(200) }))
    .max(100)
    .nullish(),
  selected_date: z.string().max(20).nullish(),
  selected_time: z.string().max(20).nullish(),
});

export type InvoerWaarden = Record<string, Record<string, z.infer<typeof waarde>>>;

const staat = z.object({ values: z.record(z.string().max(255), z.record(z.string().max(255), waarde)) });

export const actieSchema = z.object({
  type: z.literal('block_actions'),
  user: gebruiker,
  team,
  trigger_id: z.string().min(1).max(200),
  channel: z.object({ id: slackId }).nullish(),
  container: z
    .object({
      type: z.string().max(40),
      channel_id: slackId.optional(),
      message_ts: z.string().max(40).optional(),
      view_id: z.string().max(64).optional(),
    })
    .nullish(),
  view: z
    .object({
      id: z.string().min(1).max(64),
      hash: z.string().max(200).optional(),
      type: z.string().max(20).optional(),
      callback_id: z.string().max(255).optional(),
      private_metadata: z.string().max(3000).optional(),
      state: staat.optional(),
    })
    .nullish(),
  actions: z
    .array(
      z.object({
        action_id: z.string().min(1).max(255),
        block_id: z.string().max(255).optional(),
        type: z.string().max(40),
        value: z.string().max(2000).optional(),
        selected_option: z.object({ value: z.string().max(200) }).nullish(),
      }),
    )
    .min(1),
});

export type ActiePayload = z.infer<typeof actieSchema>;

export const viewSchema = z.object({
  type: z.literal('view_submission'),
  user: gebruiker,
  team,
  view: z.object({
    id: z.string().min(1).max(64),
    callback_id: z.string().max(255),
    private_metadata: z.string().max(3000).optional(),
    state: staat,
  }),
});

export type ViewPayload = z.infer<typeof viewSchema>;

/** A modal the person closed (sent only for a view opened with `notify_on_close`). */
export const viewGeslotenSchema = viewSchema.extend({ type: z.literal('view_closed') });

export const shortcutSchema = z.object({
  type: z.literal('shortcut'),
  callback_id: z.string().max(255),
  trigger_id: z.string().min(1).max(200),
  user: gebruiker,
  team,
});

export const berichtShortcutSchema = z.object({
  type: z.literal('message_action'),
  callback_id: z.string().max(255),
  trigger_id: z.string().min(1).max(200),
  user: gebruiker,
  team,
  channel: z.object({ id: slackId }).nullish(),
  message: z.object({ text: z.string().max(40_000).optional(), ts: z.string().max(40).optional() }).nullish(),
});

export const homeEventSchema = z.object({
  type: z.literal('app_home_opened'),
  user: slackId,
  tab: z.string().max(20).optional(),
});

export function identiteit(
  g: { id: string; name?: string; username?: string; team_id?: string },
  teamId?: string | null,
): Identiteit {
  const werkruimte = teamId ?? g.team_id;
  const naam = g.name ?? g.username;
  return {
    platform: 'slack',
    extern: g.id,
    ...(werkruimte ? { werkruimte } : {}),
    ...(naam ? { naam } : {}),
  };
}

/** One input's value: text, the selected option, the selected options, the date or the time. */
export function lees(waarden: InvoerWaarden, blockId: string): string | undefined {
  const veld = Object.values(waarden[blockId] ?? {})[0];
  if (!veld) return undefined;
  const v =
    veld.value ?? veld.selected_option?.value ?? veld.selected_date ?? veld.selected_time ?? undefined;
  return v === null || v === undefined || v === '' ? undefined : v;
}

export function leesMeerdere(waarden: InvoerWaarden, blockId: string): string[] {
  const veld = Object.values(waarden[blockId] ?? {})[0];
  return (veld?.selected_options ?? []).map((o) => o.value);
}

export function leesOptieTekst(waarden: InvoerWaarden, blockId: string): string | undefined {
  return Object.values(waarden[blockId] ?? {})[0]?.selected_option?.text?.text;
}

/** What names one delivery of a request: an Events API event_id, or the trigger of a click or command. */
export const leveringSchema = z.looseObject({
  type: z.string().max(60).optional(),
  event_id: z.string().min(1).max(100).optional(),
  trigger_id: z.string().min(1).max(200).optional(),
  command: z.string().max(40).optional(),
});
