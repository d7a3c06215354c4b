// Stored conversation references and Teams user ids: what proactive messages and card refresh need.
// Keys: `kanaal:<channel id>`, `persoon:<Entra object id>` (the 1:1 chat), `groep:<chat id>`,
// `gebruiker:<Entra object id>` (the user's Teams id, 29:…), `tenant:<tenant id>` and `dienst` (the
// bot and service URL last seen, to start a chat with someone who never wrote to the bot).
import type { KaartStand } from '../../src/domain/berichten.ts';
import type { Logboek } from '../../src/logboek.ts';
import type { Diensten } from '../../src/services/context.ts';
import {
  bewaarGesprek,
  gesprek,
  platformIdsVanLeden,
  voorzittersVanTafel,
} from '../../src/services/platformgeheugen.ts';
import {
  type Activiteit,
  type GesprekReferentie,
  referentieSchema,
  tenantVan,
  zonderDraad,
} from './activiteit.ts';
import type { BotKoppeling } from './botframework.ts';

const PLATFORM = 'teams';
/** Teams refreshes a card automatically for at most 60 listed users. */
const MAX_USER_IDS = 60;

export interface Kanaal {
  ref: GesprekReferentie;
  teamId?: string;
}

export function kanaalIdVan(a: Activiteit): string | null {
  if (a.channelData?.channel?.id) return a.channelData.channel.id;
  return a.conversation.conversationType === 'channel' ? zonderDraad(a.conversation.id) : null;
}

/**
 * The Teams identities (Entra object ids) of table members. A read of stored state only; it belongs in
 * src/services/overzicht.ts (see the issue note) and lives here until that lands.
 */
export type Gesprekken = ReturnType<typeof maakGesprekken>;

