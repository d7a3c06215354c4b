// Slack's Block Kit limits, encoded once. The renderers are tested against these schemas and the
// fake Web API in the tests rejects what they reject, so a limit is never a surprise in production.
// Only the blocks and elements this adapter uses are modelled; anything else is refused.
import { z } from '../../src/domain/validatie.ts';

export const LIMIET = {
  blokkenBericht: 50,
  blokkenView: 100,
  sectieTekst: 3000,
  veldTekst: 2000,
  velden: 10,
  header: 150,
  id: 255,
  modalTitel: 24,
  privateMetadata: 3000,
  knopTekst: 75,
  knopWaarde: 2000,
  optieTekst: 75,
  optieWaarde: 150,
  opties: 100,
  radioOpties: 10,
  /** An overflow menu holds two to five options. */
  overflowOpties: 5,
  placeholder: 150,
  label: 2000,
  hint: 2000,
  invoerMax: 3000,
  contextElementen: 10,
  actieElementen: 25,
  /** chat.postMessage's notification text; Slack truncates beyond 40,000, we stay far below. */
  berichtTekst: 4000,
  /** A view_submission `errors` message: Slack shows it under the field; we keep it readable. */
  foutTekst: 2000,
} as const;

const plat = (max: number) =>
  z.object({
    type: z.literal('plain_text'),
    text: z.string().min(1).max(max),
    emoji: z.boolean().optional(),
  });
const mrkdwn = (max: number) =>
  z.object({ type: z.literal('mrkdwn'), text: z.string().min(1).max(max), verbatim: z.boolean().optional() });
const tekst = (max: number) => z.union([plat(max), mrkdwn(max)]);

const id = z.string().min(1).max(LIMIET.id);

const optie = z.object({
  text: plat(LIMIET.optieTekst),
  value: z.string().min(1).max(LIMIET.optieWaarde),
  description: plat(LIMIET.optieTekst).optional(),
});

const radioOptie = z.object({
  text: tekst(LIMIET.optieTekst),
  value: z.string().min(1).max(LIMIET.optieWaarde),
  description: tekst(LIMIET.optieTekst).optional(),
});

const knop = z.object({
  type: z.literal('button'),
  action_id: id,
  text: plat(LIMIET.knopTekst),
  value: z.string().max(LIMIET.knopWaarde).optional(),
  style: z.enum(['primary', 'danger']).optional(),
  accessibility_label: z.string().max(75).optional(),
});

const statischeKeuze = z.object({
  type: z.literal('static_select'),
  action_id: id,
  placeholder: plat(LIMIET.placeholder).optional(),
  options: z.array(optie).min(1).max(LIMIET.opties),
  initial_option: optie.optional(),
});

const meervoudigeKeuze = z.object({
  type: z.literal('multi_static_select'),
  action_id: id,
  placeholder: plat(LIMIET.placeholder).optional(),
  options: z.array(optie).min(1).max(LIMIET.opties),
  initial_options: z.array(optie).optional(),
});

const radio = z.object({
  type: z.literal('radio_buttons'),
  action_id: id,
  options: z.array(radioOptie).min(1).max(LIMIET.radioOpties),
  initial_option: radioOptie.optional(),
});

const tekstInvoer = z.object({
  type: z.literal('plain_text_input'),
  action_id: id,
  multiline: z.boolean().optional(),
  placeholder: plat(LIMIET.placeholder).optional(),
  initial_value: z.string().max(LIMIET.invoerMax).optional(),
  min_length: z.number().int().min(0).max(LIMIET.invoerMax).optional(),
  max_length: z.number().int().min(1).max(LIMIET.invoerMax).optional(),
});

const datumKiezer = z.object({
  type: z.literal('datepicker'),
  action_id: id,
  placeholder: plat(LIMIET.placeholder).optional(),
  initial_date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
});

const tijdKiezer = z.object({
  type: z.literal('timepicker'),
  action_id: id,
  placeholder: plat(LIMIET.placeholder).optional(),
  initial_time: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
    .optional(),
});

const overflow = z.object({
  type: z.literal('overflow'),
  action_id: id,
  options: z.array(optie).min(2).max(LIMIET.overflowOpties),
});

