import { describe, expect, it } from 'vitest';
import { vanType } from './hulp.ts';

describe('naam', () => {
  it.each([
    // titles
    ['Mw. El Amrani (38), alleenstaand', ['El Amrani']],
    ['mevrouw Jansen belt morgen', ['Jansen']],
    ['meneer Pieters zegt dat', ['Pieters']],
    ['De heer Kowalski (45) werkt via een uitzendbureau', ['Kowalski']],
    ['dhr. van Leeuwen heeft opnieuw', ['van Leeuwen']],
    ['overleg met mr. Verbruggen (advocaat)', ['Verbruggen']],
    ['Mevr. Jansen-de Wit heeft een PGB', ['Jansen-de Wit']],
    ['De heer Ter Horst is met pensioen', ['Ter Horst']],
    ['Meneer (Henk) wil niet', ['Henk']],
    ['mw de graaf belt terug', ['de graaf']],
    ['mw. Zwaan wil een groter huis', ['Zwaan']],
    // initials
    ['Dhr. J. Bakker, schulden ca 14.000 euro', ['J. Bakker']],
    ['A.B. Yilmaz heeft een bedrijf gehad', ['A.B. Yilmaz']],
    ['Cliënt R. van Dijk heeft een bewindvoerder', ['R. van Dijk']],
    ['J.P. van den Berg', ['J.P. van den Berg']],
    // words for people
    ['Zoon Mohammed (15) zit thuis', ['Mohammed']],
    ['moeder Fatima belt zelf niet', ['Fatima']],
    ['Cliënte Sanne is 23', ['Sanne']],
    ['Vader (Tesfay) is statushouder', ['Tesfay']],
    ['Naam: Marieke Hoekstra', ['Marieke Hoekstra']],
    ['Partner Olena Kovalenko komt uit Oekraïne', ['Olena Kovalenko']],
    ['Cliënt heet Dmytro, 34 jaar', ['Dmytro']],
    ['Wijkcoach Bas is aanwezig', ['Bas']],
    // first names and surnames from the lists, tussenvoegsels
    ['Kevin woont in bij zijn oma in Houten.', ['Kevin']],
    ['Gesprek met Piotr Nowak en zijn vrouw Anna.', ['Piotr Nowak', 'Anna']],
    ['Casus ingebracht door Anouk de Vries (Buurtteam Zuid).', ['Anouk de Vries']],
    ['Sandra en Kees zijn in 2023 gescheiden.', ['Sandra', 'Kees']],
    ['De Boer heeft opnieuw een aanmaning gekregen.', ['De Boer']],
    ['Re: casus Demir - aanvullende info', ['Demir']],
    ["De kinderen van Fatima's zus logeren er vaak.", ['Fatima']],
    // capitalised non-dictionary words with an age or role, and lists of names
    ['Xandro (12) en zijn broer', ['Xandro']],
    ['Tjitske (vriendin) vangt de kinderen op.', ['Tjitske']],
    ['De kinderen Rayen en Mayla gaan naar school.', ['Rayen', 'Mayla']],
  ])('vindt %j', (tekst, verwacht) => {
    expect(vanType(tekst, 'naam')).toEqual(verwacht);
  });

  it.each([
    ['Mw. (38) alleenstaand met 2 kinderen.', 'titel zonder naam'],
    ['Mevrouw en meneer zijn beiden ziek.', 'titels zonder naam'],
    ['Meneer van 84 wil thuis blijven wonen.', 'leeftijd na titel'],
    ['Een vrouw van 38 met LVB.', 'leeftijd'],
    ['Mw. Spreekt Arabisch en een beetje Nederlands.', 'hoofdletter-typefout'],
    ['Wonen is het grootste knelpunt.', 'zinsbegin'],
    ['Zorg: de mantelzorger is op.', 'zinsbegin'],
    ['Participatiewet geeft te weinig ruimte.', 'wet aan zinsbegin'],
    ['Den Haag doet dit al jaren.', 'plaats'],
    ['Van de gemeente kwam een beschikking.', 'Van aan zinsbegin'],
    ['Van een betalingsregeling wil de verhuurder niets weten.', 'Van aan zinsbegin'],
    ['Wil de tafel meedenken?', 'voornaam die ook een woord is'],
    ['Hoop is dat de tafel beslist.', 'gewoon woord'],
    ["Vanuit 's-Hertogenbosch verhuisd.", 'plaats'],
    ['Utrecht, Amersfoort en Zeist werken samen.', 'plaatsen'],
    ['Dordrecht, Zwijndrecht en Papendrecht', 'plaatsen'],
    ['Den Bosch en Eindhoven hebben een fonds.', 'plaatsen'],
    ['Mevrouw is via het Jeroen Bosch Ziekenhuis doorverwezen.', 'ziekenhuis met persoonsnaam'],
    ['Behandeling in het Antonius Ziekenhuis loopt.', 'ziekenhuis'],
    ['GGZ Centraal en Altrecht verwijzen naar elkaar.', 'organisaties'],
    ['Woonin, Mitros en Portaal doen mee.', 'corporaties'],
    ['Leger des Heils en de Kessler Stichting hebben geen plek.', 'organisaties'],
    ['UWV, CAK en SVB werken niet samen.', 'afkortingen'],
    ['De Belastingdienst en de Kredietbank.', 'organisaties'],
    ['Vraag Aan De Tafel: Maatwerk Op Huur.', 'titelhoofdletters'],
    ['BIJZONDERE BIJSTAND AFGEWEZEN, BEZWAAR LOOPT.', 'hoofdletters'],
    ['moeder van 3 kinderen', 'persoonswoord zonder naam'],
    ['Auto staat op naam van mw., kenteken onbekend.', 'op naam van'],
    ['Cliënt (jongen van 19) valt tussen Jeugdwet en Wmo 2015 in.', 'wetten'],
    ['Ramadan valt dit jaar in maart.', 'feestdag'],
    ['Suikerfeest: familie komt over uit België.', 'familie zonder naam'],
    ['Kinderen gaan naar de Montessorischool in de wijk.', 'school'],
    ['casus mw-2026-0042 is afgerond', 'casusreferentie in kleine letters'],
  ])('vindt niets in %j (%s)', (tekst) => {
    expect(vanType(tekst, 'naam')).toEqual([]);
  });

  describe('bekendeNamen', () => {
    const opties = { bekendeNamen: ['Anouk de Vries', 'Jan Groen', 'Kowalczyk'] };
    it.each([
      ['Vraag van Anouk de Vries aan de tafel', ['Anouk de Vries']],
      ['vraag van anouk de vries', ['anouk de vries']],
      ['Anouk belt morgen', ['Anouk']],
      ['Overleg met De Vries over de casus', ['De Vries']],
      ['Overleg met de Vries', ['de Vries']],
      ['Ik heb Groen gebeld', ['Groen']],
      ['Jan Groen neemt het over', ['Jan Groen']],
      ['overleg gehad met Kowalczyk', ['Kowalczyk']],
    ])('vindt %j', (tekst, verwacht) => {
      expect(vanType(tekst, 'naam', opties)).toEqual(verwacht);
    });

    it.each([
      ['Groen licht van de tafel', 'gewoon woord aan zinsbegin'],
      ['het licht staat op groen', 'kleine letters'],
    ])('vindt niets in %j (%s)', (tekst) => {
      expect(vanType(tekst, 'naam', opties)).toEqual([]);
    });

    // This used to be a case of "nothing found": a first name in lower case slipped through the gate.
    it('finds a first name in lower case', () => {
      expect(vanType('anouk', 'naam', opties)).toEqual(['anouk']);
    });

    it('finds a member even inside a known organisation name', () => {
      expect(vanType('Jeroen Bosch Ziekenhuis', 'naam', { bekendeNamen: ['Jeroen Bosch'] })).toEqual([
        'Jeroen Bosch',
      ]);
    });
  });
});
