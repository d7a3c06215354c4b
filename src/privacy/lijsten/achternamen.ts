/**
 * Surnames that are common in the Netherlands, written as they appear after a first name
 * (tussenvoegsel in lower case).
 *
 * Source: compiled by hand for this project from general knowledge of frequent Dutch surnames and of
 * surnames common in Dutch communities with Moroccan, Turkish, Surinamese, Antillean, Ghanaian, Somali,
 * Eritrean, Syrian, Polish, Ukrainian, Romanian/Bulgarian, Chinese, Vietnamese and Indian roots.
 * No third-party list was copied. Several are ordinary Dutch words (Bakker, Visser, de Boer, Groen…);
 * the detector only trusts those next to a title, initials, a first name or a capitalised tussenvoegsel.
 */
const NAMEN = `
de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Janssen|Visser|Smit|Meijer|Meyer|de Boer|Mulder|de Groot|Bos|Vos|Peters|Hendriks|van Leeuwen
Dekker|Brouwer|de Wit|Dijkstra|Smits|de Graaf|van der Meer|van der Linden|Kok|Jacobs|de Haan|Vermeulen|van den Heuvel|van der Veen|van den Broek
de Bruijn|de Bruin|van der Heijden|Schouten|van Beek|Willems|van Vliet|van de Ven|Hoekstra|Maas|Verhoeven|Koster|van Dam|van der Wal|Prins|Blom
Huisman|Peeters|de Jonge|Kuipers|van Veen|Post|Kuiper|Veenstra|Kramer|van den Brink|Scholten|van Wijk|Postma|Martens|Vink|de Ruiter|Timmermans
Groen|Gerritsen|Jonker|van Loon|Boer|van der Velde|Willemsen|Smeets|de Lange|de Vos|Bosch|van Dongen|Schipper|de Koning|van der Laan|Koning
van der Velden|Driessen|van Doorn|Hermans|Evers|van den Bosch|van der Meulen|Hofman|Bosman|Wolters|Sanders|van der Horst|Mol|Kuijpers|Molenaar
van de Pol|de Leeuw|Verbeek|Pieters|Achterberg|Hendriksen|Claassen|Wouters|Verhagen|van Rijn|Dijkman|Goossens|Heijnen|Hoogendoorn|Kamphuis
Lammers|van Rooij|Rutten|Stam|Steenbergen|ter Horst|van der Zanden|Verschuren|Veldhuis|Vermeer|Wijnands|Zwart|de Klerk|Hoek|Koopman|van Es
van Vliet|Brink|Franken|van Gils|Hendrickx|Bouwman|Bruins|Nijhuis|Rozendaal|Spijker|Teunissen|Tromp|Veldman|de Wilde|Winkel|Wessels|Oosterhuis
van Wijngaarden|Beekman|Boersma|Bijl|Dam|Faber|Haverkamp|Jonkers|Kloosterman|Kroon|Langeveld|Mertens|Mulders|Oudshoorn|Roos|Sloot|Snijders
Terpstra|Visscher|Wagenaar|Yntema|Zijlstra|Verbruggen|Verweij|Aarts|van Dalen|Rozenberg|de Backer|Verhoef|Kester|Hoogland
Yilmaz|Yılmaz|Kaya|Demir|Şahin|Sahin|Çelik|Celik|Yıldız|Yildiz|Yıldırım|Yildirim|Öztürk|Ozturk|Aydın|Aydin|Özdemir|Ozdemir|Arslan|Doğan|Dogan
Kılıç|Kilic|Aslan|Çetin|Cetin|Kara|Koç|Koc|Kurt|Özkan|Ozkan|Şimşek|Simsek|Polat|Erdoğan|Erdogan|Güneş|Gunes|Aksoy|Korkmaz|Altun|Karaca|Tekin
El Amrani|Amrani|Bouzid|Benali|El Idrissi|Idrissi|Boukhari|Bakkali|El Khatib|Haddou|Ouali|El Ouali|Boussaid|Azzouzi|El Hamdaoui|Ait Said
Ziani|Tahiri|Belhaj|Ouazzani|Laaroussi|Mansouri|Bennani|Ahmadi|Hassani|Bouali|Bouhali|Chakir|Zahiri|Mohammadi|El Bakkali|Bouchtaoui|Ait Ali
Aboutaleb|El Yousfi|Achahbar|Amghar|Azough|Bouyeri|Chaoui|Dahri|El Azzouzi|Kasmi|Lamrabet|Moussaoui|Naciri|Rifi|Saadi|Talbi|Zaoui|Bakali
Ramdin|Ramdas|Ramsaran|Baldew|Jagesar|Bhagwandin|Sewdien|Mahabier|Soekhai|Ramkisoen|Kartosen|Pinas|Wijngaarde|Vreden|Breeveld|Doelwijt|Karg
Martina|Isenia|Cijntje|Statia|Rosaria|Coffie|Maduro|Elstak|Sedney|Pool
Mensah|Boateng|Owusu|Asante|Osei|Agyeman|Appiah|Addo|Acheampong|Ofori|Darko|Amoah|Adjei
Abdi|Farah|Warsame|Hussein|Jama|Aden|Abdullahi|Osman|Yusuf|Mohamud|Hirsi|Ismail
Tesfay|Tekle|Haile|Gebremedhin|Kidane|Berhane|Woldu|Ghebreyesus|Tesfaye|Yohannes|Mehari|Habte
Alhassan|Al Ahmad|Khalil|Haddad|Hamdan|Darwish|Suleiman|Hamoud|Al Khatib|Alali|Mahmoud|Haidari|Rahimi|Noori|Sultani|Popal
Nowak|Kowalski|Kowalska|Wiśniewski|Wisniewski|Wójcik|Wojcik|Kowalczyk|Kamiński|Kaminski|Lewandowski|Zieliński|Zielinski|Szymański|Woźniak|Dąbrowski
Kovalenko|Shevchenko|Bondarenko|Tkachenko|Kovalchuk|Melnyk|Boyko|Kravchenko|Oliinyk|Savchenko
Popescu|Ionescu|Popa|Dimitrov|Petrov|Ivanov|Georgiev|Stoica|Radu|Constantin
Wang|Zhang|Chen|Liu|Lin|Huang|Zhou|Nguyen|Tran|Pham|Hoang|Vu|Phan
Patel|Singh|Kumar|Sharma|Silva|Santos|Pereira|Fernandes|Gomes|Garcia|Rodriguez|Fernandez|Lopez|Rossi|Russo
`;

const TUSSEN = new Set(['van', 'de', 'den', 'der', 'ter', 'ten', 'te', 'el', 'al', 'ait', 'het']);

/** Full surnames, lower case, e.g. 'de vries', 'yilmaz'. */
export const ACHTERNAMEN: ReadonlySet<string> = new Set(
  NAMEN.split(/[|\n]/)
    .map((n) => n.trim().toLowerCase())
    .filter(Boolean),
);

/** The capitalised core of each surname without its tussenvoegsel: 'Vries', 'Berg', 'Yilmaz', 'Amrani'. */
export const ACHTERNAAM_KERNEN: ReadonlySet<string> = new Set(
  NAMEN.split(/[|\n]/)
    .map((n) => n.trim())
    .filter(Boolean)
    .map((n) => {
      const delen = n.split(' ');
      while (delen.length > 1 && TUSSEN.has((delen[0] ?? '').toLowerCase())) delen.shift();
      return delen.join(' ');
    })
    .flatMap((n) => n.split(' ')),
);
