// `maatwerkbot tafels importeer`: writes a validated tables file, idempotently, in one transaction.
import { createHash } from 'node:crypto';
import { Prisma } from '@prisma/client';
import type { TafelsBestand } from '../config/tafelsbestand.ts';
import { planVolgendeAgenda } from './agenda.ts';
import { schrijfAudit } from './audit.ts';
import { planBewaartermijn } from './bewaartermijn.ts';
import { type Diensten, inTransactie, type Tx } from './context.ts';
import { openRondesNaImport } from './wachtenderonde.ts';

export interface ImportVerslag {
  tenant: string;
  organisaties: number;
  personen: number;
  tafels: number;
  leden: number;
  bestuurders: number;
  knelpunten: number;
  gedeactiveerd: number;
  /** Rounds of waiting casussen that opened because their table no longer requires what they lack. */
  rondesGeopend: number;
}

async function koppelIdentiteit(tx: Tx, persoonId: string, platform: string, extern: string | undefined) {
  if (!extern) {
    await tx.identiteit.deleteMany({ where: { persoonId, platform } });
    return;
  }
  await tx.identiteit.deleteMany({ where: { persoonId, platform, NOT: { extern } } });
  await tx.identiteit.upsert({
    where: { platform_extern: { platform, extern } },
    create: { persoonId, platform, extern },
    update: { persoonId },
  });
}

