/**
 * Word lists the actor rules consult. General English news vocabulary only:
 * titles, role nouns, organization head nouns, speech verbs, and a handful of
 * well-known international bodies. Nothing here is specific to one article.
 */
import { CORPORATE_SUFFIXES } from '../../lexicon/organizations.js';
import { verbFormsFor } from '../../lexicon/verbs.js';
import { NAME_PARTICLES, NAME_SUFFIXES } from '../../lexicon/names.js';
import { SHIP_PREFIXES as SHIP_PREFIX_WORDS, WEAK_SHIP_PREFIXES } from '../../lexicon/ships.js';
import { MONTH_ABBREVIATIONS, MONTH_NAMES, UNDATED_FEASTS, WEEKDAY_NAMES } from '../../lexicon/calendar.js';
import { HOLIDAYS } from '../../lexicon/holidays.js';
import { MOONS_AND_GALAXIES, PLANETS } from '../../lexicon/space.js';
import { loadWordClasses, type WordClasses } from './word-classes.js';
import { lowerCased } from '../text/tokens.js';

export { PERSON_TITLES } from '../text/titles.js';

/**
 * Title words that only count when another title word precedes them
 * ("Chief Executive", "Prime Minister") or a name follows directly; these
 * are also ordinary adjectives, so alone they are not enough.
 */
export const WEAK_TITLES: ReadonlySet<string> = new Set(['vice', 'chief', 'executive', 'major', 'prime', 'deputy', 'officer', 'cabinet']);

/** Titles that take an "of"/"for" portfolio before the name ("Secretary of State X", "Minister for Foreign Affairs X"). */
export const TITLES_TAKING_PORTFOLIO: ReadonlySet<string> = new Set(['secretary', 'minister', 'commissioner', 'ambassador', 'chief']);

/** Words of a portfolio after such a title ("of Foreign Affairs", "for Human Rights"): the name starts after them. */
export const PORTFOLIO_WORDS: ReadonlySet<string> = new Set([
  // a chief's command: "Chief of Staff", "Chief of the General Staff", "Chief of Police", "Chief of Naval Operations"
  'staff', 'general', 'police', 'naval', 'operations',
  'state', 'defense', 'defence', 'foreign', 'affairs', 'interior', 'justice', 'finance', 'health', 'education',
  'agriculture', 'energy', 'transport', 'transportation', 'labor', 'labour', 'commerce', 'trade', 'homeland', 'security',
  'treasury', 'economy', 'economic', 'environment', 'culture', 'information', 'communications', 'industry', 'tourism',
  'housing', 'veterans', 'war', 'home', 'the', 'and', 'external', 'internal', 'public', 'works', 'national', 'planning',
  'development', 'science', 'technology', 'youth', 'sports', 'women', 'family', 'social', 'welfare', 'immigration',
  'human', 'rights', 'refugees', 'european', 'international', 'cooperation', 'relations', 'digital', 'climate', 'water',
  'resources', 'natural', 'mines', 'mining', 'petroleum', 'oil', 'gas', 'fisheries', 'land', 'lands', 'urban', 'rural',
  'infrastructure', 'local', 'government', 'policy', 'budget', 'revenue', 'investment', 'employment', 'children',
]);

/**
 * Words that make one title with the title word after them: a rank ("Rear Admiral", "Vice
 * Admiral"), a standing ("Deputy", "Acting", "Assistant") or a portfolio ("Defense Minister",
 * "Deputy Foreign Minister", "Homeland Security Secretary"). Before a title they are part of the
 * role, not an affiliation: "Defense" is no organization.
 */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'rear', 'vice', 'deputy', 'acting', 'assistant', 'associate', 'under', 'senior', 'junior', 'principal', 'interim', 'first',
  'lieutenant', 'prime', 'chief', 'executive', 'press', 'army', 'navy', 'air', 'force', 'marine', 'military', 'staff', 'sergeant',
  ...[...PORTFOLIO_WORDS].filter((w) => w !== 'the' && w !== 'and'),
]);

