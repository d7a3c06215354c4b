// The other buttons: a new casus from App Home, answering a bestuurder's question, the evaluation, a
// commitment marked done, and the urgency switch in the intake that turns the form into the short crisis
// form and back.
import type { App } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { AANVULLINGEN, INTAKE_MEER } from '../../../../src/domain/intake.ts';
import { leesConcept } from '../../../../src/services/concept.ts';
import { tafelsVoorIndiener } from '../../../../src/services/overzicht.ts';
import type { Taal } from '../../../../src/taal/taal.ts';
import { modalSchema } from '../../blockkit.ts';
import { ACTIE, intakeMeta, knopWaarde, leesMeta } from '../../ids.ts';
import { actieSchema, identiteit, lees } from '../../payloads.ts';
import {
  aanvulModal,
  afwijkingModal,
  evaluatieModal,
  informatieAntwoordModal,
  intakeModal,
  toestemmingModal,
  toezeggingModal,
} from '../../weergave/modals.ts';
import { logFout, openModal, type SlackContext } from '../gedeeld.ts';
import { openIntake } from '../openen.ts';
import { taalVanActor } from '../taal.ts';
import { bewaarIntake, intakeWaarden, isCrisisvorm } from '../views/indienen.ts';

async function wisselUrgentie(ctx: SlackContext, client: WebClient, body: unknown, taal: Taal) {
  const p = actieSchema.parse(body);
  const view = p.view;
  if (!view?.state) return;
  const crisis = p.actions[0]!.selected_option?.value === 'crisis';
  const nuCrisis = isCrisisvorm(view.state.values);
  if (crisis === nuCrisis) return;
  // The crisis form shows only the title: what else was typed would be gone with the blocks that held
  // it. It is kept as the draft first (a tap on "crisis" by mistake, or the crisis is over), and the
  // normal form takes it back from there.
  if (crisis)
    await bewaarIntake(
      ctx,
      identiteit(p.user, p.team?.id),
      { id: view.id, values: view.state.values },
      'crisisvorm',
    );
  await werkIntakeBij(ctx, client, p, { crisis, taal });
}

/** The intake modal again, in another shape (crisis, every field), with what was typed kept. */
async function werkIntakeBij(
  ctx: SlackContext,
  client: WebClient,
  p: ReturnType<typeof actieSchema.parse>,
  o: { crisis?: boolean; volledig?: boolean; taal?: Taal },
) {
  const view = p.view;
  if (!view?.state) return;
  const wie = identiteit(p.user, p.team?.id);
  const { kanaal, volledig, concept } = leesMeta(intakeMeta, view.private_metadata);
  const { tafels, knelpunten } = await tafelsVoorIndiener(ctx.d, wie);
  // Out of the crisis form: what it did not show comes back from the draft.
  const verborgen =
    !o.crisis && isCrisisvorm(view.state.values) ? ((await leesConcept(ctx.d, wie))?.waarden ?? {}) : {};
  const waarden = { ...verborgen, ...zonderLeeg(intakeWaarden(view.state.values)) };
  const nieuw = intakeModal({
    tafels,
    knelpunten,
    tafelId: lees(view.state.values, 'tafel'),
    kanaal,
    crisis: o.crisis ?? false,
    volledig: o.volledig ?? volledig ?? INTAKE_MEER.some((veld) => veld in verborgen),
    waarden,
    // Still the draft it opened with: the line saying so stays in every shape of the form.
    concept: concept ? new Date(concept) : undefined,
    taal: o.taal,
  });
  await client.views.update({
    view_id: view.id,
    ...(view.hash ? { hash: view.hash } : {}),
    view: modalSchema.parse(nieuw) as never,
  });
}

/** The form's values without the fields it left empty, so they do not hide what the draft holds. */
const zonderLeeg = (w: Record<string, string | string[] | undefined>) =>
  Object.fromEntries(Object.entries(w).filter(([, v]) => v !== undefined && v !== ''));

