// Writes notifications into the outbox in the caller's transaction (the transactional outbox):
// a message exists if and only if the state change that caused it was committed.
import type { Prisma } from '@prisma/client';
import type { Adres, Bericht, Ontvanger } from '../domain/berichten.ts';
import type { Tx } from '../services/context.ts';

export interface Plaatsing {
  tenantId: string;
  casusId?: string | null;
  /** Unique per logical message; with the address it makes the idempotency key. */
  sleutel: string;
  ontvangers: Ontvanger[];
  bericht: Bericht;
  moment: Date;
}

export async function adresseer(tx: Tx, ontvanger: Ontvanger): Promise<Adres[]> {
  if (ontvanger.soort === 'kanaal') {
    const kanalen = await tx.kanaal.findMany({
      where: { tafelId: ontvanger.tafelId, soort: ontvanger.kanaalSoort },
      orderBy: { platform: 'asc' },
    });
    return kanalen.map((k) => ({
      soort: 'kanaal',
      platform: k.platform,
      kanaalId: k.kanaalId,
      tafelId: k.tafelId,
      kanaalSoort: ontvanger.kanaalSoort,
    }));
  }
  const persoon = await tx.persoon.findUniqueOrThrow({
    where: { id: ontvanger.persoonId },
    include: { identiteiten: { orderBy: { platform: 'asc' } } },
  });
  return persoon.identiteiten.map((i) => ({
    soort: 'persoon',
    platform: i.platform,
    extern: i.extern,
    persoonId: persoon.id,
    naam: persoon.naam,
    taal: persoon.taal,
  }));
}

const adresSleutel = (a: Adres) =>
  a.soort === 'kanaal' ? `${a.platform}:${a.kanaalId}` : `${a.platform}:${a.extern}`;

/** One row per delivery address; a recipient with no address gets a row marked undeliverable, never silence. */
export async function plaatsBericht(tx: Tx, p: Plaatsing): Promise<number> {
  const rijen: Prisma.OutboxBerichtCreateManyInput[] = [];
  for (const ontvanger of p.ontvangers) {
    const adressen = await adresseer(tx, ontvanger);
    const basis = {
      tenantId: p.tenantId,
      soort: p.bericht.soort,
      casusId: p.casusId ?? null,
      data: p.bericht as unknown as Prisma.InputJsonObject,
      volgendePoging: p.moment,
      aangemaakt: p.moment,
    };
    if (adressen.length === 0) {
      const id =
        ontvanger.soort === 'kanaal' ? `${ontvanger.tafelId}:${ontvanger.kanaalSoort}` : ontvanger.persoonId;
      rijen.push({
        ...basis,
        sleutel: `${p.sleutel}:${ontvanger.soort}:${id}`,
        ontvanger: ontvanger as Prisma.InputJsonObject,
        status: 'onbezorgbaar',
        laatsteFout: 'geen kanaal of platform-identiteit bekend',
      });
    }
    for (const adres of adressen) {
      rijen.push({
        ...basis,
        sleutel: `${p.sleutel}:${adresSleutel(adres)}`,
        ontvanger: adres as Prisma.InputJsonObject,
      });
    }
  }
  if (rijen.length === 0) return 0;
  const { count } = await tx.outboxBericht.createMany({ data: rijen, skipDuplicates: true });
  return count;
}
