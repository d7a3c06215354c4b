// Slack redelivers what it thinks was not acknowledged in time (Events API retries with X-Slack-Retry-Num,
// up to three times), and may reach another replica with it. A delivery seen before, by any process, is
// acknowledged and ignored: its key is claimed in the database before any listener runs.
//   - events: the event_id;
//   - clicks, slash commands and shortcuts: the trigger_id, unique per user action;
//   - modal submissions are not claimed here: their listener stores the effect with the view id as request
//     key in the same transaction, and a repeat gets the first result back (verwerk.ts), which an empty ack
//     here would throw away.
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import { eersteLevering } from '../../../src/services/eenmalig.ts';
import { leveringSchema } from '../payloads.ts';
import type { SlackContext } from './gedeeld.ts';

export function leveringSleutel(body: unknown): string | null {
  const p = leveringSchema.safeParse(body);
  if (!p.success) return null;
  const b = p.data;
  if (b.type === 'event_callback') return b.event_id ? `slack:event:${b.event_id}` : null;
  if (b.type === 'view_submission' || b.type === 'view_closed' || b.type === 'block_suggestion') return null;
  if (b.command && b.trigger_id) return `slack:opdracht:${b.trigger_id}`;
  if (b.type && b.trigger_id) return `slack:trigger:${b.trigger_id}`;
  return null;
}

export function eenmaligeLevering(ctx: SlackContext): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const sleutel = leveringSleutel(args.body);
    if (!sleutel) return args.next();
    let eerste = true;
    try {
      eerste = await eersteLevering(ctx.d, sleutel, ctx.d.klok.nu());
    } catch (fout) {
      // Without the database the listener cannot do much either; let it run and say so itself.
      // A database failure, never a refusal of the core: straight to the log.
      ctx.log.error({ err: fout }, 'levering vastleggen mislukt');
    }
    if (eerste) return args.next();
    ctx.log.info(
      { soort: sleutel.split(':')[1], herhaling: args.context.retryNum ?? null },
      'slack: herhaalde levering genegeerd',
    );
    // Events were acknowledged before any middleware ran; the rest still waits for its ack.
    const ack = (args as { ack?: () => Promise<void> }).ack;
    if (ack) await ack();
  };
}
