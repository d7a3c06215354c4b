/**
 * Organisations, services, laws, regulations and other capitalised terms of the Dutch social domain that
 * must never be taken for a person's name (also the ones that contain a first name, such as hospitals).
 *
 * Source: compiled by hand for this project from general knowledge of the Dutch social domain; no
 * third-party list copied. Not exhaustive.
 */
const TERMEN = `
Gemeente|College|Raad|Wethouder|Burgemeester|Buurtteam|Buurtteams|Wijkteam|Wijkteams|Sociaal Wijkteam|Jeugdteam|Werkplein|Werk en Inkomen|Sociale Dienst
Woonin|Mitros|Portaal|Bo-Ex|Ymere|Vestia|Havensteder|Woonstad|Eigen Haard|Stadgenoot|De Alliantie|Rochdale|Woonbron|Staedion|Haag Wonen|Vidomes|Woonzorg
GGZ|GGZ Centraal|Altrecht|Arkin|Parnassia|Lister|Emergis|Dimence|Mondriaan|Pro Persona|Antes|Yulius|GGD|Veilig Thuis|Raad voor de Kinderbescherming
UWV|CAK|SVB|DUO|CJIB|CBR|RDW|IND|COA|Belastingdienst|Dienst Toeslagen|Toeslagen|Kredietbank|Kredietbank Nederland|Stadsbank|Voedselbank|Nibud|Juridisch Loket
Leger des Heils|Kessler Stichting|Exodus|Humanitas|Vluchtelingenwerk|VluchtelingenWerk|Stichting Urgente Noden|Sociaal Raadslieden|Schuldhulpmaatje
Jeugdbescherming|William Schrikker|Bureau Jeugdzorg|Reclassering|Salvation Army|Zilveren Kruis|VGZ|CZ|Menzis|Achmea|Zorg en Zekerheid|DSW|ONVZ|Eneco
Vattenfall|Essent|Vitens|Evides|Ziggo|KPN|Odido|PostNL|NS|ANWB|ING|Rabobank|ABN AMRO|SNS|ASN|Knab|Bunq|Triodos|Jumbo|Albert Heijn|Lidl|Aldi|Action
Antonius Ziekenhuis|St. Antonius|Sint Antonius|Jeroen Bosch Ziekenhuis|Sophia Kinderziekenhuis|Wilhelmina Kinderziekenhuis
Prinses Máxima Centrum|Máxima Medisch Centrum|Maxima MC|Juliana Kinderziekenhuis|Emma Kinderziekenhuis|Erasmus MC|Amsterdam UMC|UMC Utrecht|Radboudumc|Maasstad
Diakonessenhuis|Meander|Amphia|Isala|Gelre|Rijnstate|Catharina Ziekenhuis|Franciscus Gasthuis|HagaZiekenhuis|Reinier de Graaf|Willem Arntsz Huis|Elisabeth-TweeSteden
Participatiewet|Jeugdwet|Wmo|WMO|Wmo 2015|Wlz|Zvw|Awb|Wgs|Wsnp|WSNP|Wet|Burgerlijk Wetboek|Toeslagenwet|Huurtoeslag|Zorgtoeslag|Kindgebonden Budget
Wet gemeentelijke schuldhulpverlening|Wet maatschappelijke ondersteuning|Algemene wet bestuursrecht|Vreemdelingenwet|Woningwet|Huisvestingswet
Nationale ombudsman|Ombudsman|Rechtbank|Centrale Raad van Beroep|Raad van State|Kantonrechter|Hoge Raad|Midden-Nederland
Ramadan|Suikerfeest|Offerfeest|Kerst|Kerstmis|Pasen|Pinksteren|Koningsdag|Oud en Nieuw|Sinterklaas|Divali|Holi|Keti Koti|Chanoeka
Maatwerk|Maatwerktafel|Maatwerkbot|DigiD|Suwinet|BRP|MijnOverheid|Tolkentelefoon
Stichting|Buurthuis|Wijkcentrum|Montessori|Montessorischool
`;

export const ORGANISATIE_TERMEN: readonly string[] = TERMEN.split(/[|\n]/)
  .map((t) => t.trim())
  .filter(Boolean);
