// Renders neutral messages as plain text, as a person would read them in a chat. Used by the
// console demo and as the reference rendering for the Slack and Teams adapters.

import { formatteerBedrag } from '../../src/domain/bedrag.ts';
import type { Adres, Bericht, KaartStand } from '../../src/domain/berichten.ts';
import type { PrecedentWeergave } from '../../src/domain/register.ts';
import { BESLISSINGEN, label, redenTekst, type Taal } from '../../src/domain/woorden.ts';
import { formatteerMoment } from '../../src/time/index.ts';

function vergelijkbaar(lijst: PrecedentWeergave[] | undefined, taal: Taal): string[] {
  if (!lijst?.length) return [];
  return [
    'Eerdere vergelijkbare besluiten:',
    ...lijst.map((v) => `  - ${v.referentie} ${v.titel}: ${label(v.uitkomst, taal)}`),
  ];
}

function kaart(k: KaartStand, taal: Taal): string[] {
  const c = k.casus;
  const regels = [
    `${c.referentie} · ${c.titel}`,
    `Status: ${label(c.status, taal)}${c.opAgenda ? ' · op de agenda van de volgende vergadering' : ''} · Urgentie: ${label(c.urgentie, taal)}`,
    `Knelpunt: ${c.knelpunt.naam}${c.knelpunt.regel ? ` (${c.knelpunt.regel})` : ''}`,
    `Leefgebieden: ${c.leefgebieden.map((l) => label(l, taal)).join(', ')}`,
    `Situatie: ${c.situatie}`,
    `Gevraagd: ${c.gevraagdeOplossing}`,
    `Kosten maatwerk ${formatteerBedrag(c.kostenMaatwerkCent, taal)} · als er niets gebeurt ${formatteerBedrag(c.kostenNietsDoenCent, taal)} (${c.kostenNietsDoenToelichting})`,
    `Betrokkenheid huishouden: ${label(c.betrokkenheid, taal)} · ${label(c.toestemming, taal)}`,
  ];
  if (k.ronde) {
    const r = k.ronde;
    regels.push(
      `Besluitronde ${r.status === 'open' ? `open tot ${formatteerMoment(new Date(r.deadline), taal)}` : 'gesloten'}`,
    );
    if (r.geantwoord.length > 0) {
      regels.push(
        `Geantwoord: ${r.geantwoord.map((l) => (l.keuze ? `${l.organisatie} (${label(l.keuze, taal)}: ${l.reden})` : l.organisatie)).join('; ')}`,
      );
    }
    if (r.wachtend.length > 0 && r.status === 'open')
      regels.push(`Wacht nog op: ${r.wachtend.map((l) => l.organisatie).join(', ')}`);
  }
  return [...regels, ...vergelijkbaar(k.vergelijkbaar, taal)];
}