export function maakGesprekken(d: Diensten, koppeling: BotKoppeling, log: Logboek, tenantId?: string) {
  // What this process last wrote per key: an unchanged reference is not written again on every turn.
  const geschreven = new Map<string, string>();

  async function bewaar(soort: string, sleutel: string, referentie: GesprekReferentie & { teamId?: string }) {
    const json = JSON.stringify(referentie);
    if (geschreven.get(sleutel) === json) return;
    await bewaarGesprek(d, { platform: PLATFORM, soort, sleutel, referentie });
    geschreven.set(sleutel, json);
  }

  async function lees(sleutel: string): Promise<(GesprekReferentie & { teamId?: string }) | null> {
    const rij = await gesprek(d, PLATFORM, sleutel);
    if (!rij) return null;
    const parsed = referentieSchema.safeParse(rij.referentie);
    if (!parsed.success) {
      log.warn({ sleutel: sleutel.split(':')[0] }, 'teams: opgeslagen gespreksreferentie onleesbaar');
      return null;
    }
    return parsed.data as GesprekReferentie & { teamId?: string };
  }

  async function mri(aad: string): Promise<string | null> {
    return (await lees(`gebruiker:${aad}`))?.user?.id ?? null;
  }

  return {
    /** Keeps every reference an incoming activity gives, so later messages can be sent proactively. */
    async onthoud(a: Activiteit): Promise<void> {
      const tenant = tenantVan(a);
      // Bot and service, not a conversation: the same for every chat, so it is written once, not per turn.
      const basis: GesprekReferentie = {
        bot: { id: a.recipient.id, ...(a.recipient.name ? { name: a.recipient.name } : {}) },
        conversation: { id: '-', ...(tenant ? { tenantId: tenant } : {}) },
        channelId: a.channelId,
        serviceUrl: a.serviceUrl,
      };
      const aad = a.from.aadObjectId;
      const gebruiker = aad ? { id: a.from.id, aadObjectId: aad } : undefined;
      const kanaalId = kanaalIdVan(a);
      if (kanaalId) {
        await bewaar('kanaal', `kanaal:${kanaalId}`, {
          ...basis,
          conversation: {
            id: kanaalId,
            isGroup: true,
            conversationType: 'channel',
            ...(tenant ? { tenantId: tenant } : {}),
          },
          ...(a.channelData?.team?.id ? { teamId: a.channelData.team.id } : {}),
        });
      } else if (a.conversation.conversationType === 'personal' && aad && gebruiker) {
        await bewaar('persoonlijk', `persoon:${aad}`, {
          ...basis,
          user: gebruiker,
          conversation: {
            id: a.conversation.id,
            conversationType: 'personal',
            ...(tenant ? { tenantId: tenant } : {}),
          },
        });
      } else if (a.conversation.conversationType === 'groupChat') {
        await bewaar('groep', `groep:${a.conversation.id}`, { ...basis, conversation: a.conversation });
      }
      if (aad && gebruiker && a.from.id !== aad)
        await bewaar('gebruiker', `gebruiker:${aad}`, { ...basis, user: gebruiker });
      await bewaar('dienst', 'dienst', basis);
      if (tenant) await bewaar('dienst', `tenant:${tenant}`, basis);
    },

    bewaarPersoonlijk: (aad: string, ref: GesprekReferentie) => bewaar('persoonlijk', `persoon:${aad}`, ref),

    persoonlijk: (aad: string) => lees(`persoon:${aad}`),

    /** The channel's stored reference; else one built from the bot's service, valid in any channel of its teams. */
    async kanaal(kanaalId: string): Promise<Kanaal | null> {
      const bekend = await lees(`kanaal:${kanaalId}`);
      if (bekend) return { ref: bekend, ...(bekend.teamId ? { teamId: bekend.teamId } : {}) };
      const basis = (tenantId ? await lees(`tenant:${tenantId}`) : null) ?? (await lees('dienst'));
      if (!basis) return null;
      return {
        ref: {
          bot: basis.bot,
          conversation: {
            id: kanaalId,
            isGroup: true,
            conversationType: 'channel',
            tenantId: basis.conversation.tenantId,
          },
          channelId: basis.channelId,
          serviceUrl: basis.serviceUrl,
        },
      };
    },

    /** Where to start a 1:1 chat with someone: their own last-seen service, the tenant's, or any. */
    async basisVoor(aad: string): Promise<GesprekReferentie | null> {
      return (
        (await lees(`gebruiker:${aad}`)) ??
        (tenantId ? await lees(`tenant:${tenantId}`) : null) ??
        (await lees('dienst'))
      );
    },

    mri,

    /**
     * Teams user ids for the card's automatic refresh: the members listed on it and the table's chair, who
     * otherwise taps Vernieuwen to reach the chair's controls. With `via` (delivery, not an invoke) an
     * unknown member is looked up in the team roster once and remembered.
     */
    async userIdsVoorKaart(k: KaartStand, via?: Kanaal): Promise<string[]> {
      if (!k.ronde) return [];
      // Teams lists at most 60; beyond that, whoever is left out taps Vernieuwen once. The chair always
      // has a place: one person who acts on every casus of the table (extend, agenda, a tie to break).
      // Then those the round waits for (the answer form is what the card is for), last who already
      // answered (they only see their own answer again).
      const lidIds = [
        ...(await voorzittersVanTafel(d, k.casus.tafelId)),
        ...k.ronde.wachtend.map((l) => l.lidId),
        ...k.ronde.geantwoord.map((l) => l.lidId),
      ];
      const uit: string[] = [];
      for (const aad of await platformIdsVanLeden(d, lidIds, PLATFORM)) {
        if (uit.length >= MAX_USER_IDS) break;
        let id = await mri(aad);
        if (!id && via) {
          const lid = await koppeling.lid(via.ref, via.teamId ?? via.ref.conversation.id, aad);
          if (lid?.id) {
            id = lid.id;
            await bewaar('gebruiker', `gebruiker:${aad}`, {
              bot: via.ref.bot,
              user: { id: lid.id, aadObjectId: aad },
              conversation: { id: '-', tenantId: via.ref.conversation.tenantId },
              channelId: via.ref.channelId,
              serviceUrl: via.ref.serviceUrl,
            });
          }
        }
        if (id && !uit.includes(id)) uit.push(id);
      }
      return uit;
    },
  };
}