/** Plural nouns after a demonym that make an acting collective ("French forces", "Kenyan troops"). */
export const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'forces', 'troops', 'soldiers', 'officials', 'police', 'militants', 'rebels', 'fighters', 'jihadists', 'diplomats',
]);

/** Lower-case adjectives that with a collective noun name an unnamed armed group ("jihadist groups"). */
export const GROUP_ADJECTIVES: ReadonlySet<string> = new Set(['jihadist', 'islamist', 'extremist', 'separatist', 'insurgent']);
export const ARMED_COLLECTIVES: ReadonlySet<string> = new Set(['groups', 'militants', 'fighters', 'rebels', 'insurgents', 'militias']);

/** Prefixes of ship names as written ("USS", "HMS", "JS Takanami"): the name is a vessel, not an actor. */
export const SHIP_PREFIXES: ReadonlySet<string> = new Set([...SHIP_PREFIX_WORDS, ...WEAK_SHIP_PREFIXES].map((prefix) => prefix.toUpperCase()));

/** Lower-case class nouns right before a name that make it an organization ("manufacturer Saab", "news agency Antara"). */
export const ORG_CLASS_NOUNS_BEFORE: ReadonlySet<string> = new Set([
  'manufacturer', 'company', 'firm', 'group', 'agency', 'broadcaster', 'carrier', 'airline', 'automaker', 'carmaker',
  'maker', 'startup', 'start-up', 'retailer', 'bank', 'lender', 'giant', 'conglomerate', 'insurer', 'newspaper', 'outlet',
  'network', 'channel', 'publisher', 'studio', 'militia', 'movement', 'shipbuilder', 'chipmaker', 'drugmaker',
  'daily', 'weekly', 'tabloid', 'website', 'watchdog', 'regulator', 'charity', 'nonprofit', 'non-profit', 'union',
  'consultancy', 'subsidiary',
]);

/** Lower-case nouns that, right before a capitalized name, say it is a person ("chairman Marcelo X"). */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'chairman', 'chairwoman', 'chair', 'ceo', 'executive', 'founder', 'co-founder', 'cofounder', 'president', 'director',
  'host', 'anchor', 'teacher', 'professor', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'minister',
  'leader', 'analyst', 'attorney', 'lawyer', 'judge', 'editor', 'correspondent', 'reporter', 'writer', 'author',
  'official', 'officer', 'commander', 'general', 'senator', 'governor', 'mayor', 'actor', 'actress', 'singer',
  'player', 'coach', 'manager', 'economist', 'researcher', 'scientist', 'student', 'resident', 'activist', 'historian',
  'photographer', 'producer', 'designer', 'architect', 'engineer', 'investor', 'entrepreneur', 'candidate',
  'lawmaker', 'legislator', 'diplomat', 'envoy', 'ambassador', 'prosecutor', 'detective', 'sheriff', 'colonel',
  'captain', 'superintendent', 'principal', 'doctor', 'surgeon', 'nurse', 'pastor', 'priest', 'imam', 'rabbi',
  'chief', 'deputy', 'strategist', 'adviser', 'advisor', 'aide', 'fellow', 'member', 'head', 'partner', 'owner',
  'president-elect', 'premier', 'chancellor', 'commissioner', 'administrator', 'representative', 'speaker',
]);

