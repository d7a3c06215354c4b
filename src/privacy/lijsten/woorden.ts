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

/**
 * Words after which a name follows in the way people write notes, minutes and e-mails: a greeting or
 * sign-off ('Hoi Sanne', 'Groet,\nBas'), an attendance or mail header ('Aanwezig: …', 'cc: …'). Lower case.
 */
export const AANHEF_EN_GROET: ReadonlySet<string> = new Set(
  `hoi hallo hai hey hee hoihoi beste lieve geachte dag goedemorgen goedemiddag goedenavond
  groet groeten gr grt mvg mvgr vrgr vriendelijke hartelijke hartelijk dank bedankt thanks thx
  aanwezig aanwezigen afwezig afgemeld afmelding notulist notulen verslaglegging cc bcc
  ingebracht opgesteld geschreven ondertekend verzonden`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Abbreviations and acronyms that notes write in lower or title case ('geb', 'ivm', 'Ggz', 'Iban'): never
 * a name, whatever a list of names from another country says. Lower case.
 */
export const AFKORTINGEN: ReadonlySet<string> = new Set(
  `geb gb geboren ivm i.v.m mbt nav obv evt ca tel tnv tav zgn ong mnd mndn jr jrs wk wkn nr nrs pc bsn iban
  ggz wmo uwv svb cak duo cjib ind coa aow ww wia wajong pgb ots lvb adhd ass nah poh ah hema bbz ioaw wsnp msnp
  mvg gr grt thx tx ok oke oké ff fff idd mss wss sws tzt zsm asap aub svp ipv oa o.a bv vd vh zie enz etc
  kids kid mw mevr dhr hr wijkteam bt swt wt jgz cjg vt sdh shv gi wi w&i`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Words for a thing or an organisation right before a capitalised word: what follows is its name, not a
 * person's ('Stichting Timon', 'de Pijlstaart', 'een oude Mercedes'). Lower case.
 */
export const DINGWOORDEN: ReadonlySet<string> = new Set(
  `de het een deze dit die dat stichting fonds school basisschool kliniek praktijk ziekenhuis centrum
  bedrijf firma supermarkt winkel restaurant hotel camping vereniging club team locatie merk app programma
  project traject methode regeling verordening wet straat wijk buurt flat complex gebouw opvang woonvorm
  corporatie woningcorporatie organisatie instelling zorgaanbieder aanbieder`
    .split(/\s+/)
    .filter(Boolean),
);

/** Prepositions before a place: 'in Nador', 'uit Izmir', 'naar Almere'. Lower case. */
export const PLAATSVOORZETSELS: ReadonlySet<string> = new Set(
  'in uit naar te vanuit richting nabij rond omgeving regio via'.split(/\s+/),
);

/**
 * English words that lists of international first names also hold ('May', 'Will', 'Can'): in lower case
 * they are English in a Dutch note ('this may take a while'), not a name. Lower case.
 */
export const ENGELSE_WOORDEN: ReadonlySet<string> = new Set(
  'may will can the and for you not this that with from have has are was were would should could must might shall'.split(
    ' ',
  ),
);
