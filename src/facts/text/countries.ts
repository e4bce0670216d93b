/**
 * A gazetteer of the world's countries: the name a reader would use, other
 * names and abbreviations, capitals (news writes "Moscow said" for the Russian
 * government) and demonyms ("Russian", "Nigerien"). One module-level constant
 * table plus lookup functions; shared by every extractor that needs to know
 * whether a word names a state.
 */

export interface Country {
  /** ISO 3166-1 alpha-2 code. */
  code: string;
  /** The short name used in news copy ("Russia", "United States"). */
  name: string;
  /** Official names, abbreviations and other names ("Russian Federation", "U.S."). */
  aliases: readonly string[];
  /** Seats of government; more than one where the country has several. */
  capitals: readonly string[];
  /** Adjectives and nouns for its people ("Russian"); plurals are derived. */
  demonyms: readonly string[];
}

type Row = readonly [code: string, name: string, aliases: string[], capitals: string[], demonyms: string[]];

// Kept as compact rows so the whole world fits on a few screens.
// Ambiguity notes: "Niger"/"Nigerien" vs "Nigeria"/"Nigerian" are distinct rows;
// "Georgia" and "Jordan" are also a U.S. state and a given name, callers decide.
const ROWS: readonly Row[] = [
  ['AF', 'Afghanistan', ['Islamic Republic of Afghanistan', 'Islamic Emirate of Afghanistan'], ['Kabul'], ['Afghan', 'Afghani']],
  ['AL', 'Albania', ['Republic of Albania'], ['Tirana'], ['Albanian']],
  ['DZ', 'Algeria', ["People's Democratic Republic of Algeria"], ['Algiers'], ['Algerian']],
  ['AD', 'Andorra', ['Principality of Andorra'], ['Andorra la Vella'], ['Andorran']],
  ['AO', 'Angola', ['Republic of Angola'], ['Luanda'], ['Angolan']],
  ['AG', 'Antigua and Barbuda', [], ["St. John's"], ['Antiguan', 'Barbudan']],
  ['AR', 'Argentina', ['Argentine Republic'], ['Buenos Aires'], ['Argentine', 'Argentinian', 'Argentinean']],
  ['AM', 'Armenia', ['Republic of Armenia'], ['Yerevan'], ['Armenian']],
  ['AU', 'Australia', ['Commonwealth of Australia'], ['Canberra'], ['Australian', 'Aussie']],
  ['AT', 'Austria', ['Republic of Austria'], ['Vienna'], ['Austrian']],
  ['AZ', 'Azerbaijan', ['Republic of Azerbaijan'], ['Baku'], ['Azerbaijani', 'Azeri']],
  ['BS', 'Bahamas', ['The Bahamas', 'Commonwealth of The Bahamas'], ['Nassau'], ['Bahamian']],
  ['BH', 'Bahrain', ['Kingdom of Bahrain'], ['Manama'], ['Bahraini']],
  ['BD', 'Bangladesh', ["People's Republic of Bangladesh"], ['Dhaka'], ['Bangladeshi']],
  ['BB', 'Barbados', [], ['Bridgetown'], ['Barbadian', 'Bajan']],
  ['BY', 'Belarus', ['Republic of Belarus', 'Byelorussia'], ['Minsk'], ['Belarusian', 'Belarusan']],
  ['BE', 'Belgium', ['Kingdom of Belgium'], ['Brussels'], ['Belgian']],
  ['BZ', 'Belize', [], ['Belmopan'], ['Belizean']],
  ['BJ', 'Benin', ['Republic of Benin'], ['Porto-Novo', 'Cotonou'], ['Beninese']],
  ['BT', 'Bhutan', ['Kingdom of Bhutan'], ['Thimphu'], ['Bhutanese']],
  ['BO', 'Bolivia', ['Plurinational State of Bolivia'], ['La Paz'], ['Bolivian']],
  ['BA', 'Bosnia and Herzegovina', ['Bosnia', 'Bosnia-Herzegovina'], ['Sarajevo'], ['Bosnian']],
  ['BW', 'Botswana', ['Republic of Botswana'], ['Gaborone'], ['Botswanan', 'Motswana', 'Batswana']],
  ['BR', 'Brazil', ['Federative Republic of Brazil'], ['Brasilia', 'Brasília'], ['Brazilian']],
  ['BN', 'Brunei', ['Brunei Darussalam'], ['Bandar Seri Begawan'], ['Bruneian']],
  ['BG', 'Bulgaria', ['Republic of Bulgaria'], ['Sofia'], ['Bulgarian']],
  ['BF', 'Burkina Faso', [], ['Ouagadougou'], ['Burkinabe', 'Burkinabè']],
  ['BI', 'Burundi', ['Republic of Burundi'], ['Gitega', 'Bujumbura'], ['Burundian']],
  ['CV', 'Cape Verde', ['Cabo Verde', 'Republic of Cabo Verde'], ['Praia'], ['Cape Verdean']],
  ['KH', 'Cambodia', ['Kingdom of Cambodia'], ['Phnom Penh'], ['Cambodian']],
  ['CM', 'Cameroon', ['Republic of Cameroon'], ['Yaounde', 'Yaoundé'], ['Cameroonian']],
  ['CA', 'Canada', [], ['Ottawa'], ['Canadian']],
  ['CF', 'Central African Republic', [], ['Bangui'], ['Central African']],
  ['TD', 'Chad', ['Republic of Chad'], ["N'Djamena", 'Ndjamena'], ['Chadian']],
  ['CL', 'Chile', ['Republic of Chile'], ['Santiago'], ['Chilean']],
  ['CN', 'China', ["People's Republic of China", 'PRC', 'Mainland China'], ['Beijing'], ['Chinese']],
  ['CO', 'Colombia', ['Republic of Colombia'], ['Bogota', 'Bogotá'], ['Colombian']],
  ['KM', 'Comoros', ['Union of the Comoros'], ['Moroni'], ['Comoran', 'Comorian']],
  ['CG', 'Republic of the Congo', ['Congo-Brazzaville', 'Congo Republic'], ['Brazzaville'], ['Congolese']],
  ['CD', 'Democratic Republic of the Congo', ['DR Congo', 'DRC', 'Congo-Kinshasa', 'Democratic Republic of Congo', 'Congo'], ['Kinshasa'], []],
  ['CR', 'Costa Rica', ['Republic of Costa Rica'], ['San Jose', 'San José'], ['Costa Rican']],
  ['CI', 'Ivory Coast', ["Cote d'Ivoire", "Côte d'Ivoire"], ['Yamoussoukro', 'Abidjan'], ['Ivorian']],
  ['HR', 'Croatia', ['Republic of Croatia'], ['Zagreb'], ['Croatian', 'Croat']],
  ['CU', 'Cuba', ['Republic of Cuba'], ['Havana'], ['Cuban']],
  ['CY', 'Cyprus', ['Republic of Cyprus'], ['Nicosia'], ['Cypriot']],
  ['CZ', 'Czech Republic', ['Czechia'], ['Prague'], ['Czech']],
  ['DK', 'Denmark', ['Kingdom of Denmark'], ['Copenhagen'], ['Danish', 'Dane']],
  ['DJ', 'Djibouti', ['Republic of Djibouti'], ['Djibouti City'], ['Djiboutian']],
  ['DM', 'Dominica', ['Commonwealth of Dominica'], ['Roseau'], ['Dominican']],
  ['DO', 'Dominican Republic', [], ['Santo Domingo'], []],
  ['EC', 'Ecuador', ['Republic of Ecuador'], ['Quito'], ['Ecuadorian', 'Ecuadorean']],
  ['EG', 'Egypt', ['Arab Republic of Egypt'], ['Cairo'], ['Egyptian']],
  ['SV', 'El Salvador', ['Republic of El Salvador'], ['San Salvador'], ['Salvadoran', 'Salvadorean']],
  ['GQ', 'Equatorial Guinea', ['Republic of Equatorial Guinea'], ['Malabo'], ['Equatoguinean', 'Equatorial Guinean']],
  ['ER', 'Eritrea', ['State of Eritrea'], ['Asmara'], ['Eritrean']],
  ['EE', 'Estonia', ['Republic of Estonia'], ['Tallinn'], ['Estonian']],
  ['SZ', 'Eswatini', ['Swaziland', 'Kingdom of Eswatini'], ['Mbabane'], ['Swazi']],
  ['ET', 'Ethiopia', ['Federal Democratic Republic of Ethiopia'], ['Addis Ababa'], ['Ethiopian']],
  ['FJ', 'Fiji', ['Republic of Fiji'], ['Suva'], ['Fijian']],
  ['FI', 'Finland', ['Republic of Finland'], ['Helsinki'], ['Finnish', 'Finn']],
  ['FR', 'France', ['French Republic'], ['Paris'], ['French', 'Frenchman', 'Frenchwoman']],
  ['GA', 'Gabon', ['Gabonese Republic'], ['Libreville'], ['Gabonese']],
  ['GM', 'Gambia', ['The Gambia', 'Republic of The Gambia'], ['Banjul'], ['Gambian']],
  ['GE', 'Georgia', [], ['Tbilisi'], ['Georgian']],
  ['DE', 'Germany', ['Federal Republic of Germany'], ['Berlin'], ['German']],
  ['GH', 'Ghana', ['Republic of Ghana'], ['Accra'], ['Ghanaian']],
  ['GR', 'Greece', ['Hellenic Republic'], ['Athens'], ['Greek']],
  ['GD', 'Grenada', [], ["St. George's"], ['Grenadian']],
  ['GT', 'Guatemala', ['Republic of Guatemala'], ['Guatemala City'], ['Guatemalan']],
  ['GN', 'Guinea', ['Republic of Guinea', 'Guinea-Conakry'], ['Conakry'], ['Guinean']],
  ['GW', 'Guinea-Bissau', ['Republic of Guinea-Bissau'], ['Bissau'], ['Bissau-Guinean']],
  ['GY', 'Guyana', ['Co-operative Republic of Guyana'], ['Georgetown'], ['Guyanese']],
  ['HT', 'Haiti', ['Republic of Haiti'], ['Port-au-Prince'], ['Haitian']],
  ['HN', 'Honduras', ['Republic of Honduras'], ['Tegucigalpa'], ['Honduran']],
  ['HU', 'Hungary', [], ['Budapest'], ['Hungarian']],
  ['IS', 'Iceland', [], ['Reykjavik', 'Reykjavík'], ['Icelandic', 'Icelander']],
  ['IN', 'India', ['Republic of India'], ['New Delhi'], ['Indian']],
  ['ID', 'Indonesia', ['Republic of Indonesia'], ['Jakarta'], ['Indonesian']],
  ['IR', 'Iran', ['Islamic Republic of Iran', 'Persia'], ['Tehran'], ['Iranian', 'Persian']],
  ['IQ', 'Iraq', ['Republic of Iraq'], ['Baghdad'], ['Iraqi']],
  ['IE', 'Ireland', ['Republic of Ireland', 'Eire'], ['Dublin'], ['Irish', 'Irishman']],
  ['IL', 'Israel', ['State of Israel'], ['Jerusalem'], ['Israeli']],
  ['IT', 'Italy', ['Italian Republic'], ['Rome'], ['Italian']],
  ['JM', 'Jamaica', [], ['Kingston'], ['Jamaican']],
  ['JP', 'Japan', [], ['Tokyo'], ['Japanese']],
  ['JO', 'Jordan', ['Hashemite Kingdom of Jordan'], ['Amman'], ['Jordanian']],
  ['KZ', 'Kazakhstan', ['Republic of Kazakhstan'], ['Astana'], ['Kazakh', 'Kazakhstani']],
  ['KE', 'Kenya', ['Republic of Kenya'], ['Nairobi'], ['Kenyan']],
  ['KI', 'Kiribati', [], ['Tarawa'], ['I-Kiribati']],
  ['KP', 'North Korea', ["Democratic People's Republic of Korea", 'DPRK'], ['Pyongyang'], ['North Korean']],
  ['KR', 'South Korea', ['Republic of Korea', 'ROK', 'Korea'], ['Seoul'], ['South Korean', 'Korean']],
  ['XK', 'Kosovo', ['Republic of Kosovo'], ['Pristina'], ['Kosovar', 'Kosovan']],
  ['KW', 'Kuwait', ['State of Kuwait'], ['Kuwait City'], ['Kuwaiti']],
  ['KG', 'Kyrgyzstan', ['Kyrgyz Republic'], ['Bishkek'], ['Kyrgyz', 'Kyrgyzstani']],
  ['LA', 'Laos', ["Lao People's Democratic Republic", 'Lao PDR'], ['Vientiane'], ['Laotian', 'Lao']],
  ['LV', 'Latvia', ['Republic of Latvia'], ['Riga'], ['Latvian']],
  ['LB', 'Lebanon', ['Lebanese Republic'], ['Beirut'], ['Lebanese']],
  ['LS', 'Lesotho', ['Kingdom of Lesotho'], ['Maseru'], ['Basotho', 'Mosotho']],
  ['LR', 'Liberia', ['Republic of Liberia'], ['Monrovia'], ['Liberian']],
  ['LY', 'Libya', ['State of Libya'], ['Tripoli'], ['Libyan']],
  ['LI', 'Liechtenstein', ['Principality of Liechtenstein'], ['Vaduz'], ['Liechtensteiner']],
  ['LT', 'Lithuania', ['Republic of Lithuania'], ['Vilnius'], ['Lithuanian']],
  ['LU', 'Luxembourg', ['Grand Duchy of Luxembourg'], ['Luxembourg City'], ['Luxembourgish', 'Luxembourger']],
  ['MG', 'Madagascar', ['Republic of Madagascar'], ['Antananarivo'], ['Malagasy']],
  ['MW', 'Malawi', ['Republic of Malawi'], ['Lilongwe'], ['Malawian']],
  ['MY', 'Malaysia', [], ['Kuala Lumpur', 'Putrajaya'], ['Malaysian']],
  ['MV', 'Maldives', ['Republic of Maldives'], ['Malé'], ['Maldivian']],
  ['ML', 'Mali', ['Republic of Mali'], ['Bamako'], ['Malian']],
  ['MT', 'Malta', ['Republic of Malta'], ['Valletta'], ['Maltese']],
  ['MH', 'Marshall Islands', ['Republic of the Marshall Islands'], ['Majuro'], ['Marshallese']],
  ['MR', 'Mauritania', ['Islamic Republic of Mauritania'], ['Nouakchott'], ['Mauritanian']],
  ['MU', 'Mauritius', ['Republic of Mauritius'], ['Port Louis'], ['Mauritian']],
  ['MX', 'Mexico', ['United Mexican States'], ['Mexico City'], ['Mexican']],
  ['FM', 'Micronesia', ['Federated States of Micronesia'], ['Palikir'], ['Micronesian']],
  ['MD', 'Moldova', ['Republic of Moldova'], ['Chisinau', 'Chișinău'], ['Moldovan']],
  ['MC', 'Monaco', ['Principality of Monaco'], ['Monaco'], ['Monegasque']],
  ['MN', 'Mongolia', [], ['Ulaanbaatar', 'Ulan Bator'], ['Mongolian']],
  ['ME', 'Montenegro', [], ['Podgorica'], ['Montenegrin']],
  ['MA', 'Morocco', ['Kingdom of Morocco'], ['Rabat'], ['Moroccan']],
  ['MZ', 'Mozambique', ['Republic of Mozambique'], ['Maputo'], ['Mozambican']],
  ['MM', 'Myanmar', ['Burma', 'Republic of the Union of Myanmar'], ['Naypyidaw', 'Naypyitaw'], ['Burmese', 'Myanmarese']],
  ['NA', 'Namibia', ['Republic of Namibia'], ['Windhoek'], ['Namibian']],
  ['NR', 'Nauru', ['Republic of Nauru'], ['Yaren'], ['Nauruan']],
  ['NP', 'Nepal', [], ['Kathmandu'], ['Nepali', 'Nepalese']],
  ['NL', 'Netherlands', ['The Netherlands', 'Holland', 'Kingdom of the Netherlands'], ['Amsterdam', 'The Hague'], ['Dutch', 'Dutchman']],
  ['NZ', 'New Zealand', [], ['Wellington'], ['New Zealander', 'Kiwi']],
  ['NI', 'Nicaragua', ['Republic of Nicaragua'], ['Managua'], ['Nicaraguan']],
  ['NE', 'Niger', ['Republic of Niger', 'Republic of the Niger'], ['Niamey'], ['Nigerien']],
  ['NG', 'Nigeria', ['Federal Republic of Nigeria'], ['Abuja'], ['Nigerian']],
  ['MK', 'North Macedonia', ['Macedonia', 'Republic of North Macedonia'], ['Skopje'], ['Macedonian']],
  ['NO', 'Norway', ['Kingdom of Norway'], ['Oslo'], ['Norwegian']],
  ['OM', 'Oman', ['Sultanate of Oman'], ['Muscat'], ['Omani']],
  ['PK', 'Pakistan', ['Islamic Republic of Pakistan'], ['Islamabad'], ['Pakistani']],
  ['PW', 'Palau', ['Republic of Palau'], ['Ngerulmud'], ['Palauan']],
  ['PS', 'Palestine', ['State of Palestine', 'Palestinian Territories'], ['Ramallah'], ['Palestinian']],
  ['PA', 'Panama', ['Republic of Panama'], ['Panama City'], ['Panamanian']],
  ['PG', 'Papua New Guinea', ['PNG'], ['Port Moresby'], ['Papua New Guinean']],
  ['PY', 'Paraguay', ['Republic of Paraguay'], ['Asuncion', 'Asunción'], ['Paraguayan']],
  ['PE', 'Peru', ['Republic of Peru'], ['Lima'], ['Peruvian']],
  ['PH', 'Philippines', ['The Philippines', 'Republic of the Philippines'], ['Manila'], ['Filipino', 'Philippine', 'Filipina']],
  ['PL', 'Poland', ['Republic of Poland'], ['Warsaw'], ['Polish', 'Pole']],
  ['PT', 'Portugal', ['Portuguese Republic'], ['Lisbon'], ['Portuguese']],
  ['QA', 'Qatar', ['State of Qatar'], ['Doha'], ['Qatari']],
  ['RO', 'Romania', [], ['Bucharest'], ['Romanian']],
  ['RU', 'Russia', ['Russian Federation'], ['Moscow'], ['Russian']],
  ['RW', 'Rwanda', ['Republic of Rwanda'], ['Kigali'], ['Rwandan']],
  ['KN', 'Saint Kitts and Nevis', ['St. Kitts and Nevis'], ['Basseterre'], ['Kittitian', 'Nevisian']],
  ['LC', 'Saint Lucia', ['St. Lucia'], ['Castries'], ['Saint Lucian', 'St. Lucian']],
  ['VC', 'Saint Vincent and the Grenadines', ['St. Vincent and the Grenadines'], ['Kingstown'], ['Vincentian']],
  ['WS', 'Samoa', ['Independent State of Samoa'], ['Apia'], ['Samoan']],
  ['SM', 'San Marino', ['Republic of San Marino'], ['San Marino'], ['Sammarinese']],
  ['ST', 'Sao Tome and Principe', ['São Tomé and Príncipe'], ['Sao Tome', 'São Tomé'], ['Santomean']],
  ['SA', 'Saudi Arabia', ['Kingdom of Saudi Arabia', 'KSA'], ['Riyadh'], ['Saudi', 'Saudi Arabian']],
  ['SN', 'Senegal', ['Republic of Senegal'], ['Dakar'], ['Senegalese']],
  ['RS', 'Serbia', ['Republic of Serbia'], ['Belgrade'], ['Serbian', 'Serb']],
  ['SC', 'Seychelles', ['Republic of Seychelles'], [], ['Seychellois']],
  ['SL', 'Sierra Leone', ['Republic of Sierra Leone'], ['Freetown'], ['Sierra Leonean']],
  ['SG', 'Singapore', ['Republic of Singapore'], ['Singapore'], ['Singaporean']],
  ['SK', 'Slovakia', ['Slovak Republic'], ['Bratislava'], ['Slovak', 'Slovakian']],
  ['SI', 'Slovenia', ['Republic of Slovenia'], ['Ljubljana'], ['Slovenian', 'Slovene']],
  ['SB', 'Solomon Islands', [], ['Honiara'], ['Solomon Islander']],
  ['SO', 'Somalia', ['Federal Republic of Somalia'], ['Mogadishu'], ['Somali', 'Somalian']],
  ['ZA', 'South Africa', ['Republic of South Africa'], ['Pretoria', 'Cape Town'], ['South African']],
  ['SS', 'South Sudan', ['Republic of South Sudan'], ['Juba'], ['South Sudanese']],
  ['ES', 'Spain', ['Kingdom of Spain'], ['Madrid'], ['Spanish', 'Spaniard']],
  ['LK', 'Sri Lanka', ['Democratic Socialist Republic of Sri Lanka', 'Ceylon'], ['Colombo', 'Sri Jayawardenepura Kotte'], ['Sri Lankan']],
  ['SD', 'Sudan', ['Republic of the Sudan', 'Republic of Sudan', 'The Sudan'], ['Khartoum'], ['Sudanese']],
  ['SR', 'Suriname', ['Republic of Suriname'], ['Paramaribo'], ['Surinamese']],
  ['SE', 'Sweden', ['Kingdom of Sweden'], ['Stockholm'], ['Swedish', 'Swede']],
  ['CH', 'Switzerland', ['Swiss Confederation'], ['Bern', 'Berne'], ['Swiss']],
  ['SY', 'Syria', ['Syrian Arab Republic'], ['Damascus'], ['Syrian']],
  ['TW', 'Taiwan', ['Republic of China', 'ROC'], ['Taipei'], ['Taiwanese']],
  ['TJ', 'Tajikistan', ['Republic of Tajikistan'], ['Dushanbe'], ['Tajik', 'Tajikistani']],
  ['TZ', 'Tanzania', ['United Republic of Tanzania'], ['Dodoma', 'Dar es Salaam'], ['Tanzanian']],
  ['TH', 'Thailand', ['Kingdom of Thailand'], ['Bangkok'], ['Thai']],
  ['TL', 'East Timor', ['Timor-Leste'], ['Dili'], ['Timorese']],
  ['TG', 'Togo', ['Togolese Republic'], ['Lome', 'Lomé'], ['Togolese']],
  ['TO', 'Tonga', ['Kingdom of Tonga'], ["Nuku'alofa"], ['Tongan']],
  ['TT', 'Trinidad and Tobago', [], ['Port of Spain'], ['Trinidadian', 'Tobagonian']],
  ['TN', 'Tunisia', ['Republic of Tunisia'], ['Tunis'], ['Tunisian']],
  ['TR', 'Turkey', ['Türkiye', 'Turkiye', 'Republic of Turkey'], ['Ankara'], ['Turkish', 'Turk']],
  ['TM', 'Turkmenistan', [], ['Ashgabat'], ['Turkmen']],
  ['TV', 'Tuvalu', [], ['Funafuti'], ['Tuvaluan']],
  ['UG', 'Uganda', ['Republic of Uganda'], ['Kampala'], ['Ugandan']],
  ['UA', 'Ukraine', [], ['Kyiv', 'Kiev'], ['Ukrainian']],
  ['AE', 'United Arab Emirates', ['UAE', 'U.A.E.'], ['Abu Dhabi'], ['Emirati']],
  ['GB', 'United Kingdom', ['UK', 'U.K.', 'Britain', 'Great Britain', 'United Kingdom of Great Britain and Northern Ireland'], ['London'], ['British', 'Briton', 'Brit']],
  ['US', 'United States', ['United States of America', 'U.S.', 'US', 'USA', 'U.S.A.', 'America'], ['Washington'], ['American']],
  ['UY', 'Uruguay', ['Oriental Republic of Uruguay'], ['Montevideo'], ['Uruguayan']],
  ['UZ', 'Uzbekistan', ['Republic of Uzbekistan'], ['Tashkent'], ['Uzbek', 'Uzbekistani']],
  ['VU', 'Vanuatu', ['Republic of Vanuatu'], ['Port Vila'], ['Ni-Vanuatu']],
  ['VA', 'Vatican City', ['Holy See', 'Vatican'], [], []],
  ['VE', 'Venezuela', ['Bolivarian Republic of Venezuela'], ['Caracas'], ['Venezuelan']],
  ['VN', 'Vietnam', ['Viet Nam', 'Socialist Republic of Vietnam'], ['Hanoi'], ['Vietnamese']],
  ['YE', 'Yemen', ['Republic of Yemen'], ["Sanaa", "Sana'a"], ['Yemeni']],
  ['ZM', 'Zambia', ['Republic of Zambia'], ['Lusaka'], ['Zambian']],
  ['ZW', 'Zimbabwe', ['Republic of Zimbabwe'], ['Harare'], ['Zimbabwean']],
];