/**
 * Last words that make a capitalized name an organization
 * ("Defense Ministry", "Harvard University", "Harlan Brothers Co.").
 */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  'ministry', 'department', 'office', 'bureau', 'agency', 'administration', 'authority', 'service', 'services',
  'commission', 'committee', 'council', 'board', 'assembly', 'parliament', 'congress', 'senate', 'legislature',
  'cabinet', 'government', 'court', 'tribunal', 'police', 'army', 'navy', 'forces', 'force', 'guard', 'command',
  'corps', 'brigade', 'brigades', 'militia', 'front', 'movement', 'party', 'brotherhood', 'alliance', 'coalition',
  'union', 'federation', 'association', 'league', 'society', 'institute', 'institution', 'center', 'centre',
  'foundation', 'fund', 'trust', 'bank', 'exchange', 'reserve', 'university', 'college', 'school', 'schools',
  'academy', 'hospital', 'clinic', 'church', 'mosque', 'embassy', 'embassies', 'consulate', 'mission',
  ...CORPORATE_SUFFIXES, 'sa', 'holdings', 'partners', 'ventures', 'capital', 'industries', 'enterprises', 'technologies', 'systems',
  'labs', 'laboratories', 'laboratory', 'lab', 'observatory', 'motors', 'airlines', 'airways', 'pharmaceuticals', 'studios', 'pictures', 'entertainment',
  'animation', 'design', 'designs', 'architects', 'associates', 'consulting', 'solutions', 'media', 'news', 'network', 'networks', 'channel', 'broadcasting', 'television', 'radio', 'times',
  'post', 'journal', 'herald', 'tribune', 'gazette', 'telegraph', 'press', 'wire', 'magazine', 'review',
  'organization', 'organisation', 'initiative', 'project', 'program', 'team', 'club', 'nations',
  'international', 'worldwide', 'house', 'directorate', 'secretariat', 'division', 'unit', 'inc.', 'co.',
  'productions', 'records', 'films', 'publishing', 'brands', 'foods', 'stores', 'therapeutics', 'electronics',
  'communications', 'logistics', 'investments', 'properties', 'insurance', 'bancorp', 'financial', 'securities',
  'aerospace', 'automotive', 'pharma',
  // A military headquarters: "the General Staff", "the Joint Staff" (never a person called Staff).
  'staff',
]);

export { CORPORATE_SUFFIXES };

/** Organization heads that may take an "of"/"for" complement ("Ministry of Defense", "Center for Health"). */
export const HEADS_TAKING_COMPLEMENT: ReadonlySet<string> = new Set([
  'ministry', 'department', 'office', 'bureau', 'agency', 'commission', 'committee', 'council', 'board', 'court',
  'university', 'college', 'school', 'academy', 'institute', 'center', 'centre', 'bank', 'federation', 'association',
  'league', 'union', 'society', 'foundation', 'fund', 'church', 'republic', 'kingdom', 'state', 'states', 'house',
  'organization', 'organisation', 'party', 'front', 'movement', 'army', 'coalition', 'alliance', 'district', 'embassy',
  'embassies', 'division', 'directorate', 'secretariat', 'chamber', 'conference', 'forces', 'force', 'presidency',
]);

/** Words that may start an organization name and take an "of" complement ("University of X", "Bank of Y"). */
export const ORG_LEAD_WORDS: ReadonlySet<string> = new Set([
  'ministry', 'department', 'university', 'bank', 'bureau', 'office', 'court', 'council', 'institute', 'college',
  'federation', 'league', 'organization', 'organisation', 'union', 'association', 'academy', 'house', 'church', 'presidency',
  'center', 'centre', 'foundation', 'society', 'commission', 'committee', 'agency', 'alliance', 'coalition',
]);

/** Lower-case class nouns that right after a name make it an organization ("the Tele X broadcaster"). */
export const ORG_CLASS_NOUNS_AFTER: ReadonlySet<string> = new Set([
  'broadcaster', 'agency', 'group', 'party', 'company', 'firm', 'network', 'newspaper', 'channel', 'station',
  'militia', 'movement', 'organization', 'organisation', 'startup', 'bank', 'carrier', 'airline', 'schools',
  'school', 'university', 'club', 'team', 'coalition', 'alliance', 'faction', 'union', 'conglomerate', 'retailer',
  'insurer', 'automaker', 'manufacturer', 'brand', 'studio', 'publisher', 'outlet', 'daily', 'website', 'magazine',
  'television', 'tv', 'radio', 'ministry', 'government', 'administration', 'regime', 'authorities', 'police',
  'army', 'military', 'forces', 'rebels', 'insurgents', 'court', 'council', 'parliament', 'legislature', 'cabinet',
  'operator', 'developer', 'maker', 'giant', 'chain', 'foundation', 'charity', 'institute', 'lab', 'laboratory',
]);