const invoerElement = z.discriminatedUnion('type', [
  statischeKeuze,
  meervoudigeKeuze,
  radio,
  tekstInvoer,
  datumKiezer,
  tijdKiezer,
]);

export const sectieSchema = z
  .object({
    type: z.literal('section'),
    block_id: id.optional(),
    text: tekst(LIMIET.sectieTekst).optional(),
    fields: z.array(tekst(LIMIET.veldTekst)).min(1).max(LIMIET.velden).optional(),
    accessory: z.union([knop, statischeKeuze, overflow]).optional(),
  })
  .refine((s) => s.text || s.fields, { error: 'blockkit:sectie_zonder_inhoud' });

export const blokSchema = z.discriminatedUnion('type', [
  sectieSchema,
  z.object({ type: z.literal('header'), block_id: id.optional(), text: plat(LIMIET.header) }),
  z.object({ type: z.literal('divider'), block_id: id.optional() }),
  z.object({
    type: z.literal('context'),
    block_id: id.optional(),
    elements: z.array(tekst(LIMIET.sectieTekst)).min(1).max(LIMIET.contextElementen),
  }),
  z.object({
    type: z.literal('actions'),
    block_id: id.optional(),
    elements: z
      .array(z.union([knop, statischeKeuze, overflow]))
      .min(1)
      .max(LIMIET.actieElementen),
  }),
  z.object({
    type: z.literal('input'),
    block_id: id,
    label: plat(LIMIET.label),
    hint: plat(LIMIET.hint).optional(),
    optional: z.boolean().optional(),
    dispatch_action: z.boolean().optional(),
    element: invoerElement,
  }),
]);

export type Blok = z.input<typeof blokSchema>;

// The refinements' messages are codes: a block that fails them is a renderer bug, seen in a log or a test,
// never by a person (the bezorger records any schema failure as blockkit:buiten_limieten).
const DUBBELE_BLOK_ID = 'blockkit:dubbele_block_id';

const uniekeBlokIds = (blokken: readonly { block_id?: string }[]) => {
  const ids = blokken.map((b) => b.block_id).filter((b): b is string => !!b);
  return new Set(ids).size === ids.length;
};

export const berichtSchema = z.object({
  text: z.string().min(1).max(LIMIET.berichtTekst),
  blocks: z
    .array(blokSchema)
    .min(1)
    .max(LIMIET.blokkenBericht)
    .refine(uniekeBlokIds, { error: DUBBELE_BLOK_ID }),
});

export type SlackBericht = z.input<typeof berichtSchema>;

export const modalSchema = z.object({
  type: z.literal('modal'),
  callback_id: id.optional(),
  external_id: id.optional(),
  title: plat(LIMIET.modalTitel),
  submit: plat(LIMIET.modalTitel).optional(),
  close: plat(LIMIET.modalTitel).optional(),
  private_metadata: z.string().max(LIMIET.privateMetadata).optional(),
  notify_on_close: z.boolean().optional(),
  blocks: z
    .array(blokSchema)
    .min(1)
    .max(LIMIET.blokkenView)
    .refine(uniekeBlokIds, { error: DUBBELE_BLOK_ID }),
});

export type Modal = z.input<typeof modalSchema>;

export const homeSchema = z.object({
  type: z.literal('home'),
  callback_id: id.optional(),
  private_metadata: z.string().max(LIMIET.privateMetadata).optional(),
  blocks: z
    .array(blokSchema)
    .min(1)
    .max(LIMIET.blokkenView)
    .refine(uniekeBlokIds, { error: DUBBELE_BLOK_ID }),
});

export type HomeView = z.input<typeof homeSchema>;

/** The `ack()` of a view submission: inline field errors, or a new view in place of the modal. */
export const viewAntwoordSchema = z.union([
  z.object({
    response_action: z.literal('errors'),
    errors: z.record(id, z.string().min(1).max(LIMIET.foutTekst)),
  }),
  z.object({ response_action: z.literal('update'), view: modalSchema }),
  z.object({ response_action: z.literal('clear') }),
]);

export type ViewAntwoord = z.input<typeof viewAntwoordSchema>;
