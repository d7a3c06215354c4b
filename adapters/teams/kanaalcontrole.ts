// What Teams shows of a channel the chair binds: its membership type (standard, private or shared) from the
// activity's channelData, else from the team's channel list (TeamsInfo.getTeamChannels), and who is in it
// (the conversation's paged members, each with userRole and tenantId). Every answer is parsed with zod; a
// failed read becomes a code, never a silent "fine". What counts as wider than the table is decided in
// src/domain/kanaalbreedte.ts, by the service.
import type { Aanwezige, KanaalFeiten } from '../../src/domain/kanaalbreedte.ts';
import { z } from '../../src/domain/validatie.ts';
import type { Kanaalwaarneming, Leesfout } from '../../src/services/kanaalcontrole.ts';
import { type Activiteit, tenantVan } from './activiteit.ts';
import type { Beurt } from './botframework.ts';

const tekst = (max: number) => z.string().max(max);

const kanaalInfo = z.looseObject({
  id: tekst(500).optional(),
  type: tekst(50).optional(),
  membershipType: tekst(50).optional(),
});

const lid = z.looseObject({
  id: tekst(500),
  aadObjectId: tekst(100).optional(),
  userRole: tekst(50).optional(),
  tenantId: tekst(100).optional(),
});

const ledenPagina = z.looseObject({
  members: z.array(lid).max(1000).optional().default([]),
  continuationToken: tekst(4000).nullish(),
});

/** Pages of members, at most this many: a channel that large is wider than any table. */
const MAX_PAGINAS = 10;

type Lidmaatschap = 'standaard' | 'prive' | 'gedeeld';

function lidmaatschap(type: string | undefined): Lidmaatschap | null {
  switch ((type ?? '').toLowerCase()) {
    case 'standard':
      return 'standaard';
    case 'private':
      return 'prive';
    case 'shared':
      return 'gedeeld';
    default:
      return null;
  }
}

/** A guest, or someone without an account in any tenant (anonymous), as Teams marks them. */
function gast(userRole: string | undefined): boolean | null {
  const rol = (userRole ?? '').toLowerCase();
  if (rol === 'guest' || rol === 'anonymous') return true;
  return rol === 'user' ? false : null;
}

export function leesfoutVan(status: number | null): Leesfout {
  if (status === 401 || status === 403) return 'geen_rechten';
  if (status === 404) return 'niet_in_kanaal';
  return 'storing';
}

async function soortVan(beurt: Beurt, a: Activiteit, kanaalId: string) {
  const kanaal = a.channelData?.channel;
  const direct = lidmaatschap(kanaal?.type ?? kanaal?.membershipType);
  if (direct) return { soort: direct, leesfout: null };
  const teamId = a.channelData?.team?.id;
  if (!teamId) return { soort: null, leesfout: null };
  const r = await beurt.kanalen(teamId);
  if (!r.ok) return { soort: null, leesfout: leesfoutVan(r.status) };
  const lijst = z.array(kanaalInfo).max(2000).safeParse(r.waarde);
  if (!lijst.success) return { soort: null, leesfout: 'storing' as const };
  const gevonden = lijst.data.find((k) => k.id === kanaalId);
  return { soort: lidmaatschap(gevonden?.type ?? gevonden?.membershipType), leesfout: null };
}

async function aanwezigen(beurt: Beurt, kanaalId: string) {
  const uit: Aanwezige[] = [];
  let vervolg: string | undefined;
  for (let pagina = 0; pagina < MAX_PAGINAS; pagina++) {
    const r = await beurt.leden(kanaalId, vervolg);
    if (!r.ok) return { aanwezigen: null, leesfout: leesfoutVan(r.status) };
    const p = ledenPagina.safeParse(r.waarde);
    if (!p.success) return { aanwezigen: null, leesfout: 'storing' as const };
    for (const m of p.data.members) {
      uit.push({ extern: m.aadObjectId ?? m.id, gast: gast(m.userRole), organisatie: m.tenantId ?? null });
    }
    vervolg = p.data.continuationToken || undefined;
    if (!vervolg) break;
  }
  return { aanwezigen: uit, leesfout: null };
}

export async function leesKanaal(beurt: Beurt, a: Activiteit, kanaalId: string): Promise<Kanaalwaarneming> {
  const soort = await soortVan(beurt, a, kanaalId);
  const leden = await aanwezigen(beurt, kanaalId);
  // A standard channel is open to the whole team, also to who joins it later: like a public Slack channel.
  const feiten: KanaalFeiten = {
    openbaar: soort.soort ? soort.soort === 'standaard' : null,
    gedeeld: soort.soort ? soort.soort === 'gedeeld' : null,
    aanwezigen: leden.aanwezigen,
  };
  const werkruimte = tenantVan(a);
  return {
    feiten,
    leesfout: soort.leesfout ?? leden.leesfout,
    ...(werkruimte ? { werkruimte } : {}),
  };
}