/** Nouns that name a government body of a place ("the Bavaria government", "the Obama administration"). Kept in the name. */
export const GOVERNMENT_NOUNS: ReadonlySet<string> = new Set(['government', 'administration', 'regime', 'authorities']);

/** Verbs of speech and reporting; "X said" / "said X" marks X as a speaker. */
export const SPEECH_VERBS: ReadonlySet<string> = verbFormsFor('marksSpeaker');

/** Verbs and auxiliaries that follow an acting subject ("Moscow has", "Washington curbed"). */
export const SUBJECT_VERBS: ReadonlySet<string> = new Set([
  ...SPEECH_VERBS,
  'has', 'have', 'had', 'is', 'was', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'did', 'does',
  'wants', 'wanted', 'plans', 'planned', 'agreed', 'agrees', 'signed', 'signs', 'sent', 'sends', 'imposed', 'imposes',
  'curbed', 'curbs', 'rejected', 'rejects', 'accused', 'accuses', 'demanded', 'demands', 'launched', 'launches',
  'threatened', 'threatens', 'responded', 'responds', 'refused', 'refuses', 'sought', 'seeks', 'backed', 'backs',
  'supported', 'supports', 'opposed', 'opposes', 'approved', 'approves', 'blamed', 'blames', 'welcomed', 'welcomes',
  'expelled', 'expels', 'ordered', 'orders', 'halted', 'halts', 'suspended', 'suspends', 'recognized', 'recognizes',
]);

/** Prepositions before a place name that make it a location, not an acting government ("in Moscow"). */
export const LOCATIVE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'at', 'near', 'from', 'of', 'outside', 'inside', 'around', 'across', 'throughout', 'via', 'into', 'through',
  'across', 'within', 'downtown', 'central', 'northern', 'southern', 'eastern', 'western', 'visit', 'visited', 'visiting',
  'arrived', 'landed', 'flew', 'travel', 'traveled', 'travelled',
]);

export { NAME_PARTICLES, NAME_SUFFIXES };

/** All-capital words that are not organizations. */
/**
 * Statistics of sports tables and economic indicators ("lowered his ERA", "the PMI survey"), and regnal
 * numerals: after a name they make it a figure or a person ("the Harlow PMI", "Henry VIII"), never a body.
 */
export const STATISTIC_ACRONYMS: ReadonlySet<string> = new Set([
  'era', 'rbi', 'rbis', 'pmi', 'cpi', 'ppi', 'ii', 'iii', 'iv', 'vi', 'vii', 'viii', 'ix', 'xi', 'xii',
]);

