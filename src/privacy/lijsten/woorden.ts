/**
 * Closed word classes the name detector relies on: titles, words for people, tussenvoegsels and function
 * words. Compiled by hand for this project from Dutch grammar and social-work usage; nothing copied.
 */

/** Forms of address followed by a surname ('mw. Jansen', 'de heer Bakker'). Lower case, without the dot. */
export const TITELS: ReadonlySet<string> = new Set([
  'mevrouw',
  'mevr',
  'mw',
  'mvr',
  'mevrouwtje',
  'meneer',
  'mnr',
  'dhr',
  'hr',
  'heer',
  'mr',
  'dr',
  'drs',
  'ir',
  'ing',
  'prof',
  'juf',
  'juffrouw',
  'meester',
  'zr',
  'wed',
]);

/** Titles that are only titles when written as an abbreviation with a dot ('mr.', 'dr.'). */
export const TITELS_MET_PUNT: ReadonlySet<string> = new Set([
  'mr',
  'dr',
  'drs',
  'ir',
  'ing',
  'prof',
  'zr',
  'wed',
  'hr',
]);

/** Words for people that are often followed by that person's name ('zoon Mohammed', 'cliënte Sanne'). */
export const PERSOONSWOORDEN: ReadonlySet<string> = new Set([
  'zoon',
  'zoontje',
  'dochter',
  'dochtertje',
  'moeder',
  'vader',
  'ouder',
  'broer',
  'broertje',
  'zus',
  'zusje',
  'zuster',
  'oma',
  'opa',
  'tante',
  'oom',
  'neef',
  'nicht',
  'nichtje',
  'neefje',
  'partner',
  'ex',
  'ex-partner',
  'ex-man',
  'ex-vrouw',
  'ex-vriend',
  'ex-vriendin',
  'vriend',
  'vriendin',
  'vriendje',
  'man',
  'vrouw',
  'echtgenoot',
  'echtgenote',
  'cliënt',
  'client',
  'cliënte',
  'cliente',
  'buurman',
  'buurvrouw',
  'buurjongen',
  'buurmeisje',
  'kind',
  'kindje',
  'kinderen',
  'baby',
  'pleegkind',
  'pleegzoon',
  'pleegdochter',
  'pleegmoeder',
  'pleegvader',
  'stiefvader',
  'stiefmoeder',
  'stiefzoon',
  'stiefdochter',
  'schoonmoeder',
  'schoonvader',
  'schoonzoon',
  'schoondochter',
  'schoonzus',
  'schoonbroer',
  'zwager',
  'kleinzoon',
  'kleindochter',
  'kleinkind',
  'mantelzorger',
  'huisgenoot',
  'jongen',
  'meisje',
  'jongere',
  'jongeman',
  'jongedame',
  'gezin',
  'familie',
  'fam',
  'collega',
  'wijkcoach',
  'coach',
  'jobcoach',
  'begeleider',
  'hulpverlener',
  'casusregisseur',
  'contactpersoon',
  'bewindvoerder',
  'mentor',
  'huisarts',
  'advocaat',
  'wijkagent',
  'aanmelder',
  'tolk',
  'naam',
  'roepnaam',
  'genaamd',
  'heet',
  'alias',
  'namens',
  'bewoner',
  'huurder',
  'klant',
  'cliëntnaam',
  'ouders',
  'zonen',
  'dochters',
  'broers',
  'zussen',
  'wijkverpleegkundige',
  'maatje',
]);

/** Tussenvoegsels that can stand on their own in a surname. Lower case. */
export const TUSSENVOEGSELS: ReadonlySet<string> = new Set([
  'van',
  'de',
  'der',
  'den',
  'ter',
  'ten',
  'te',
  'el',
  'al',
  'ait',
  'ben',
  'bin',
  'abu',
  'da',
  'das',
  'dos',
  'du',
  'del',
  'della',
  'di',
  'la',
  'le',
  'von',
  'vom',
  'zu',
  "'t",
  't',
  'het',
  'op',
  'in',
  'uit',
  'aan',
  'bij',
  'vd',
  'v',
]);

/** Tussenvoegsels that need another one after them ('in de', 'op den', 'van het'), never a surname on their own. */
export const TUSSENVOEGSELS_NIET_ALLEEN: ReadonlySet<string> = new Set([
  'het',
  'op',
  'in',
  'uit',
  'aan',
  'bij',
  't',
  "'t",
  'v',
]);

/** Function words, weekdays and months: never a surname even when capitalised. Lower case. */
export const FUNCTIEWOORDEN: ReadonlySet<string> = new Set(
  `de het een en of maar want dus als dan die dat dit deze er hier daar is zijn was waren heeft hebben had hadden wordt worden werd
  werden kan kunnen kon konden wil willen wilde moet moeten moest zal zullen zou zouden gaat gaan ging komt komen kwam ik jij je u hij
  zij ze wij we jullie hun hen haar hem mijn ons onze uw geen niet wel ook nog al ja nee met van voor bij naar op in aan uit over om tot
  door na per sinds tijdens zonder vanuit vanaf volgens via wat wie waar hoe waarom wanneer welke welk alle elke iedere ieder veel weinig
  meer minder erg heel zeer zo toch echter verder daarna daarom daardoor omdat doordat terwijl hoewel indien zodra nadat voordat tenzij
  inmiddels momenteel nu toen straks morgen gisteren vandaag altijd nooit soms vaak zelf zelfs beide allebei iemand niemand iets niets
  alles ander andere eigen graag helaas maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart april mei
  juni juli augustus september oktober november december ma di wo do vr za zo jan feb mrt apr jun jul aug sep sept okt nov dec
  casus vraag zie zorg verder bijlage tafel gesprek afspraak`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Languages and adjectives of origin, which Dutch writes with a capital ('spreekt Arabisch', 'Poolse
 * bank') and the dictionary stores capitalised like names. Lower case. Words ending in -isch(e) are
 * treated the same way by the detector.
 */
export const TALEN_EN_HERKOMST: ReadonlySet<string> = new Set(
  `nederlands nederlandse arabisch arabische turks turkse marokkaans marokkaanse berbers tamazight somalisch somalische
  tigrinya eritrees eritrese syrisch syrische koerdisch koerdische pools poolse oekraïens oekraïense russisch russische
  roemeens roemeense bulgaars bulgaarse engels engelse frans franse duits duitse spaans spaanse portugees portugese
  italiaans italiaanse chinees chinese vietnamees vietnamese surinaams surinaamse antilliaans antilliaanse papiaments
  sranantongo hindi hindoestaans hindoestaanse urdu farsi perzisch dari pashto afghaans afghaanse iraans iraanse iraaks
  iraakse ghanees ghanese nigeriaans nigeriaanse amhaars ethiopisch belgisch belgische fries friese kaapverdiaans
  kaapverdiaanse hongaars hongaarse grieks griekse servisch kroatisch bosnisch albanees albanese europees europese
  islamitisch islamitische christelijk christelijke joods joodse hindoe moslim`
    .split(/\s+/)
    .filter(Boolean),
);
