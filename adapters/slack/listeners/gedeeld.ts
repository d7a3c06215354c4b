// What every listener shares: the services, a log that never sees casus text, refusals, modal errors.
import type { WebClient } from '@slack/web-api';
import { type DomeinFout, isDomeinFout, veldTekst } from '../../../src/domain/fouten.ts';
import type { Logboek } from '../../../src/logboek.ts';
import type { Diensten } from '../../../src/services/context.ts';
import type { KaartVoorPersoon } from '../../../src/services/overzicht.ts';
import type { Taal } from '../../../src/taal/taal.ts';
import { tekst as zin } from '../../../src/taal/tekst.ts';
import { LIMIET, type Modal, modalSchema, type ViewAntwoord } from '../blockkit.ts';
import { md } from '../tekst.ts';
import { sectie } from '../weergave/bouwstenen.ts';
import { statusTekst } from '../weergave/kaart.ts';
import { meldingModal } from '../weergave/modals.ts';

export interface SlackContext {
  d: Diensten;
  log: Logboek;
  /** How long a modal submission may take before it is acked with a "being processed" view. */
  ackBinnenMs?: number;
}

/**
 * A refusal (DomeinFout) as its code and field names, at info; any other error at error, through the log's
 * error rule (message and stack without quoted values; see `veiligeFout`).
 */
export function logFout(
  log: Logboek,
  fout: unknown,
  wat: string,
  extra: Record<string, string | undefined> = {},
) {
  if (isDomeinFout(fout)) {
    log.info({ ...extra, ...fout.voorLog() }, wat);
    return;
  }
  log.error({ ...extra, err: fout }, wat);
}

export async function openModal(client: WebClient, triggerId: string, view: Modal): Promise<void> {
  await client.views.open({ trigger_id: triggerId, view: modalSchema.parse(view) as never });
}

export interface Waar {
  gebruiker: string;
  kanaal?: string | undefined;
  triggerId?: string | undefined;
}

/** A refusal only the user sees: ephemeral in the channel, or a small modal where there is no channel. */
export async function weiger(client: WebClient, waar: Waar, tekst: string, taal: Taal = 'nl'): Promise<void> {
  if (waar.kanaal) {
    try {
      await client.chat.postEphemeral({
        channel: waar.kanaal,
        user: waar.gebruiker,
        text: md(tekst, LIMIET.berichtTekst),
        blocks: [sectie(md(tekst, LIMIET.sectieTekst))] as never,
      });
      return;
    } catch {
      // Not in that channel (or it is gone): fall back to a modal, if the click is still fresh.
    }
  }
  if (waar.triggerId)
    await openModal(client, waar.triggerId, meldingModal(zin(taal, 'formulier.niet_mogelijk'), tekst, taal));
}

/** The same private channel for good news (a confirmation) as for a refusal. */
export const meld = weiger;

export type BeslisSoort = 'antwoord' | 'voorzitter' | 'bestuurder';

/** Why this person may not act, worded from the reason the rules (src/domain/bevoegdheid.ts) gave. */
export function weigerTekst(k: KaartVoorPersoon, soort: BeslisSoort, taal: Taal = 'nl'): string {
  const c = k.kaart.casus;
  const b = k.bevoegdheid;
  const waarden = { referentie: c.referentie, tafel: c.tafelNaam, status: statusTekst(c, taal) };
  if (soort === 'antwoord') {
    const reden = b.antwoorden.mag ? null : b.antwoorden.reden;
    return zin(
      taal,
      reden === 'ronde_gesloten'
        ? 'formulier.weigering.ronde_gesloten'
        : reden === 'wacht_op_aanvulling'
          ? 'fouten.stand.wacht_op_aanvulling_antwoord'
          : 'formulier.weigering.geen_lid',
      waarden,
    );
  }
  if (soort === 'voorzitter') {
    return zin(
      taal,
      !b.alsVoorzitter.mag && b.alsVoorzitter.reden !== 'geen_voorzitter'
        ? 'formulier.weigering.niet_bij_voorzitter'
        : 'formulier.weigering.geen_voorzitter',
      waarden,
    );
  }
  return zin(
    taal,
    !b.alsBestuurder.mag && b.alsBestuurder.reden !== 'andere_bestuurder'
      ? 'formulier.weigering.niet_bij_bestuurder'
      : 'formulier.weigering.andere_bestuurder',
    waarden,
  );
}

/**
 * A DomeinFout as inline errors under the modal's inputs. Field names are the block ids ('toezegging.taak'
 * becomes 'toezegging_taak'); what matches no input goes under `standaard`. A privacy finding carries the
 * suggested text without the personal data, so the user can copy it; it is shown, never logged.
 */
export function foutenVoorView(
  fout: DomeinFout,
  blokken: readonly string[],
  standaard: string,
  taal: Taal = 'nl',
): ViewAntwoord {
  const errors: Record<string, string> = {};
  const voeg = (blok: string, tekst: string) => {
    const samen = errors[blok] ? `${errors[blok]} ${tekst}` : tekst;
    errors[blok] = samen.length > LIMIET.foutTekst ? `${samen.slice(0, LIMIET.foutTekst - 1)}…` : samen;
  };
  for (const v of fout.velden) {
    const sleutel = v.veld.replace(/\[\d+\]/g, '').replace(/\./g, '_');
    const blok = blokken.includes(sleutel)
      ? sleutel
      : (blokken.find((b) => b.startsWith(`${sleutel}_`) || sleutel.startsWith(`${b}_`)) ?? standaard);
    const bericht = veldTekst(v, taal);
    voeg(
      blok,
      v.suggestie
        ? `${bericht} ${zin(taal, 'formulier.intake.voorstel_kort', { suggestie: v.suggestie })}`
        : bericht,
    );
  }
  if (fout.velden.length === 0) voeg(standaard, fout.tekst(taal));
  return { response_action: 'errors', errors };
}