export const NON_ORG_ACRONYMS: ReadonlySet<string> = new Set([
  'ceo', 'cfo', 'coo', 'cto', 'cio', 'ipo', 'gdp', 'tv', 'pc', 'ai', 'dna', 'hiv', 'aids', 'gmt', 'utc', 'est', 'edt',
  'pst', 'pdt', 'cst', 'cdt', 'et', 'pt', 'am', 'pm', 'usd', 'eur', 'gbp', 'ok', 'id', 'faq', 'pdf', 'url', 'suv',
  'vip', 'lgbt', 'lgbtq', 'hq', 'ufo', 'atm', 'mvp', 'vs', 'covid', 'sars', 'mp', 'mps', 'rip', 'diy', 'cv', 'pr',
  'hr', 'it', 'ui', 'ux', 'api', 'app', 'apps', 'gps', 'led', 'lcd', 'usb', 'cd', 'dvd', 'ps', 'nb', 'tba', 'tbd',
  'a', 'i', 'ii', 'iii', 'iv', 'vi', 'vii', 'viii', 'ix', 'xi', 'xii', 'q1', 'q2', 'q3', 'q4', 'no', 'ad', 'bc', 'ce',
  'bce', 'jr', 'sr', 'mph', 'km', 'kg', 'lb', 'lbs', 'ft', 'mm', 'cm', 'gb', 'mb', 'tb', 'kw', 'mw', 'gw', 'rpm',
  'iq', 'phd', 'md', 'ma', 'ba', 'bs', 'msc', 'mba', 'llm', 'ppe', 'icu', 'er', 'sat', 'act',
  // Technical, computing, medical and chemical terms written in capitals.
  'cpu', 'gpu', 'ram', 'rom', 'ssd', 'hdd', 'hdmi', 'dvi', 'vga', 'fps', 'rgb', 'ips', 'oled', 'amoled', 'lte', 'nfc',
  'wifi', 'vpn', 'nas', 'dns', 'http', 'https', 'html', 'css', 'xml', 'json', 'sql', 'ios', 'os', 'sdk', 'ac', 'dc',
  'pv', 'ct', 'mri', 'ecg', 'ekg', 'eeg', 'bpa', 'pet', 'pvc', 'hdpe', 'ldpe', 'uv', 'ir', 'gmo', 'bmi', 'adhd', 'ptsd',
  'std', 'stds', 'ivf', 'rna', 'mrna', 'pcr', 'hd', 'uhd', 'hdr', 'vr', 'ar', 'nft', 'nfts', 'ev', 'evs', 'suvs', 'awd',
  'mpg', 'kwh', 'mah', 'ghz', 'mhz', 'oz', 'mg', 'ppm', 'vat', 'gst', 'roi', 'eps', 'etf', 'etfs', 'ipos', 'saas', 'crm',
  'erp', 'seo', 'kpi', 'kpis', 'ocr', 'cgi', 'gif', 'jpeg', 'jpg', 'png', 'mp3', 'mp4', 'sms', 'otp', 'pin', 'qr', 'ssn',
  'dui', 'dwi', 'rsvp', 'asap', 'fyi', 'diy', 'aka', 'cbd', 'thc', 'lsd', 'ssri', 'copd', 'ms', 'als', 'cpr', 'ems',
  'ot', 'pt', 'gpa', 'stem', 'ux', 'sim', 'esim', 'pos', 'tv', 'tvs', 'led', 'leds', 'dlc', 'rpg', 'fps', 'mmo', 'npc',
  ...STATISTIC_ACRONYMS,
]);

/**
 * Names of things that recur and act in sentences like bodies do but are not
 * actors: celestial bodies, operating systems and connection standards.
 */
export const NON_ACTOR_NAMES: ReadonlySet<string> = new Set([
  ...PLANETS, ...MOONS_AND_GALAXIES,
  'windows', 'android', 'ios', 'linux', 'macos', 'chromeos', 'bluetooth', 'wi-fi', 'wifi', 'thunderbolt', 'ethernet',
]);

/**
 * Head nouns of hardware names ("Polar Satellite Launch Vehicle"): an
 * acronym spelling such a name is a model, not an organization.
 */
export const HARDWARE_HEADS: ReadonlySet<string> = new Set([
  'vehicle', 'vehicles', 'satellite', 'satellites', 'missile', 'missiles', 'rocket', 'rockets', 'launcher', 'system',
  'systems', 'aircraft', 'plane', 'jet', 'fighter', 'helicopter', 'drone', 'tank', 'radar', 'ship', 'submarine',
  'telescope', 'rover', 'probe', 'station', 'reactor', 'engine', 'rifle', 'gun', 'processor', 'module', 'camera',
  'console', 'phone', 'lander', 'orbiter', 'spacecraft', 'capsule', 'interceptor', 'munition', 'munitions', 'warhead',
]);

