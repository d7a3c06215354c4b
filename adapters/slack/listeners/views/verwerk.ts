// One shape for every modal submission: parse, call one service with the view id as idempotency key,
// answer in the ack (errors inline, or a new view), and only then do what others may wait for.
// Slack gives 3 seconds: when the service is slower (a busy database), the modal is acked with a
// "being processed" view before that, and updated with the outcome once it is known, so the user never
// sees Slack's timeout error for an answer that was in fact stored.
import type { App } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { type DomeinFout, isDomeinFout, veldTekst } from '../../../../src/domain/fouten.ts';
import { STANDAARDTAAL, type Taal } from '../../../../src/taal/taal.ts';
import { tekst } from '../../../../src/taal/tekst.ts';
import { type ViewAntwoord, viewAntwoordSchema } from '../../blockkit.ts';
import { type ViewPayload, viewSchema } from '../../payloads.ts';
import { meldingModal } from '../../weergave/modals.ts';
import { foutenVoorView, logFout, type SlackContext } from '../gedeeld.ts';
import { taalVanActor } from '../taal.ts';

export interface ViewUitkomst {
  /** What Slack does with the modal; none closes it. */
  antwoord?: ViewAntwoord;
  /** After the ack: confirmations and other calls the user need not wait for. */
  daarna?: () => Promise<void>;
}

export const verzoekSleutel = (p: ViewPayload) => `slack:view:${p.view.id}`;

/** Leaves room under Slack's 3 s for the ack itself to travel. */
export const STANDAARD_ACK_BINNEN_MS = 2500;

function foutTekst(fout: DomeinFout, taal: Taal): string {
  const velden = fout.velden.map((v) => veldTekst(v, taal));
  return velden.length > 0 ? `${fout.tekst(taal)}\n${velden.join('\n')}` : fout.tekst(taal);
}

export interface ViewOpties {
  /**
   * After the ack of a refused submit (inline errors, or the late "not saved" view): work the person
   * need not wait for, such as keeping what was typed. Slack sends nothing more if the app is then
   * killed, so this is the last moment the form's values reach us.
   */
  naWeigering?: (p: ViewPayload, fout: unknown) => Promise<void>;
}

export function verwerkView(
  app: App,
  ctx: SlackContext,
  callbackId: string,
  standaard: string,
  actie: (p: ViewPayload, client: WebClient, taal: Taal) => Promise<ViewUitkomst>,
  opties: ViewOpties = {},
): void {
  app.view(callbackId, async ({ ack, body, client, context }) => {
    // Looked up next to the work, not before it: a slow lookup must not eat the ack's 3 seconds, so the
    // "being processed" view uses the default language if the person's is not known by then.
    let taal: Taal = STANDAARDTAAL;
    const taalKlaar = taalVanActor(context).then((gevonden) => {
      taal = gevonden;
      return gevonden;
    });
    const p = viewSchema.safeParse(body);
    if (!p.success) {
      logFout(ctx.log, p.error, 'onleesbare view-submission', { view: callbackId });
      await ack({
        response_action: 'errors',
        errors: { [standaard]: tekst(await taalKlaar, 'formulier.onleesbaar_formulier') },
      });
      return;
    }
    const viewId = p.data.view.id;
    const blokken = Object.keys(p.data.view.state.values);
    const onder = blokken.includes(standaard) ? standaard : (blokken[0] ?? standaard);
    const werk = taalKlaar
      .then((gevonden) => actie(p.data, client, gevonden))
      .then(
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
        view: meldingModal(
          tekst(taal, 'formulier.verwerken.titel'),
          tekst(taal, 'formulier.verwerken.tekst'),
          taal,
        ),
      } as never);
      ctx.log.warn({ view: callbackId, viewId }, 'view-submission trager dan de ack-termijn');
    }
    const r = vroeg ?? (await werk);

    if ('fout' in r) {
      logFout(ctx.log, r.fout, 'view-submission geweigerd', { view: callbackId, viewId });
      const { naWeigering } = opties;
      const daarna = async () => {
        if (!naWeigering) return;
        try {
          await naWeigering(p.data, r.fout);
        } catch (fout) {
          logFout(ctx.log, fout, 'na geweigerde view-submission mislukt', { view: callbackId });
        }
      };
      if (vroeg) {
        const antwoord: ViewAntwoord = isDomeinFout(r.fout)
          ? foutenVoorView(r.fout, blokken, onder, taal)
          : {
              response_action: 'errors',
              errors: { [onder]: tekst(taal, 'formulier.niet_opgeslagen.tekst') },
            };
        await ack(antwoord as never);
        await daarna();
        return;
      }
      // Too late for inline errors: the modal says what went wrong; the form can be opened again (with
      // what was typed, when `naWeigering` kept it).
      await daarna();
      await client.views
        .update({
          view_id: viewId,
          view: meldingModal(
            tekst(taal, 'formulier.niet_opgeslagen.titel'),
            isDomeinFout(r.fout) ? foutTekst(r.fout, taal) : tekst(taal, 'formulier.niet_opgeslagen.tekst'),
            taal,
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
          : meldingModal(
              tekst(taal, 'formulier.opgeslagen.titel'),
              tekst(taal, 'formulier.opgeslagen.tekst'),
              taal,
            );
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
