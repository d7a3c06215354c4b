// The intake modal is submitted: raiseCasus decides; its field errors (also the privacy gate's) go back
// under the inputs, and on success the modal shows the reference (and the draft is gone). Refused, or
// closed without raising: what was typed is kept as the person's draft (services/concept.ts), never
// logged.
import type { App } from '@slack/bolt';
import { isDomeinFout } from '../../../../src/domain/fouten.ts';
import { CRISISVELDEN, type IntakeInvoer } from '../../../../src/domain/intake.ts';
import { raiseCasus } from '../../../../src/services/casus.ts';
import { bewaarConcept } from '../../../../src/services/concept.ts';
import type { Identiteit } from '../../../../src/services/identiteit.ts';
import { intakeMeta, leesMeta, VIEW } from '../../ids.ts';
import {
  type InvoerWaarden,
  identiteit,
  lees,
  leesMeerdere,
  leesOptieTekst,
  viewGeslotenSchema,
} from '../../payloads.ts';
import { crisisModal, ingediendModal } from '../../weergave/modals.ts';
import { logFout, type SlackContext } from '../gedeeld.ts';
import { verwerkView, verzoekSleutel } from './verwerk.ts';

const TEKSTVELDEN = [
  'tafel',
  'titel',
  'situatie',
  'knelpunt',
  'knelpuntVrij',
  'gevraagdeOplossing',
  'kostenMaatwerk',
  'kostenNietsDoen',
  'kostenNietsDoenToelichting',
  'urgentie',
  'betrokkenheid',
  'betrokkenheidToelichting',
  'toestemming',
  'toestemmingAfweging',
  'eigenReferentie',
] as const;

/** What the intake modal holds now, by field name (as the form's inputs give it). */
export function intakeWaarden(v: InvoerWaarden): Record<string, string | string[] | undefined> {
  const w: Record<string, string | string[] | undefined> = Object.fromEntries(
    TEKSTVELDEN.map((veld) => [veld, lees(v, veld)]),
  );
  if ('leefgebieden' in v) w.leefgebieden = leesMeerdere(v, 'leefgebieden');
  return w;
}

/** Whether the modal is in the crisis shape: it then shows only the crisis fields. */
export const isCrisisvorm = (v: InvoerWaarden) => !('situatie' in v);

/**
 * Keeps the modal's values as the person's draft (or removes it when nothing was typed). The crisis form
 * replaces only the fields it shows: a situation typed before the switch to it stays in the draft. Never
 * throws: a draft that cannot be kept must not change what the person is told, and the log gets no text.
 */
export async function bewaarIntake(
  ctx: SlackContext,
  wie: Identiteit,
  view: { id: string; values: InvoerWaarden },
  wanneer: 'gesloten' | 'geweigerd' | 'crisisvorm',
): Promise<void> {
  try {
    const bewaard = await bewaarConcept(
      ctx.d,
      wie,
      intakeWaarden(view.values),
      isCrisisvorm(view.values) ? { alleen: CRISISVELDEN } : {},
    );
    ctx.log.info({ viewId: view.id, bewaard }, `intake ${wanneer}: concept bijgewerkt`);
  } catch (fout) {
    // A database error may quote the row it failed on: only its kind goes to the log.
    if (isDomeinFout(fout)) logFout(ctx.log, fout, 'concept bewaren mislukt', { viewId: view.id });
    else
      ctx.log.error(
        { viewId: view.id, soort: fout instanceof Error ? fout.name : typeof fout },
        'concept bewaren mislukt',
      );
  }
}

export function registreer(app: App, ctx: SlackContext): void {
  // Acked after the save: the modal is closed already and nobody waits on this answer.
  app.view({ callback_id: VIEW.intake, type: 'view_closed' }, async ({ ack, body }) => {
    const p = viewGeslotenSchema.safeParse(body);
    if (!p.success) {
      await ack();
      // The issues name fields and limits, never what was typed.
      logFout(ctx.log, p.error, 'onleesbare view_closed', { view: VIEW.intake });
      return;
    }
    const v = p.data.view;
    await bewaarIntake(
      ctx,
      identiteit(p.data.user, p.data.team?.id),
      { id: v.id, values: v.state.values },
      'gesloten',
    );
    await ack();
  });

  verwerkView(
    app,
    ctx,
    VIEW.intake,
    'titel',
    async (p, _client, taal) => {
      const v = p.view.state.values;
      const invoer: Record<string, unknown> = intakeWaarden(v);
      // One table: the form showed no choice and carries it in its metadata.
      invoer.tafel ??= leesMeta(intakeMeta, p.view.private_metadata).tafel;
      const r = await raiseCasus(ctx.d, identiteit(p.user, p.team?.id), invoer as unknown as IntakeInvoer, {
        verzoek: verzoekSleutel(p),
      });
      ctx.log.info({ casus: r.referentie, status: r.status, viewId: p.view.id }, 'casus ingediend via slack');
      return {
        antwoord: {
          response_action: 'update',
          view:
            r.status === 'crisis_doorverwezen'
              ? crisisModal(r.referentie, taal)
              : ingediendModal(
                  {
                    referentie: r.referentie,
                    tafelNaam: leesOptieTekst(v, 'tafel'),
                    deadline: r.deadline ? new Date(r.deadline) : null,
                  },
                  taal,
                ),
        },
      };
    },
    // A refused submit (a field, the privacy gate) keeps what was typed too: closing the modal would
    // send view_closed, but a phone app killed after the refusal sends nothing, and the text would be
    // lost. After the ack, so the errors reach the person no later than before.
    {
      naWeigering: (p) =>
        bewaarIntake(
          ctx,
          identiteit(p.user, p.team?.id),
          { id: p.view.id, values: p.view.state.values },
          'geweigerd',
        ),
    },
  );
}