/** Lower-case nouns after a capitalized word that make it a product or model ("Gripen jets", "Zorbix app"). */
export const PRODUCT_NOUNS_AFTER: ReadonlySet<string> = new Set([
  'jet', 'jets', 'fighter', 'fighters', 'aircraft', 'plane', 'planes', 'helicopter', 'helicopters', 'drone', 'drones',
  'tank', 'tanks', 'missile', 'missiles', 'rocket', 'rockets', 'rifle', 'rifles', 'vehicle', 'vehicles', 'ship', 'ships',
  'satellite', 'satellites', 'launcher', 'launchers', 'system', 'systems', 'app', 'apps', 'phone', 'phones',
  'smartphone', 'smartphones', 'laptop', 'laptops', 'tablet', 'tablets', 'console', 'consoles', 'headphones', 'earbuds',
  'device', 'devices', 'model', 'models', 'software', 'browser', 'chip', 'chips', 'processor', 'processors', 'game',
  'games', 'cable', 'cables', 'port', 'ports', 'charger', 'keyboard', 'camera', 'cameras', 'engine', 'engines',
  'telescope', 'spacecraft', 'probe', 'rover', 'mission', 'missions', 'variant', 'variants', 'version', 'edition',
]);

/**
 * The few world leaders news names by surname alone, without a title or a
 * first name anywhere in the article ("supporters of Trump"). A surname
 * shared by several famous people (Bush, Clinton, Kim) is left out.
 */
export const FAMOUS_SURNAMES: Readonly<Record<string, string>> = {
  Trump: 'Donald Trump', Biden: 'Joe Biden', Obama: 'Barack Obama', Putin: 'Vladimir Putin', Zelensky: 'Volodymyr Zelensky',
  Zelenskyy: 'Volodymyr Zelensky', Macron: 'Emmanuel Macron', Merkel: 'Angela Merkel', Erdogan: 'Recep Tayyip Erdogan',
  Netanyahu: 'Benjamin Netanyahu', Modi: 'Narendra Modi', Pelosi: 'Nancy Pelosi', Lukashenko: 'Alexander Lukashenko',
  Khamenei: 'Ali Khamenei', Bolsonaro: 'Jair Bolsonaro', Scholz: 'Olaf Scholz', Sunak: 'Rishi Sunak', Starmer: 'Keir Starmer',
  Trudeau: 'Justin Trudeau', Guterres: 'Antonio Guterres', Zuckerberg: 'Mark Zuckerberg', Musk: 'Elon Musk',
};

/** Identity adjectives and nouns that are not actors alone (religions, regions, movements). */
export const IDENTITY_WORDS: ReadonlySet<string> = new Set([
  'muslim', 'muslims', 'islamic', 'islamist', 'islamists', 'christian', 'christians', 'jewish', 'jews', 'jew',
  'catholic', 'catholics', 'protestant', 'protestants', 'sunni', 'sunnis', 'shiite', 'shiites', 'shia', 'hindu',
  'hindus', 'buddhist', 'buddhists', 'salafist', 'salafists', 'copt', 'copts', 'coptic', 'arab', 'arabs', 'african',
  'africans', 'european', 'europeans', 'asian', 'asians', 'western', 'westerners', 'eastern', 'northern', 'southern',
  'latino', 'latinos', 'hispanic', 'hispanics', 'black', 'white', 'kurd', 'kurds', 'kurdish', 'jihadist', 'jihadists',
  'democrat', 'republican', 'conservative', 'conservatives', 'liberal', 'liberals', 'socialist', 'communist',
  'african-american', 'african-americans', 'middle', 'gulf', 'north', 'south', 'east', 'west', 'central',
  'sikh', 'sikhs', 'druze', 'yazidi', 'yazidis', 'alawite', 'alawites', 'pashtun', 'pashtuns', 'tamil', 'tamils',
  'hutu', 'tutsi', 'uyghur', 'uyghurs', 'uighur', 'uighurs', 'rohingya', 'evangelical', 'evangelicals', 'mormon', 'mormons',
  'internet', 'web', 'god', 'allah', 'bible', 'koran', 'quran', 'earth', 'sun', 'moon',
]);

