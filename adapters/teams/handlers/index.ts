// One entry for every activity Teams sends: parse it (zod), remember where it came from, route it.
// Every invoke the bot's own cards and manifest can cause is handled here; others get 501.
import { eersteLevering } from '../../../src/services/eenmalig.ts';
import { STANDAARDTAAL } from '../../../src/taal/taal.ts';
import { tekst } from '../../../src/taal/tekst.ts';
import { type Activiteit, activiteitSchema, type InvokeAntwoord } from '../activiteit.ts';
import type { Beurt, Beurtverwerker } from '../botframework.ts';
import { kanaalIdVan } from '../gesprekken.ts';
import { kaartBericht } from '../kaarten/bouwstenen.ts';
import { welkomkaart } from '../kaarten/index.ts';
import { tekstkaart } from '../kaarten/meldingen.ts';
import { dienFormulierIn, openFormulier } from './formulier.ts';
import { digest, foutAntwoord, logFout, type TeamsContext, taalVanActor } from './gemeenschappelijk.ts';
import { verwerkKaartactie } from './kaartacties.ts';
import { verwerkBericht } from './opdrachten.ts';

async function verwerkInvoke(
  t: TeamsContext,
  a: Activiteit,
  beurt: Beurt,
): Promise<InvokeAntwoord | undefined> {
  switch (a.name) {
    case 'adaptiveCard/action':
      return verwerkKaartactie(t, a, beurt);
    case 'task/fetch':
      return openFormulier(t, a, 'dialoog');
    case 'task/submit':
      return dienFormulierIn(t, a, 'dialoog');
    case 'composeExtension/fetchTask':
      return openFormulier(t, a, 'extensie');
    case 'composeExtension/submitAction':
      return dienFormulierIn(t, a, 'extensie');
    default:
      return undefined;
  }
}

/**
 * The bot was added (to a team, a chat or someone's personal scope): greet once. Teams also sends an
 * installationUpdate for the same install; its reference is kept, the greeting is not repeated.
 */
async function verwerkInstallatie(t: TeamsContext, a: Activiteit, beurt: Beurt): Promise<void> {
  if (a.type !== 'conversationUpdate' || !(a.membersAdded ?? []).some((m) => m.id === a.recipient.id)) return;
  t.log.info({ gesprek: a.conversation.conversationType ?? 'onbekend' }, 'teams: bot toegevoegd');
  const taal = await taalVanActor(t, a);
  const r = await beurt.antwoord(
    kaartBericht(welkomkaart(kanaalIdVan(a) !== null, taal), tekst(taal, 'verbinding.teams.welkom.kop')),
  );
  if (!r.ok) t.log.warn({ fout: r.fout }, 'teams: welkom niet verstuurd');
}

async function eersteKeer(t: TeamsContext, a: Activiteit): Promise<boolean> {
  try {
    return await eersteLevering(t.d, `teams:activiteit:${digest([a.conversation.id, a.id])}`, t.d.klok.nu());
  } catch (fout) {
    logFout(t.log, fout, 'activiteit-vastleggen');
    return true;
  }
}

export function maakVerwerker(t: TeamsContext): Beurtverwerker {
  return async (beurt) => {
    const parsed = activiteitSchema.safeParse(beurt.activiteit);
    if (!parsed.success) {
      t.log.warn(
        { velden: parsed.error.issues.map((i) => i.path.join('.')).slice(0, 5) },
        'teams: activiteit onleesbaar',
      );
      const soort = (beurt.activiteit as { type?: unknown } | null)?.type;
      // Unparsed, the activity names nobody whose language could be looked up.
      return soort === 'invoke'
        ? foutAntwoord(400, tekst(STANDAARDTAAL, 'verbinding.teams.onleesbaar'))
        : undefined;
    }
    const a = parsed.data;
    // The Bot Framework Emulator has no Entra ID; without an app id nothing is authenticated anyway, so
    // locally its user id stands in for the object id (matched against `teams:` in the tables file).
    if (t.koppeling.emulatormodus && a.channelId === 'emulator' && !a.from.aadObjectId)
      a.from.aadObjectId = a.from.id;
    t.log.debug({ soort: a.type, naam: a.name }, 'teams: activiteit');
    try {
      await t.gesprekken.onthoud(a);
    } catch (fout) {
      // Bookkeeping of references must not cost the user their answer.
      logFout(t.log, fout, 'referentie-bewaren');
    }
    // Teams repeats an activity it thinks went unanswered, with the same id, to any replica. A message or a
    // greeting seen before is ignored; an invoke is answered again (its stored changes carry request keys,
    // so a repeat returns the first outcome; skipping it would leave the user without an answer).
    if (a.id && a.type !== 'invoke' && !(await eersteKeer(t, a))) {
      t.log.info({ soort: a.type }, 'teams: herhaalde activiteit genegeerd');
      return undefined;
    }
    try {
      switch (a.type) {
        case 'message':
          await verwerkBericht(t, a, beurt);
          return undefined;
        case 'conversationUpdate':
        case 'installationUpdate':
          await verwerkInstallatie(t, a, beurt);
          return undefined;
        case 'invoke':
          return await verwerkInvoke(t, a, beurt);
        default:
          return undefined;
      }
    } catch (fout) {
      logFout(t.log, fout, `${a.type}${a.name ? ` ${a.name}` : ''}`);
      const taal = await taalVanActor(t, a);
      if (a.type === 'invoke')
        return { status: 500, body: { fout: tekst(taal, 'verbinding.teams.mislukt') } };
      await beurt.antwoord(
        kaartBericht(
          tekstkaart([tekst(taal, 'verbinding.teams.mislukt')], { fout: true }),
          tekst(taal, 'verbinding.teams.mislukt_kort'),
        ),
      );
      return undefined;
    }
  };
}