export async function importeerTafels(
  d: Diensten,
  bestand: TafelsBestand,
  bronTekst: string,
): Promise<ImportVerslag> {
  return inTransactie(d, async (tx) => {
    const nu = d.klok.nu();
    const t = bestand.tenant;
    const vorige = await tx.tenant.findUnique({ where: { slug: t.slug } });
    const tenant = await tx.tenant.upsert({
      where: { slug: t.slug },
      create: {
        slug: t.slug,
        naam: t.naam,
        bewaartermijnMaanden: t.bewaartermijnMaanden,
        taal: t.taal,
        crisisdienst: t.crisisdienst ?? Prisma.DbNull,
        slackTeamId: t.slackTeamId ?? null,
        teamsTenantId: t.teamsTenantId ?? null,
        kalender: (t.werkkalender ?? {}) as Prisma.InputJsonObject,
        aangemaakt: nu,
      },
      update: {
        naam: t.naam,
        bewaartermijnMaanden: t.bewaartermijnMaanden,
        taal: t.taal,
        crisisdienst: t.crisisdienst ?? Prisma.DbNull,
        slackTeamId: t.slackTeamId ?? null,
        teamsTenantId: t.teamsTenantId ?? null,
        kalender: (t.werkkalender ?? {}) as Prisma.InputJsonObject,
      },
    });
    const orgId = new Map<string, string>();
    for (const o of bestand.organisaties) {
      const org = await tx.organisatie.upsert({
        where: { tenantId_slug: { tenantId: tenant.id, slug: o.slug } },
        create: { tenantId: tenant.id, slug: o.slug, naam: o.naam },
        update: { naam: o.naam },
      });
      orgId.set(o.slug, org.id);
    }
    const persoonId = new Map<string, string>();
    for (const p of bestand.personen) {
      const persoon = await tx.persoon.upsert({
        where: { tenantId_sleutel: { tenantId: tenant.id, sleutel: p.sleutel } },
        create: { tenantId: tenant.id, sleutel: p.sleutel, naam: p.naam, taal: p.taal ?? null },
        update: { naam: p.naam, taal: p.taal ?? null },
      });
      persoonId.set(p.sleutel, persoon.id);
      await koppelIdentiteit(tx, persoon.id, 'slack', p.slack);
      await koppelIdentiteit(tx, persoon.id, 'teams', p.teams);
      await koppelIdentiteit(tx, persoon.id, 'console', p.console);
    }
    for (const k of bestand.knelpunten) {
      await tx.knelpunt.upsert({
        where: { tenantId_code: { tenantId: tenant.id, code: k.code } },
        create: { tenantId: tenant.id, ...k },
        update: { naam: k.naam, regel: k.regel, tafelMagAfwijken: k.tafelMagAfwijken },
      });
    }
    let leden = 0;
    let gedeactiveerd = 0;
    const tafelId = new Map<string, string>();
    for (const ta of bestand.tafels) {
      const tafel = await tx.tafel.upsert({
        where: { tenantId_slug: { tenantId: tenant.id, slug: ta.slug } },
        create: {
          tenantId: tenant.id,
          slug: ta.slug,
          naam: ta.naam,
          beleid: ta.beleid as Prisma.InputJsonObject,
          aangemaakt: nu,
        },
        update: { naam: ta.naam, beleid: ta.beleid as Prisma.InputJsonObject, actief: true },
      });
      tafelId.set(ta.slug, tafel.id);
      await tx.kanaal.deleteMany({ where: { tafelId: tafel.id } });
      for (const [platform, kanalen] of Object.entries(ta.kanalen)) {
        for (const soort of ['tafel', 'leer'] as const) {
          const kanaalId = kanalen?.[soort];
          if (kanaalId) await tx.kanaal.create({ data: { tafelId: tafel.id, soort, platform, kanaalId } });
        }
      }
      const actief: string[] = [];
      for (const l of ta.leden) {
        const lid = await tx.lid.upsert({
          where: { tafelId_persoonId: { tafelId: tafel.id, persoonId: persoonId.get(l.persoon)! } },
          create: {
            tafelId: tafel.id,
            persoonId: persoonId.get(l.persoon)!,
            organisatieId: orgId.get(l.organisatie)!,
            rol: l.rol,
            beslissingsbevoegd: l.beslissingsbevoegd ?? l.rol === 'lid',
            mandaatMaxCent: l.mandaat === undefined ? null : Math.round(l.mandaat * 100),
            domeinen: l.domeinen,
          },
          update: {
            organisatieId: orgId.get(l.organisatie)!,
            rol: l.rol,
            beslissingsbevoegd: l.beslissingsbevoegd ?? l.rol === 'lid',
            mandaatMaxCent: l.mandaat === undefined ? null : Math.round(l.mandaat * 100),
            domeinen: l.domeinen,
            actief: true,
          },
        });
        actief.push(lid.id);
        leden++;
      }
      // Members who left the file keep their history (answers stay attributed) but stop being asked.
      const { count } = await tx.lid.updateMany({
        where: { tafelId: tafel.id, id: { notIn: actief }, actief: true },
        data: { actief: false },
      });
      gedeactiveerd += count;
    }
    await tx.bestuurder.deleteMany({ where: { tenantId: tenant.id } });
    for (const b of bestand.bestuurders) {
      await tx.bestuurder.create({
        data: {
          tenantId: tenant.id,
          tafelId: b.tafel ? tafelId.get(b.tafel)! : null,
          persoonId: persoonId.get(b.persoon)!,
          trede: b.trede,
          titel: b.titel,
          termijnWerkdagen: b.termijnWerkdagen,
        },
      });
    }
    if (vorige && vorige.bewaartermijnMaanden !== tenant.bewaartermijnMaanden) {
      // A changed retention period applies to every closed casus whose text is still there.
      const gesloten = await tx.casus.findMany({
        where: { tenantId: tenant.id, tekstGewist: null, afgerond: { not: null } },
        select: { id: true, tenantId: true, afgerond: true },
      });
      for (const c of gesloten) await planBewaartermijn(tx, c, c.afgerond!, nu);
    }
    for (const id of tafelId.values()) {
      const gepland = await tx.job.findFirst({
        where: { soort: 'agenda', status: 'gepland', sleutel: { startsWith: `agenda:${id}:` } },
      });
      // A changed meeting schedule replaces the planned agenda.
      if (gepland)
        await tx.job.update({ where: { id: gepland.id }, data: { status: 'geannuleerd', afgerond: nu } });
      await planVolgendeAgenda(tx, id, nu, nu);
    }
    // A table that dropped (part of) `vereistVoorRonde` opens the rounds that waited only for that now, not
    // at the casus's next addition (spelregels §4).
    const rondesGeopend = await openRondesNaImport(tx, [...tafelId.values()], nu);
    await schrijfAudit(tx, {
      tenantId: tenant.id,
      actie: 'tafels_geimporteerd',
      actorId: null,
      data: {
        bestand: createHash('sha256').update(bronTekst).digest('hex').slice(0, 32),
        tafels: bestand.tafels.length,
        ...(rondesGeopend > 0 ? { rondesGeopend } : {}),
      },
      moment: nu,
    });
    return {
      tenant: tenant.slug,
      organisaties: bestand.organisaties.length,
      personen: bestand.personen.length,
      tafels: bestand.tafels.length,
      leden,
      bestuurders: bestand.bestuurders.length,
      knelpunten: bestand.knelpunten.length,
      gedeactiveerd,
      rondesGeopend,
    };
  });
}
