// One shape for every modal submission: parse, call one service with the view id as idempotency key,
// answer in the ack (errors inline, or a new view), and only then do what others may wait for.
// Slack gives 3 seconds: when the service is slower (a busy database), the modal is acked with a
// "being processed" view before that, and updated with the outcome once it is known, so the user never
// sees Slack's timeout error for an answer that was in fact stored.
import type { App } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { type DomeinFout, isDomeinFout } from '../../../../src/domain/fouten.ts';
import { type ViewAntwoord, viewAntwoordSchema } from '../../blockkit.ts';
import { type ViewPayload, viewSchema } from '../../payloads.ts';
import { meldingModal } from '../../weergave/modals.ts';
import { foutenVoorView, logFout, type SlackContext } from '../gedeeld.ts';

export interface ViewUitkomst {
  /** What Slack does with the modal; none closes it. */
  antwoord?: ViewAntwoord;
  /** After the ack: confirmations and other calls the user need not wait for. */
  daarna?: () => Promise<void>;
}

export const verzoekSleutel = (p: ViewPayload) => `slack:view:${p.view.id}`;

/** Leaves room under Slack's 3 s for the ack itself to travel. */
export const STANDAARD_ACK_BINNEN_MS = 2500;

const ONBEKENDE_FOUT = 'Er ging iets mis bij het opslaan. Probeer het zo opnieuw.';

function foutTekst(fout: DomeinFout): string {
  const velden = fout.velden.map((v) => v.bericht);
  return velden.length > 0 ? `${fout.message}\n${velden.join('\n')}` : fout.message;
}

export function verwerkView(
  app: App,
  ctx: SlackContext,
  callbackId: string,
  standaard: string,
  actie: (p: ViewPayload, client: WebClient) => Promise<ViewUitkomst>,
): void {
  app.view(callbackId, async ({ ack, body, client }) => {
    const p = viewSchema.safeParse(body);
    if (!p.success) {
      logFout(ctx.log, p.error, 'onleesbare view-submission', { view: callbackId });
      await ack({
        response_action: 'errors',
        errors: { [standaard]: 'Dit formulier kon ik niet lezen; open het opnieuw.' },
      });
      return;
    }
    const viewId = p.data.view.id;
    const blokken = Object.keys(p.data.view.state.values);
    const onder = blokken.includes(standaard) ? standaard : (blokken[0] ?? standaard);
    const werk = actie(p.data, client).then(
      (uit) => ({ uit }),
      (fout: unknown) => ({ fout }),
    );
    let klok: NodeJS.Timeout | undefined;
    const teLaat = new Promise<null>((klaar) => {
      klok = setTimeout(() => klaar(null), ctx.ackBinnenMs ?? STANDAARD_ACK_BINNEN_MS);
    });
    const vroeg = await Promise.race([werk, teLaat]);
    clearTimeout(klok);

    if (vroeg === null) {
      await ack({
        response_action: 'update',
        view: meldingModal('Even geduld', 'Uw invoer wordt verwerkt. Dit venster toont zo de uitkomst.'),
      } as never);
      ctx.log.warn({ view: callbackId, viewId }, 'view-submission trager dan de ack-termijn');
    }
    const r = vroeg ?? (await werk);

    if ('fout' in r) {
      logFout(ctx.log, r.fout, 'view-submission geweigerd', { view: callbackId, viewId });
      if (vroeg) {
        const antwoord: ViewAntwoord = isDomeinFout(r.fout)
          ? foutenVoorView(r.fout, blokken, onder)
          : { response_action: 'errors', errors: { [onder]: ONBEKENDE_FOUT } };
        await ack(antwoord as never);
        return;
      }
      // Too late for inline errors: the modal says what went wrong; the form can be opened again.
      await client.views
        .update({
          view_id: viewId,
          view: meldingModal(
            'Niet opgeslagen',
            isDomeinFout(r.fout) ? foutTekst(r.fout) : ONBEKENDE_FOUT,
          ) as never,
        })
        .catch((fout: unknown) => logFout(ctx.log, fout, 'late foutmelding mislukt', { view: callbackId }));
      return;
    }

    const { uit } = r;
    if (vroeg) {
      await ack(uit.antwoord ? (viewAntwoordSchema.parse(uit.antwoord) as never) : undefined);
    } else {
      const nieuw =
        uit.antwoord?.response_action === 'update'
          ? uit.antwoord.view
          : meldingModal('Opgeslagen', 'Uw invoer is opgeslagen.');
      await client.views
        .update({ view_id: viewId, view: nieuw as never })
        .catch((fout: unknown) => logFout(ctx.log, fout, 'late bevestiging mislukt', { view: callbackId }));
    }
    if (!uit.daarna) return;
    try {
      await uit.daarna();
    } catch (fout) {
      logFout(ctx.log, fout, 'na view-submission mislukt', { view: callbackId });
    }
  });
}