export function weergaveTekst(bericht: Bericht, adres: Adres): string {
  const taal: Taal = adres.soort === 'persoon' && adres.taal === 'en' ? 'en' : 'nl';
  switch (bericht.soort) {
    case 'casus_geplaatst':
      return [
        'Nieuwe casus voor de tafel',
        ...kaart(bericht.kaart, taal),
        '[Akkoord] [Akkoord met voorwaarden] [Niet akkoord] [Buiten mandaat] [Onthouding]',
      ].join('\n');
    case 'casus_bijgewerkt':
      return ['Casuskaart bijgewerkt', ...kaart(bericht.kaart, taal)].join('\n');
    case 'casus_ontvangen':
      return [
        `Uw casus is ingediend als ${bericht.referentie} bij ${bericht.tafelNaam}. De leden beslissen uiterlijk ${formatteerMoment(new Date(bericht.deadline), taal)}.`,
        ...vergelijkbaar(bericht.vergelijkbaar, taal),
      ].join('\n');
    case 'crisis_doorverwezen':
      return `Dit is een crisis: bel nu de crisisdienst. Een crisis gaat niet via de tafel. Vastgelegd als ${bericht.referentie}.`;
    case 'herinnering':
      return [
        `Herinnering${bericht.laat ? ' (verlaat verstuurd)' : ''}: uw antwoord op ${bericht.kaart.casus.referentie} is nodig vóór ${formatteerMoment(new Date(bericht.kaart.ronde?.deadline ?? Date.now()), taal)}.`,
        ...kaart(bericht.kaart, taal),
      ].join('\n');
    case 'escalatie':
      return [
        bericht.niveau === 'voorzitter'
          ? `Voorzitter, uw besluit is nodig over ${bericht.casus.referentie}${bericht.laat ? ' (verlaat verstuurd)' : ''}`
          : `${bericht.titel}, uw goedkeuring is nodig voor een uitzondering: ${bericht.casus.referentie}${bericht.laat ? ' (verlaat verstuurd)' : ''}`,
        `Waarom bij u: ${bericht.redenen.map((r) => redenTekst(r, taal)).join('; ')}`,
        `Graag besluit vóór ${formatteerMoment(new Date(bericht.deadline), taal)}`,
        `${bericht.casus.titel} · bedrag ${formatteerBedrag(bericht.casus.kostenMaatwerkCent, taal)} · regel: ${bericht.casus.knelpunt.regel ?? bericht.casus.knelpunt.naam}`,
        'Antwoorden van de tafel:',
        ...bericht.reacties.map(
          (r) =>
            `  - ${r.organisatie}: ${label(r.keuze, taal)}, ${r.reden}${r.voorwaarden ? ` (voorwaarden: ${r.voorwaarden})` : ''}`,
        ),
        ...bericht.eerdereBesluiten.map((e) => `  - ${e.door}: ${label(e.uitkomst, taal)}, ${e.reden}`),
        bericht.niveau === 'voorzitter'
          ? BESLISSINGEN.map((u) => `[${label(u)}]`).join(' ')
          : '[Goedkeuren] [Afwijzen] [Vraag om informatie]',
      ].join('\n');
    case 'escalatie_verlopen':
      return `Geen besluit binnen de termijn over ${bericht.referentie}: de casus gaat naar de ${bericht.naar}.`;
    case 'informatie_gevraagd':
      return `${bericht.vanNaam} vraagt om informatie over ${bericht.referentie}: ${bericht.vraag}`;
    case 'informatie_gegeven':
      return `Antwoord op uw vraag over ${bericht.referentie}: ${bericht.antwoord}. Graag besluit vóór ${formatteerMoment(new Date(bericht.deadline), taal)}.`;
    case 'op_agenda':
      return `${bericht.referentie} staat op de agenda van de volgende vergadering: ${bericht.reden}`;
    case 'besluit_gedeeld': {
      const b = bericht.besluit;
      return [
        `Besluit ${bericht.referentie} (${bericht.tafelNaam}): ${label(b.uitkomst, taal)}`,
        `Genomen door: ${b.genomenDoor}${b.besluiterNaam ? ` (${b.besluiterNaam})` : ''}, ${formatteerMoment(new Date(b.genomen), taal)}`,
        `Waarom: ${b.waarom}`,
        ...(b.hoe ? [`Hoe: ${b.hoe}`] : []),
        ...(b.voorwaarden ? [`Voorwaarden: ${b.voorwaarden}`] : []),
        ...(b.afgewekenRegel ? [`Afgeweken van: ${b.afgewekenRegel}`] : []),
        ...(b.verwijzing ? [`Verwezen naar: ${b.verwijzing}`] : []),
        `Kosten maatwerk ${formatteerBedrag(b.kostenMaatwerkCent, taal)} tegenover ${formatteerBedrag(b.kostenNietsDoenCent, taal)} als er niets gebeurt`,
        ...b.toezeggingen.map(
          (t) =>
            `Toezegging: ${t.organisatie} ${t.taak}, uiterlijk ${formatteerMoment(new Date(t.deadline), taal)}`,
        ),
      ].join('\n');
    }
    case 'toezegging_herinnering':
      return `Herinnering toezegging bij ${bericht.referentie}: ${bericht.organisatie} ${bericht.taak}, uiterlijk ${formatteerMoment(new Date(bericht.deadline), taal)}.`;
    case 'agenda':
      return [
        `Agenda ${bericht.tafelNaam}, vergadering ${formatteerMoment(new Date(bericht.vergadering), taal)}${bericht.laat ? ' (verlaat verstuurd)' : ''}`,
        'Open en geëscaleerde casussen:',
        ...(bericht.punten.length
          ? bericht.punten.map(
              (p) =>
                `  - ${p.referentie} ${p.titel} · ${label(p.status, taal)}${p.opAgenda ? ' · besluit in de vergadering' : ''}${p.deadline ? ` · termijn ${formatteerMoment(new Date(p.deadline), taal)}` : ''}`,
            )
          : ['  (geen)']),
        'Besluiten sinds de vorige vergadering:',
        ...(bericht.besluitenSinds.length
          ? bericht.besluitenSinds.map((b) => `  - ${b.referentie} ${b.titel}: ${label(b.uitkomst, taal)}`)
          : ['  (geen)']),
        'Achterstallige toezeggingen:',
        ...(bericht.achterstalligeToezeggingen.length
          ? bericht.achterstalligeToezeggingen.map(
              (t) =>
                `  - ${t.referentie} ${t.organisatie}: ${t.taak} (was ${formatteerMoment(new Date(t.deadline), taal)})`,
            )
          : ['  (geen)']),
      ].join('\n');
    case 'weekoverzicht':
      return [
        `Weekoverzicht ${bericht.tafelNaam} (${formatteerMoment(new Date(bericht.van), taal)} – ${formatteerMoment(new Date(bericht.tot), taal)})`,
        ...(bericht.besluiten.length
          ? bericht.besluiten.map((b) => `  - ${b.referentie} ${b.titel}: ${label(b.uitkomst, taal)}`)
          : ['  Geen besluiten deze week.']),
      ].join('\n');
    case 'termijn_verlengd':
      return `De termijn van ${bericht.referentie} is verlengd tot ${formatteerMoment(new Date(bericht.deadline), taal)}: ${bericht.reden}`;
    case 'casus_ingetrokken':
      return `${bericht.referentie} (${bericht.titel}) is ingetrokken: ${bericht.reden}`;
    case 'bezorging_mislukt':
      return `Een bericht (${bericht.soortBericht}${bericht.referentie ? ` over ${bericht.referentie}` : ''}) kon na herhaalde pogingen niet worden bezorgd aan ${bericht.ontvanger}: ${bericht.fout}`;
    case 'inhoud_verwijderd':
      return `[vervangt een eerder bericht] Inhoud verwijderd na bewaartermijn; besluit ${bericht.referentie} blijft vindbaar.`;
    case 'toestemming_herinnering':
      return `Herinnering: leg voor ${bericht.referentie} (${bericht.titel}) de toestemming van het huishouden vast, of de afweging als er geen toestemming is.`;
    case 'afwijking_gevraagd':
      return [
        `Voorzitter: het besluit over ${bericht.referentie} (${label(bericht.uitkomst, taal)}) wijkt af van ${bericht.inMeerderheid} van de ${bericht.eerder} eerdere besluiten over ${bericht.knelpunt}.`,
        'Waarin verschilt deze casus? Uw toelichting wordt deel van de gedeelde motivering.',
        ...bericht.voorbeelden.map((v) => `  - ${v.referentie} ${v.titel}: ${label(v.uitkomst, taal)}`),
      ].join('\n');
    case 'afwijking_toegelicht':
      return `Waarom ${bericht.referentie} anders is besloten (${bericht.voorzitterNaam}): ${bericht.toelichting}`;
    case 'knelpuntenrapport':
      return [
        `Knelpuntenrapport ${bericht.tafelNaam ?? 'alle tafels'} ${bericht.van} t/m ${bericht.tot}`,
        bericht.samenvatting,
      ].join('\n');
    case 'evaluatie_vraag':
      return `Heeft het maatwerk voor ${bericht.referentie} (${bericht.titel}) gewerkt? [Ja] [Nee] met een korte toelichting.`;
  }
}

export function adresTekst(adres: Adres): string {
  return adres.soort === 'kanaal' ? `kanaal ${adres.kanaalId}` : `${adres.naam} (privébericht)`;
}