export function registreer(app: App, ctx: SlackContext): void {
  app.action(ACTIE.nieuw, async ({ ack, body, client, context }) => {
    await ack();
    try {
      const p = actieSchema.parse(body);
      await openIntake(ctx, client, {
        identiteit: identiteit(p.user, p.team?.id),
        triggerId: p.trigger_id,
        taal: await taalVanActor(context),
      });
    } catch (fout) {
      logFout(ctx.log, fout, 'nieuwe-casus-openen-mislukt');
    }
  });

  app.action(ACTIE.intakeMeer, async ({ ack, body, client, context }) => {
    await ack();
    try {
      await werkIntakeBij(ctx, client, actieSchema.parse(body), {
        volledig: true,
        taal: await taalVanActor(context),
      });
    } catch (fout) {
      logFout(ctx.log, fout, 'meer-velden-mislukt');
    }
  });

  app.action(ACTIE.intakeUrgentie, async ({ ack, body, client, context }) => {
    await ack();
    try {
      await wisselUrgentie(ctx, client, body, await taalVanActor(context));
    } catch (fout) {
      logFout(ctx.log, fout, 'urgentie-wisselen-mislukt');
    }
  });

  // Who may answer the question, record consent or the evaluation is decided when the modal is submitted.
  app.action(ACTIE.informatieAntwoord, async ({ ack, body, client }) => {
    await ack();
    try {
      const p = actieSchema.parse(body);
      const verzoekId = knopWaarde.parse(p.actions[0]!.value);
      await openModal(client, p.trigger_id, informatieAntwoordModal(verzoekId, p.channel?.id));
    } catch (fout) {
      logFout(ctx.log, fout, 'informatie-antwoord-openen-mislukt');
    }
  });

  app.action(ACTIE.aanvullen, async ({ ack, body, client, context }) => {
    await ack();
    try {
      const p = actieSchema.parse(body);
      const [casusId = '', welke = ''] = knopWaarde.parse(p.actions[0]!.value).split('|');
      const ontbreekt = AANVULLINGEN.filter((a) => welke.split(',').includes(a));
      await openModal(
        client,
        p.trigger_id,
        aanvulModal(casusId, ontbreekt, p.channel?.id, await taalVanActor(context)),
      );
    } catch (fout) {
      logFout(ctx.log, fout, 'aanvullen-openen-mislukt');
    }
  });

  app.action(ACTIE.toestemming, async ({ ack, body, client }) => {
    await ack();
    try {
      const p = actieSchema.parse(body);
      const casusId = knopWaarde.parse(p.actions[0]!.value);
      await openModal(client, p.trigger_id, toestemmingModal(casusId, p.channel?.id));
    } catch (fout) {
      logFout(ctx.log, fout, 'toestemming-openen-mislukt');
    }
  });

  app.action(ACTIE.afwijking, async ({ ack, body, client }) => {
    await ack();
    try {
      const p = actieSchema.parse(body);
      const besluitId = knopWaarde.parse(p.actions[0]!.value);
      await openModal(client, p.trigger_id, afwijkingModal(besluitId, p.channel?.id));
    } catch (fout) {
      logFout(ctx.log, fout, 'afwijking-toelichten-openen-mislukt');
    }
  });

  app.action(ACTIE.toezeggingGedaan, async ({ ack, body, client, context }) => {
    await ack();
    try {
      const p = actieSchema.parse(body);
      const toezeggingId = knopWaarde.parse(p.actions[0]!.value);
      const taal = await taalVanActor(context);
      await openModal(client, p.trigger_id, toezeggingModal(toezeggingId, p.channel?.id, taal));
    } catch (fout) {
      logFout(ctx.log, fout, 'toezegging-openen-mislukt');
    }
  });

  app.action(ACTIE.evaluatie, async ({ ack, body, client }) => {
    await ack();
    try {
      const p = actieSchema.parse(body);
      const besluitId = knopWaarde.parse(p.actions[0]!.value);
      await openModal(client, p.trigger_id, evaluatieModal(besluitId, p.channel?.id));
    } catch (fout) {
      logFout(ctx.log, fout, 'evaluatie-openen-mislukt');
    }
  });
}
