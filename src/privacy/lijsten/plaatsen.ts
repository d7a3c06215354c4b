/**
 * Places that must never be taken for a person's name: Dutch municipalities and larger towns, districts of
 * the four big cities and some other large municipalities, provinces, regions and countries that come up
 * in casus descriptions.
 *
 * Source: compiled by hand for this project from general geographic knowledge; no third-party list copied.
 * Not exhaustive: the detector does not rely on it to find names, only to avoid false alarms.
 */
const PLAATSEN = `
Aalsmeer|Aalten|Achtkarspelen|Alblasserdam|Albrandswaard|Alkmaar|Almelo|Almere|Alphen aan den Rijn|Alphen|Altena|Ameland|Amersfoort|Amstelveen|Amsterdam
Apeldoorn|Arnhem|Assen|Asten|Baarle-Nassau|Baarn|Barendrecht|Barneveld|Beekdaelen|Beesel|Berg en Dal|Bergeijk|Bergen|Bergen op Zoom|Berkelland
Bernheze|Best|Beuningen|Beverwijk|Bladel|Blaricum|Bloemendaal|Bodegraven|Boekel|Borger-Odoorn|Borne|Borsele|Boxtel|Breda|Brielle|Bronckhorst|Brummen
Brunssum|Bunnik|Bunschoten|Buren|Capelle aan den IJssel|Capelle|Castricum|Coevorden|Cranendonck|Culemborg|Dalfsen|Dantumadiel|De Bilt|De Fryske Marren
De Ronde Venen|De Wolden|Delft|Den Bosch|Den Haag|Den Helder|Deurne|Deventer|Diemen|Dijk en Waard|Dinkelland|Doesburg|Doetinchem|Dongen|Dordrecht
Drechterland|Drimmelen|Dronten|Druten|Duiven|Echt-Susteren|Edam-Volendam|Ede|Eemnes|Eemsdelta|Eersel|Eijsden-Margraten|Eindhoven|Elburg|Emmen|Enkhuizen
Enschede|Epe|Ermelo|Etten-Leur|Geertruidenberg|Geldrop-Mierlo|Gemert-Bakel|Gennep|Gilze en Rijen|Goeree-Overflakkee|Goes|Goirle|Gooise Meren|Gorinchem
Gouda|Groningen|Gulpen-Wittem|Haaksbergen|Haarlem|Haarlemmermeer|Halderberge|Hardenberg|Harderwijk|Hardinxveld-Giessendam|Harlingen|Hattem|Heemskerk
Heemstede|Heerde|Heerenveen|Heerlen|Heeze-Leende|Heiloo|Hellendoorn|Helmond|Hendrik-Ido-Ambacht|Hengelo|Heumen|Heusden|Hilvarenbeek|Hilversum|Hoeksche Waard
Hof van Twente|Hollands Kroon|Hoogeveen|Hoorn|Horst aan de Maas|Houten|Huizen|Hulst|IJsselstein|Kaag en Braassem|Kampen|Kapelle|Katwijk|Kerkrade|Koggenland
Krimpen aan den IJssel|Krimpenerwaard|Laarbeek|Land van Cuijk|Landgraaf|Landsmeer|Lansingerland|Laren|Leeuwarden|Leiden|Leiderdorp|Leidschendam-Voorburg
Lelystad|Leudal|Leusden|Lingewaard|Lisse|Lochem|Loon op Zand|Lopik|Losser|Maasdriel|Maasgouw|Maashorst|Maassluis|Maastricht|Medemblik|Meerssen|Meierijstad
Meppel|Middelburg|Midden-Delfland|Midden-Drenthe|Midden-Groningen|Moerdijk|Molenlanden|Montferland|Montfoort|Mook en Middelaar|Neder-Betuwe|Nieuwegein
Nieuwkoop|Nijkerk|Nijmegen|Nissewaard|Noardeast-Fryslân|Noord-Beveland|Noordenveld|Noordoostpolder|Noordwijk|Nuenen|Nunspeet|Oegstgeest|Oirschot|Oisterwijk
Oldambt|Oldebroek|Oldenzaal|Olst-Wijhe|Ommen|Oost Gelre|Oosterhout|Ooststellingwerf|Oostzaan|Opmeer|Opsterland|Oss|Oude IJsselstreek|Ouder-Amstel|Oudewater
Overbetuwe|Papendrecht|Peel en Maas|Pekela|Pijnacker-Nootdorp|Purmerend|Putten|Raalte|Reimerswaal|Renkum|Renswoude|Reusel-De Mierden|Rheden|Rhenen|Ridderkerk
Rijssen-Holten|Rijswijk|Roerdalen|Roermond|Roosendaal|Rotterdam|Rozendaal|Rucphen|Schagen|Scherpenzeel|Schiedam|Schiermonnikoog|Schouwen-Duiveland
's-Hertogenbosch|Simpelveld|Sint-Michielsgestel|Sittard-Geleen|Sliedrecht|Sluis|Smallingerland|Soest|Someren|Son en Breugel|Stadskanaal|Staphorst
Stede Broec|Steenbergen|Steenwijkerland|Stichtse Vecht|Súdwest-Fryslân|Terneuzen|Terschelling|Texel|Teylingen|Tholen|Tiel|Tilburg|Tubbergen|Twenterand
Tynaarlo|Uitgeest|Uithoorn|Urk|Utrecht|Utrechtse Heuvelrug|Vaals|Valkenburg|Valkenswaard|Veendam|Veenendaal|Veere|Veldhoven|Velsen|Venlo|Venray|Vijfheerenlanden
Vlaardingen|Vlieland|Vlissingen|Voerendaal|Voorschoten|Voorst|Vught|Waadhoeke|Waalre|Waalwijk|Waddinxveen|Wageningen|Wassenaar|Waterland|Weert|West Betuwe
West Maas en Waal|Westerkwartier|Westerveld|Westervoort|Westerwolde|Westland|Weststellingwerf|Wierden|Wijchen|Wijdemeren|Wijk bij Duurstede|Winterswijk
Woensdrecht|Woerden|Wormerland|Woudenberg|Zaanstad|Zaltbommel|Zandvoort|Zeewolde|Zeist|Zevenaar|Zoetermeer|Zoeterwoude|Zuidplas|Zundert|Zutphen|Zwartewaterland
Zwijndrecht|Zwolle|Maarssen|Vleuten|De Meern|Leidsche Rijn|Overvecht|Kanaleneiland|Lombok|Zuilen|Ondiep|Hoograven|Lunetten|Tuindorp|Oog in Al|Transwijk
Rivierenwijk|Wittevrouwen|Vogelenbuurt|Tuinwijk|Oudwijk|Binnenstad|Noordoost|Zuidwest|Vathorst|Kattenbroek|Schothorst|Soesterkwartier
Bijlmer|Bijlmermeer|Zuidoost|Nieuw-West|Osdorp|Slotervaart|Geuzenveld|De Pijp|Jordaan|Oost|West|Noord|Zuid|Centrum|Watergraafsmeer|Buikslotermeerplein
Charlois|Feijenoord|Delfshaven|Hillegersberg|Kralingen|Ommoord|Prins Alexander|Hoogvliet|IJsselmonde|Overschie|Crooswijk|Spangen|Tarwewijk|Carnisse
Schilderswijk|Transvaal|Moerwijk|Laak|Escamp|Segbroek|Scheveningen|Ypenburg|Leidschenveen|Loosduinen|Mariahoeve|Bouwlust|Vrederust|Duindorp
Strijp|Woensel|Stratum|Gestel|Tongelre|Reeshof|Malburgen|Presikhaaf|Dukenburg|Lindenholt|Hatert|Kronenburg|Holtenbroek|Aa-landen|Hengelo
Drenthe|Flevoland|Friesland|Fryslân|Gelderland|Limburg|Noord-Brabant|Brabant|Noord-Holland|Zuid-Holland|Overijssel|Zeeland|Holland|Randstad|Twente|Veluwe
Nederland|België|Duitsland|Frankrijk|Spanje|Portugal|Italië|Polen|Roemenië|Bulgarije|Hongarije|Oekraïne|Rusland|Turkije|Marokko|Algerije|Tunesië|Egypte
Syrië|Irak|Iran|Afghanistan|Pakistan|India|China|Vietnam|Indonesië|Suriname|Curaçao|Aruba|Bonaire|Sint Maarten|Antillen|Ghana|Nigeria|Somalië|Eritrea
Ethiopië|Soedan|Jemen|Kroatië|Servië|Bosnië|Kosovo|Albanië|Griekenland|Cyprus|Engeland|Schotland|Ierland|Amerika|Brazilië|Colombia|Venezuela|Kaapverdië
Tanger|Nador|Al Hoceima|Casablanca|Rabat|Istanbul|Ankara|Damascus|Aleppo|Mogadishu|Asmara|Kabul|Paramaribo|Willemstad|Brussel|Antwerpen|Gent|Berlijn|Keulen
Parijs|Londen|Warschau|Krakau|Kyiv|Kiev|Boekarest|Sofia|Accra|Lagos
`;

export const PLAATSNAMEN: readonly string[] = PLAATSEN.split(/[|\n]/)
  .map((p) => p.trim())
  .filter(Boolean);