/** Last words of place names: such a name is a location, not an actor. */
export const PLACE_HEADS: ReadonlySet<string> = new Set([
  'ocean', 'sea', 'river', 'lake', 'bay', 'gulf', 'strait', 'island', 'islands', 'mountain', 'mountains', 'mount',
  'valley', 'desert', 'peninsula', 'coast', 'canyon', 'street', 'avenue', 'road', 'square', 'boulevard', 'bridge',
  'airport', 'station', 'port', 'harbor', 'park', 'county', 'province', 'region', 'district', 'city', 'town',
  'village', 'state', 'territory', 'museum', 'stadium', 'arena', 'hall', 'tower', 'building', 'palace', 'statehouse',
  'capitol', 'cathedral', 'temple', 'prison', 'camp', 'base', 'airbase', 'field', 'plaza', 'mall', 'hotel',
]);

/** Words after a capitalized run that make it a place ("Nairobi airport", "the Kerala region"). */
export const PLACE_NOUNS_AFTER: ReadonlySet<string> = new Set([
  'airport', 'region', 'province', 'state', 'county', 'city', 'district', 'area', 'border', 'capital', 'village',
  'town', 'river', 'valley', 'coast', 'island', 'museum', 'base', 'street', 'square',
]);

/** Months, days and other calendar words that are capitalized but never actors. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  [
    ...MONTH_NAMES,
    ...MONTH_ABBREVIATIONS.map(([abbreviation]) => abbreviation),
    ...WEEKDAY_NAMES,
    ...HOLIDAYS.flatMap((h) => h.forms).filter((form) => !form.includes(' ')),
    ...UNDATED_FEASTS,
  ].map((word) => word.toLowerCase()),
);


/** Verbs that follow a body as its subject ("FIS says", "NATO plans"): their -s forms are not plural nouns. */
export const ACTING_VERB_STEMS: ReadonlySet<string> = new Set([
  'say', 'warn', 'claim', 'report', 'want', 'need', 'call', 'hope', 'expect', 'deny', 'admit', 'confirm', 'agree',
  'argue', 'insist', 'accuse', 'urge', 'seek', 'aim', 'vow', 'threaten', 'plan', 'add', 'note', 'state', 'announce',
  'believe', 'estimate', 'tell', 'show', 'suggest', 'continue', 'remain', 'become', 'use', 'run', 'own', 'operate',
  'lead', 'hold', 'make', 'take', 'give', 'get', 'keep', 'launch', 'send', 'ban', 'order', 'fine', 'suspend',
]);

/** Function words that never modify a role or class noun: reading back from a name ("the press secretary X"), they end the role phrase. */
export const STOP_BEFORE_ROLE: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'by', 'to', 'of', 'in', 'on', 'at', 'with', 'for', 'from', 'and', 'said', 'says', 'as', 'that',
  'his', 'her', 'their', 'its', 'he', 'she', 'they', 'himself', 'herself', 'themselves', 'who', 'which', 'is', 'was',
  'against', 'between', 'among', 'including', 'after', 'before', 'during', 'while', 'like', 'than', 'about', 'into', 'over', 'under',
]);

export interface KnownOrganization {
  name: string;
  aliases: readonly string[];
}

/**
 * International bodies, alliances and armed groups that news names without a
 * head noun ("Islamic State", "Hamas"); the shape rules cannot tell these
 * from a place or a person.
 */