/** Every country, in alphabetical order of its ISO code's row above. */
export const COUNTRIES: readonly Country[] = ROWS.map(([code, name, aliases, capitals, demonyms]) => ({
  code,
  name,
  aliases,
  capitals,
  demonyms,
}));

/**
 * Lookup key: case-folded, curly apostrophes straightened, a leading "the"
 * dropped ("the Netherlands"), white space collapsed. Short all-capital
 * abbreviations ("US", "UK") keep their case so that the pronoun "us" is not
 * the United States.
 */
function lookupKey(value: string): string {
  // Fast path: one plain ASCII word ("Russia", "U.S.") needs no cleaning.
  if (/^[A-Za-z.-]+$/.test(value)) return isCaseSensitiveAbbreviation(value) ? value : value.toLowerCase();
  // NFKC only matters outside ASCII; most lookups are plain words.
  const s = (/^[\x20-\x7e]*$/.test(value) ? value : value.normalize('NFKC'))
    .replace(/[‘’`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /i, '');
  return isCaseSensitiveAbbreviation(s) ? s : s.toLowerCase();
}

function isCaseSensitiveAbbreviation(s: string): boolean {
  return s.length <= 4 && /^[A-Z]+$/.test(s);
}

function indexBy(pick: (c: Country) => readonly string[]): ReadonlyMap<string, Country> {
  const index = new Map<string, Country>();
  for (const country of COUNTRIES) {
    for (const value of pick(country)) {
      const key = lookupKey(value);
      if (!index.has(key)) index.set(key, country);
    }
  }
  return index;
}

const BY_NAME = indexBy((c) => [c.name, ...c.aliases]);
const BY_CAPITAL = indexBy((c) => c.capitals);
const BY_DEMONYM = indexBy((c) => c.demonyms);

/**
 * The country a name or alias refers to ("U.S.", "Russian Federation",
 * "the Netherlands", "UNITED STATES"), or null. Capitals and demonyms are not
 * names: use countryOfCapital / countryOfDemonym for those.
 */
export function findCountryByName(name: string): Country | null {
  return BY_NAME.get(lookupKey(name)) ?? null;
}

/**
 * The country whose capital this is ("Moscow" -> Russia), or null. Whether a
 * capital stands for the government in a given sentence is the caller's call.
 */
export function countryOfCapital(name: string): Country | null {
  return BY_CAPITAL.get(lookupKey(name)) ?? null;
}

/**
 * The country of a demonym, singular or plural ("Russian", "Russians",
 * "Nigerien" -> Niger, "Nigerian" -> Nigeria, "Frenchmen" -> France), or null.
 */
export function countryOfDemonym(word: string): Country | null {
  const key = lookupKey(word);
  const direct = BY_DEMONYM.get(key);
  if (direct) return direct;
  // Plurals: Russians, Frenchmen, Frenchwomen.
  if (/men$/.test(key)) return BY_DEMONYM.get(key.replace(/men$/, 'man')) ?? null;
  if (/s$/.test(key)) return BY_DEMONYM.get(key.slice(0, -1)) ?? null;
  return null;
}

/** The country with this ISO 3166-1 alpha-2 code ("RU"), or null. */
export function countryByCode(code: string): Country | null {
  return COUNTRIES.find((c) => c.code === code.toUpperCase()) ?? null;
}