export const KNOWN_ORGANIZATIONS: readonly KnownOrganization[] = [
  { name: 'United Nations', aliases: ['UN', 'U.N.'] },
  { name: 'European Union', aliases: ['EU', 'E.U.'] },
  { name: 'African Union', aliases: ['AU'] },
  { name: 'NATO', aliases: ['North Atlantic Treaty Organization', 'Nato'] },
  { name: 'Islamic State', aliases: ['ISIS', 'ISIL', 'IS', 'Daesh', 'Islamic State group'] },
  { name: 'al-Qaeda', aliases: ['al Qaeda', 'al-Qaida', 'al Qaida', 'Al-Qaeda', 'Al Qaeda', 'Al-Qaida'] },
  { name: 'Taliban', aliases: [] },
  { name: 'Hamas', aliases: [] },
  { name: 'Hezbollah', aliases: ['Hizbollah', 'Hizballah'] },
  { name: 'Boko Haram', aliases: [] },
  { name: 'al-Shabab', aliases: ['al-Shabaab', 'Al-Shabab', 'Al-Shabaab'] },
  { name: 'Wagner Group', aliases: ['Wagner'] },
  { name: 'Kremlin', aliases: [] },
  { name: 'Pentagon', aliases: [] },
  { name: 'White House', aliases: [] },
  { name: 'Congress', aliases: [] },
  { name: 'Interpol', aliases: [] },
  { name: 'OPEC', aliases: [] },
  { name: 'World Bank', aliases: [] },
  { name: 'International Monetary Fund', aliases: ['IMF'] },
  { name: 'World Health Organization', aliases: ['WHO'] },
  { name: 'ECOWAS', aliases: ['Economic Community of West African States'] },
  { name: 'Associated Press', aliases: ['AP'] },
  { name: 'Reuters', aliases: [] },
  { name: 'Agence France-Presse', aliases: ['AFP'] },
  { name: 'Republican Party', aliases: ['GOP', 'Republicans'] },
  { name: 'Democratic Party', aliases: ['Democrats'] },
];

// ---------------------------------------------------------------------------
// compromise's lexicon, read into a few word classes (see word-classes.ts):
// each check below is one Set lookup per word.

const WORD_CLASSES: Readonly<WordClasses> = loadWordClasses();

export { lowerCased };

/** A given name compromise knows ("Kevin", "Sonya"). */
export function isKnownFirstName(word: string): boolean {
  return WORD_CLASSES.firstNames.has(lowerCased(word));
}

/** A known family name ("Obama"). */
export function isKnownLastName(word: string): boolean {
  return WORD_CLASSES.lastNames.has(lowerCased(word));
}

/** A known place: city, region, country ("Florida", "Paris", "New York"). */
export function isKnownPlace(phrase: string): boolean {
  return WORD_CLASSES.places.has(lowerCased(phrase));
}

/** An organization compromise knows ("Twitter", "NASA"). */
export function isKnownOrganization(phrase: string): boolean {
  return WORD_CLASSES.organizations.has(lowerCased(phrase));
}

/**
 * A common English word (determiner, verb, adjective, common noun...) that
 * compromise knows and that is not a proper name: "But", "During", "Analysts".
 */
export function isCommonWord(word: string): boolean {
  return WORD_CLASSES.common.has(lowerCased(word));
}

/** A determiner, preposition, conjunction, pronoun or adverb ("Some", "But", "However"). */
export function isFunctionWord(word: string): boolean {
  return WORD_CLASSES.functionWords.has(lowerCased(word));
}

/** A word compromise knows as a verb form ("says", "tests", "warned"), possibly also a noun. */
export function isVerbForm(word: string): boolean {
  return WORD_CLASSES.verbForms.has(lowerCased(word));
}

/** A word compromise knows only as an adjective or comparative ("last", "top"), never as a noun. */
export function isAdjectiveOnly(word: string): boolean {
  return WORD_CLASSES.adjectivesOnly.has(lowerCased(word));
}
