/**
 * General lexicons of hardware: class words (heads) with a category, the
 * compound modifiers that belong to a class name ("cruise" missile, "cargo"
 * ship), well-known makers and system names, and the contexts that turn a
 * class word into something else ("think tank", "blood vessel").
 * Module-level constant tables only; nothing here is article-specific.
 */

/**
 * How a head may start an equipment entry:
 * - free: any noun use counts ("missile", "howitzer").
 * - nounContext: the word is also a verb or a common noun of other senses, so
 *   it needs something noun-like before it (determiner, number, modifier, model).
 * - needsModifier: only with a class modifier ("air defense system", "aircraft carrier").
 * - anaphoric: never starts an entry alone; bare, it only adds a mention to an
 *   entry of the same family ("the craft").
 */
import { CARDINAL_WORDS } from '../../lexicon/numbers.js';
import { SHIP_PREFIXES, WEAK_SHIP_PREFIXES } from '../../lexicon/ships.js';
import { PLANETS } from '../../lexicon/space.js';

export type HeadMode = 'free' | 'nounContext' | 'needsModifier' | 'anaphoric';

export interface HeadClass {
  /** Singular surface forms, lower case, words separated by one space. */
  forms: readonly string[];
  /** Plural surface forms (lower case). */
  plurals: readonly string[];
  /** The canonical singular used for merging ("space ship" and "spaceship" are one). */
  canonical: string;
  category: string;
  /** Heads of one family may co-refer ("spacecraft" and "spaceship"). */
  family: string;
  mode: HeadMode;
  /** For needsModifier heads: the modifiers that make the class. */
  requiredModifiers?: ReadonlySet<string>;
  /** Words right before the head that make it something else ("think" tank). */
  blockBefore?: ReadonlySet<string>;
  /** Words right after the head that make it something else ("tank" top). */
  blockAfter?: ReadonlySet<string>;
  /** Two words right before the head, in text order, that make it an idiom ("under the" radar). */
  blockBeforePair?: ReadonlySet<string>;
  /** The head is itself a system's name ("Iron Dome"): it is its own model. */
  named?: boolean;
  /** For needsModifier heads: a model alone does not make the class ("12MP camera" is a phone's). */
  modifierOnly?: boolean;
  /** For needsModifier heads: only a model with a known system name or prefix stands in for the modifier ("Patriot batteries", not "12V batteries"). */
  knownModelOnly?: boolean;
  /** Written in capitals ("UAV", "ICBMs"): capitals do not make it part of a name. */
  acronym?: boolean;
  /** Bare and singular after a preposition it names a technique, not a device ("based on radar"). */
  massNounSense?: boolean;
  /** Two words right after the head, in text order, that make it something else ("mortar" and pestle). */
  blockAfterPair?: ReadonlySet<string>;
  /**
   * For needsModifier heads: what else makes the class without a modifier. 'aviation': an aviation word in
   * the sentence ("bombers flew", "scrambled fighters"), not people ("foreign fighters joined"). 'thing': the
   * story treats the vehicle as a thing (recalled, crashed, derailed, delivered, struck) or is about vehicles.
   * 'combat': a strike, a firing or a launch in the sentence ("shells hit the market"). 'arms': arms
   * moving or used in the sentence (supplied, seized, smuggled, fired: "they seized weapons").
   */
  context?: 'aviation' | 'airCombat' | 'thing' | 'space' | 'combat' | 'arms';
  /**
   * The category its class modifiers give it, first rule that fits: "launch vehicle" is space hardware,
   * "tactical vehicle" a military vehicle, "machine gun" a small arm, "artillery system" artillery.
   */
  categoryByModifier?: readonly CategoryRule[];
  /** The category comes from its model's designator prefix when there is one ("KC-135 tankers" are aircraft). */
  categoryFromModel?: boolean;
  /**
   * The word is a noun only where no noun follows it ("four technicals", "a technical and a truck"),
   * never before one ("a technical issue").
   */
  nounAtPhraseEnd?: boolean;
}

/** Modifiers that give a class its category ("launch" vehicle: space). */
export type CategoryRule = readonly [modifiers: ReadonlySet<string>, category: string];

const set = (...words: string[]): ReadonlySet<string> => new Set(words);

/** Distinct classes that share a category, family and mode: one head each ("frigate", "destroyer"). */
function kinds(forms: string[], category: string, family: string, mode: HeadMode = 'free',
  extra: Parameters<typeof head>[4] = {}): HeadClass[] {
  return forms.map((form) => head([form], category, family, mode, extra));
}

/** The regular English plural of a class form ("ferry" -> "ferries", "bus" -> "buses", "aircraft" unchanged). */
function pluralOf(form: string): string {
  if (/(?:craft|artillery|goggles)$/.test(form)) return form;
  if (/[^aeiou]y$/.test(form)) return `${form.slice(0, -1)}ies`;
  if (/(?:s|x|ch|sh)$/.test(form)) return `${form}es`;
  return `${form}s`;
}

/** Forms of one class (synonyms and spellings) share the first form as canonical name ("plane", "airplane"). */
function head(
  forms: string[],
  category: string,
  family: string,
  mode: HeadMode = 'free',
  extra: Partial<Pick<HeadClass, 'requiredModifiers' | 'blockBefore' | 'blockAfter' | 'blockBeforePair' | 'canonical' | 'plurals' | 'named' | 'massNounSense' | 'modifierOnly' | 'knownModelOnly' | 'acronym' | 'blockAfterPair' | 'context' | 'categoryByModifier' | 'categoryFromModel' | 'nounAtPhraseEnd'>> = {},
): HeadClass {
  const plurals = extra.plurals ?? forms.map(pluralOf);
  return { forms, plurals, canonical: extra.canonical ?? forms[0]!, category, family, mode, ...extra };
}

const DEFENSE_SYSTEM_MODIFIERS = set(
  'defense', 'defence', 'anti-aircraft', 'antiaircraft', 'anti-missile', 'antimissile', 'missile', 'rocket',
  'weapons', 'weapon', 'radar', 'artillery', 'launch', 'interceptor', 'anti-drone', 'counter-drone', 'sonar', 'warfare',
  'jamming', 'mortar', 'howitzer', 'surface-to-air',
);

// The categories a "system" takes from its modifiers: any air-defence word first ("air defense missile system").
const SYSTEM_CATEGORIES: readonly CategoryRule[] = [
  [set('defense', 'defence', 'anti-aircraft', 'antiaircraft', 'anti-missile', 'antimissile', 'interceptor', 'anti-drone',
    'counter-drone', 'surface-to-air'), 'air defense system'],
  [set('artillery', 'mortar', 'howitzer', 'rocket'), 'artillery'],
  [set('radar'), 'radar'],
  [set('sonar'), 'sensor'],
  [set('warfare', 'jamming'), 'electronic warfare'],
  [set('missile'), 'missile'],
  [set('weapons', 'weapon'), 'weapon'],
];

// A vehicle's category by what it is for: in orbit, armored, or a military vehicle without armor.
const VEHICLE_CATEGORIES: readonly CategoryRule[] = [
  [set('launch', 'reentry', 're-entry', 'lunar', 'orbital', 'crew', 'transfer', 'roving'), 'space'],
  [set('glide', 'hypersonic'), 'missile'],
  [set('combat', 'fighting', 'armored', 'armoured', 'mrap', 'ifv', 'apc', 'assault', 'amphibious', 'mine-resistant',
    'infantry'), 'armored vehicle'],
  [set('unmanned', 'remotely'), 'drone'],
];

export const HEAD_CLASSES: readonly HeadClass[] = [
  // Aircraft
  head(['aircraft'], 'aircraft', 'aircraft'),
  head(['airplane', 'aeroplane', 'plane'], 'aircraft', 'aircraft', 'nounContext', {
    canonical: 'plane',
    blockBefore: set('inclined', 'astral', 'higher', 'different', 'same', 'another', 'horizontal', 'vertical', 'focal',
      'image', 'coordinate', 'cartesian', 'spiritual', 'moral', 'ecliptic', 'orbital', 'picture', 'flat'),
    blockAfter: set('of', 'geometry', 'ticket', 'tickets', 'fare', 'fares', 'mode', 'tree', 'trees'),
  }),
  head(['jetliner', 'airliner'], 'aircraft', 'aircraft'),
  ...kinds(['warplane', 'jumbo jet'], 'aircraft', 'aircraft'),
  head(['jet'], 'aircraft', 'aircraft', 'nounContext', {
    blockBefore: set('water', 'ink', 'inkjet', 'private-equity', 'air', 'fountain', 'relativistic', 'plasma', 'gas'),
    blockAfter: set('lag', 'stream', 'streams', 'set', 'setter', 'setters', 'ski', 'skis', 'fuel', 'black', 'engine',
      'engines', 'wash', 'printer', 'printers'),
  }),
  head(['bomber'], 'aircraft', 'aircraft', 'needsModifier', {
    requiredModifiers: set('strategic', 'stealth', 'heavy', 'long-range', 'nuclear-capable', 'supersonic', 'dive', 'jet'),
    context: 'aviation',
    blockBefore: set('suicide', 'marathon', 'would-be', 'alleged', 'suspected', 'convicted'),
  }),
  ...kinds(['quadcopter', 'multicopter', 'hexacopter', 'octocopter'], 'drone', 'drone'),
  ...kinds(['seaplane', 'floatplane', 'biplane', 'airship', 'gyrocopter', 'turboprop'],
    'aircraft', 'aircraft'),
  head(['chopper'], 'helicopter', 'helicopter', 'nounContext', { blockBefore: set('pizza', 'vegetable', 'food', 'wood') }),
  head(['glider'], 'aircraft', 'aircraft', 'nounContext', { blockBefore: set('sugar') }),
  // A balloon is hardware when it watches or measures ("spy balloon"), not at a party.
  head(['balloon'], 'aircraft', 'balloon', 'needsModifier', {
    requiredModifiers: set('spy', 'surveillance', 'reconnaissance', 'weather', 'high-altitude', 'stratospheric', 'research',
      'hot-air'),
    modifierOnly: true,
  }),
  head(['helicopter', 'gunship'], 'helicopter', 'helicopter'),
  head(['drone'], 'drone', 'drone', 'nounContext', { blockAfter: set('on', 'ons', 'music', 'metal', 'bee', 'bees') }),
  head(['unmanned aerial vehicle', 'unmanned aircraft system'], 'drone', 'drone', 'free', { canonical: 'drone' }),
  head(['uav', 'ucav'], 'drone', 'drone', 'free', { canonical: 'drone', acronym: true }),
  // Space hardware
  head(['spaceship', 'space ship', 'spacecraft', 'space capsule', 'space plane', 'spaceplane'], 'space', 'spacecraft', 'free',
    { canonical: 'spaceship' }),
  head(['space shuttle'], 'space', 'spacecraft'),
  ...kinds(['cargo craft', 'crew capsule'], 'space', 'spacecraft'),
  ...kinds(['landing craft', 'hovercraft'], 'vessel', 'ship'),
  head(['craft'], 'space', 'spacecraft', 'anaphoric'),
  head(['space station', 'space lab', 'space laboratory', 'orbital station', 'orbital outpost'], 'space', 'station',
    'free', { canonical: 'space station' }),
  head(['space telescope'], 'space', 'telescope'),
  head(['satellite'], 'space', 'satellite', 'free', {
    blockAfter: set('phone', 'phones', 'tv', 'television', 'dish', 'dishes', 'image', 'images', 'imagery', 'photo', 'photos',
      'photograph', 'photographs', 'picture', 'pictures', 'campus', 'campuses', 'office', 'offices', 'city', 'cities',
      'town', 'towns', 'state', 'states', 'radio', 'navigation', 'link', 'links', 'feed', 'feeds', 'internet',
      'broadband', 'data', 'provider', 'providers', 'operator', 'operators', 'view', 'views', 'map', 'maps', 'company',
      'companies', 'event', 'events', 'clinic', 'clinics', 'location', 'locations', 'show', 'shows', 'channel',
      'channels', 'connection', 'hospital', 'hospitals', 'kitchen', 'kitchens', 'store', 'stores'),
    blockBefore: set('moon', 'natural'),
  }),
  head(['rover'], 'space', 'rover', 'nounContext', { blockBefore: set('land', 'range') }),
  head(['lander'], 'space', 'lander', 'nounContext'),
  head(['space probe'], 'space', 'spacecraft'),
  ...kinds(['orbiter', 'cubesat', 'nanosatellite', 'microsatellite', 'smallsat', 'megarocket'], 'space', 'spacecraft',
    'nounContext'),
  head(['capsule'], 'space', 'spacecraft', 'needsModifier', {
    requiredModifiers: set('crew', 'cargo', 'space', 'return', 're-entry', 'reentry', 'crewed', 'uncrewed', 'astronaut'),
    knownModelOnly: true,
  }),
  head(['module'], 'space', 'module', 'needsModifier', {
    requiredModifiers: set('lunar', 'service', 'command', 'habitation', 'crew', 'descent', 'ascent', 'core'),
    knownModelOnly: true, context: 'space',
  }),
  head(['booster'], 'space', 'rocket', 'needsModifier', {
    requiredModifiers: set('rocket', 'first-stage', 'side', 'solid-fuel', 'solid', 'super'),
    knownModelOnly: true, context: 'space',
    blockAfter: set('shot', 'shots', 'dose', 'doses', 'jab', 'jabs', 'vaccine', 'vaccines', 'seat', 'seats', 'club', 'clubs',
      'campaign', 'pack', 'packs'),
  }),
  // "probe" is mostly an inquiry; only a space probe with its modifier or mission name counts.
  head(['probe'], 'space', 'spacecraft', 'needsModifier', {
    requiredModifiers: set('space', 'robotic', 'lunar', 'solar', 'interplanetary', 'deep-space', 'atmospheric', 'jupiter',
      'saturn', 'venus', 'mercury', 'mars', 'moon', 'comet', 'asteroid'),
  }),
  head(['telescope'], 'telescope', 'telescope', 'nounContext', { blockBefore: set('radio') }),
  // Imaging hardware on satellites, aircraft and drones; phone and consumer cameras are not equipment.
  head(['camera'], 'sensor', 'camera', 'needsModifier', {
    requiredModifiers: set('optical', 'infrared', 'thermal', 'thermal-imaging', 'multispectral', 'hyperspectral',
      'night-vision'),
    modifierOnly: true,
  }),
  // Launch vehicles are rockets (one thing with "the rocket" of the same story), always space hardware.
  head(['launch vehicle', 'carrier rocket', 'space rocket', 'orbital rocket'], 'space', 'rocket', 'free', { canonical: 'rocket' }),
  // A rocket is a munition ("fired rockets") unless its clause or model is about spaceflight (rules/class-word.ts).
  head(['rocket', 'rocket booster', 'booster rocket'], 'rocket', 'rocket', 'nounContext', {
    blockAfter: set('science', 'scientist', 'scientists', 'to', 'up', 'higher', 'past', 'into', 'salad', 'leaves', 'league',
      'lab', 'man', 'fuel', 'engine', 'engines', 'ship', 'ships', 'stove', 'stoves', 'mortgage'),
    blockBefore: set('pocket'),
  }),
  // Missiles, munitions
  head(['missile'], 'missile', 'missile', 'free', {
    blockAfter: set('crisis', 'gap', 'agreement', 'agreements', 'treaty', 'treaties', 'talks', 'deal', 'deals', 'technology',
      'technologies', 'policy', 'negotiations', 'pact', 'defense', 'defence', 'diplomacy', 'envy', 'program', 'programs',
      'programme', 'programmes', 'ambitions'),
  }),
  head(['warhead'], 'missile', 'missile'),
  head(['torpedo'], 'missile', 'missile', 'free', { plurals: ['torpedoes', 'torpedos'] }),
  head(['bomb', 'firebomb', 'petrol bomb', 'molotov cocktail'], 'explosive', 'bomb', 'nounContext', {
    blockBefore: set('bath', 'photo', 'stink', 'box-office', 'cherry', 'love', 'calorie', 'sex', 'f', 'flavor', 'flavour',
      'truth', 'time', 'sugar', 'cheese', 'chocolate', 'cocoa', 'seed', 'h'),
    blockAfter: set('cyclone', 'cyclones', 'threat', 'threats', 'scare', 'scares', 'squad', 'squads', 'shelter',
      'shelters', 'disposal', 'sniffing', 'hoax', 'hoaxes', 'maker', 'makers', 'making', 'expert', 'experts', 'alert'),
  }),
  head(['grenade'], 'explosive', 'bomb'),
  head(['landmine', 'land mine'], 'mine', 'bomb'),
  // Bombs carried by a vehicle or a person ("two VBIEDs", "a suicide vest").
  head(['vbied', 'svbied', 'pbied'], 'explosive', 'bomb', 'free', { acronym: true }),
  // Explosives as a material a group holds or plants ("seized explosives"), not the people who clear them.
  head(['explosives'], 'explosive', 'bomb', 'free', {
    plurals: [],
    blockAfter: set('expert', 'experts', 'detection', 'dog', 'dogs', 'team', 'teams', 'unit', 'units', 'squad', 'squads',
      'trace', 'traces', 'residue', 'residues', 'charge', 'charges', 'offence', 'offences', 'act', 'law', 'laws', 'license',
      'licence', 'expertise', 'specialist', 'specialists', 'technician', 'technicians'),
  }),
  ...kinds(['vehicle-borne improvised explosive device', 'suicide vest', 'explosive vest', 'suicide belt', 'explosive belt',
    'booby trap'], 'explosive', 'bomb'),
  // A technical is a pickup truck with a mounted gun; as a word it is mostly an adjective ("a technical issue").
  head(['technical'], 'military vehicle', 'technical', 'nounContext', {
    nounAtPhraseEnd: true,
    blockBefore: set('market', 'chart', 'trading', 'bullish', 'bearish', 'strong', 'weak', 'the'),
  }),
  head(['battleship'], 'vessel', 'ship', 'free', { blockAfter: set('grey', 'gray', 'game', 'games') }),
  head(['jeep'], 'vehicle', 'truck', 'needsModifier', {
    requiredModifiers: set('military', 'army', 'armored', 'armoured', 'police', 'patrol'),
    categoryByModifier: [[set('military', 'army', 'armored', 'armoured'), 'military vehicle']],
    context: 'thing',
  }),
  head(['tank destroyer'], 'armored vehicle', 'armored vehicle'),
  // "main" alone only describes ("the main road"); the main battle tank is a class of its own.
  head(['main battle tank'], 'tank', 'tank', 'free', { canonical: 'tank' }),
  head(['troop carrier', 'personnel carrier'], 'armored vehicle', 'armored vehicle'),
  head(['mbt'], 'tank', 'tank', 'free', { acronym: true }),
  head(['awacs'], 'aircraft', 'aircraft', 'free', { acronym: true, plurals: ['awacs'] }),
  ...kinds(['fighter-bomber', 'fighter jet', 'jet fighter', 'airlifter', 'remotely piloted aircraft'], 'aircraft', 'aircraft'),
  head(['unmanned aerial system', 'unmanned combat aerial vehicle', 'unmanned ground vehicle'], 'drone', 'drone'),
  head(['uas', 'usv', 'uuv', 'ugv'], 'drone', 'drone', 'free', { acronym: true }),
  head(['atgm'], 'missile', 'missile', 'free', { acronym: true }),
  head(['sam'], 'air defense system', 'missile', 'free', { acronym: true }),
  head(['jdam'], 'munition', 'munition', 'free', { acronym: true }),
  head(['ordnance'], 'munition', 'munition', 'free', { plurals: ['ordnances'], blockAfter: set('survey', 'surveys', 'factory', 'factories') }),
  head(['bullet'], 'munition', 'munition', 'nounContext', {
    blockBefore: set('silver', 'magic', 'the', 'a'),
    blockAfter: set('point', 'points', 'train', 'trains', 'journal', 'journals', 'list', 'lists', 'time', 'chess', 'form', 'casing',
      'casings', 'hole', 'holes', 'wound', 'wounds', 'proof'),
    blockBeforePair: set('bite the', 'dodge a', 'dodged a', 'dodging a', 'bit the', 'biting the'),
  }),
  head(['projectile'], 'munition', 'munition', 'nounContext', { blockAfter: set('vomiting', 'motion', 'point', 'points') }),
  head(['round'], 'munition', 'munition', 'needsModifier', {
    context: 'combat',
    blockAfter: set('of', 'table', 'tables', 'trip', 'trips', 'robin', 'up', 'ups'),
    requiredModifiers: set('artillery', 'mortar', 'tank', 'howitzer', 'cluster', 'anti-tank', 'armor-piercing', 'armour-piercing',
      'high-explosive', 'rpg', 'grenade', 'cannon', 'sniper', 'rifle', 'machine-gun'),
    knownModelOnly: true,
  }),
  head(['ammunition'], 'munition', 'munition', 'needsModifier', {
    context: 'arms',
    plurals: ['ammunition', 'ammunitions'],
    requiredModifiers: set('artillery', 'mortar', 'tank', 'howitzer', 'cluster', 'anti-tank', 'armor-piercing', 'armour-piercing',
      'small-arms', 'rifle', 'machine-gun', 'loitering', 'guided', 'depleted-uranium', 'live'),
    knownModelOnly: true,
  }),
  // "weapon" alone is generic; with what it does it names a class ("anti-tank weapons", "nuclear weapons").
  head(['weapon of mass destruction'], 'weapon', 'weapon', 'free', { plurals: ['weapons of mass destruction'] }),
  head(['weapon'], 'weapon', 'weapon', 'needsModifier', {
    // Bare, a weapon is hardware where it is supplied, seized, stored or fired ("seized weapons", "sent weapons to").
    context: 'arms',
    requiredModifiers: set('nuclear', 'chemical', 'biological', 'anti-tank', 'antitank', 'anti-aircraft', 'hypersonic',
      'laser', 'directed-energy', 'anti-satellite', 'automatic', 'semi-automatic', 'thermobaric', 'incendiary', 'heavy'),
    categoryByModifier: [[set('anti-tank', 'antitank'), 'missile'], [set('anti-aircraft'), 'air defense system'],
      [set('automatic', 'semi-automatic'), 'small arms']],
    blockAfter: set('program', 'programs', 'programme', 'programmes', 'test', 'tests', 'testing', 'treaty', 'talks', 'ban',
      'state', 'states', 'policy', 'doctrine', 'capability', 'ambitions', 'deal', 'arsenal'),
  }),
  head(['improvised explosive device', 'explosive device'], 'explosive', 'bomb'),
  head(['ied'], 'explosive', 'bomb', 'free', { acronym: true }),
  // Acronyms that are hardware in any context ("APC" is left out: it is also a party's name).
  head(['icbm'], 'missile', 'missile', 'free', { acronym: true }),
  head(['slbm'], 'missile', 'missile', 'free', { acronym: true }),
  head(['manpads'], 'missile', 'missile', 'free', { acronym: true, plurals: ['manpads'] }),
  head(['ifv'], 'armored vehicle', 'armored vehicle', 'free', { acronym: true }),
  head(['mrap'], 'armored vehicle', 'armored vehicle', 'free', { acronym: true }),
  head(['himars'], 'artillery', 'artillery', 'free', { acronym: true, plurals: ['himars'] }),
  head(['atacms'], 'missile', 'missile', 'free', { acronym: true, plurals: ['atacms'] }),
  head(['nasams'], 'air defense system', 'system', 'free', { acronym: true, plurals: ['nasams'] }),
  // Written with a plural "s" an APC is a vehicle; the singular is also a party's name.
  head(['apcs'], 'armored vehicle', 'armored vehicle', 'free', { acronym: true, plurals: [] }),
  head(['shell'], 'munition', 'munition', 'needsModifier', {
    context: 'combat',
    blockAfter: set('company', 'companies', 'game', 'games', 'shock', 'script', 'scripts', 'corporation', 'firm', 'firms',
      'account', 'accounts', 'suit', 'suits', 'of'),
    blockBefore: set('sea', 'egg', 'snail', 'turtle', 'oyster', 'clam', 'nut', 'peanut', 'taco', 'pie', 'tortoise', 'crab'),
    requiredModifiers: set('artillery', 'tank', 'mortar', 'howitzer', 'cluster', 'phosphorus', 'white-phosphorus',
      'incendiary', 'high-explosive', 'anti-tank'),
    knownModelOnly: true,
  }),
  head(['munition'], 'munition', 'munition', 'needsModifier', {
    context: 'arms',
    categoryByModifier: [[set('loitering'), 'drone']],
    requiredModifiers: set('loitering', 'guided', 'precision-guided', 'cluster', 'precision', 'incendiary'),
    knownModelOnly: true,
  }),
  head(['mine'], 'mine', 'bomb', 'needsModifier', {
    requiredModifiers: set('naval', 'sea', 'anti-tank', 'antitank', 'anti-personnel', 'antipersonnel', 'anti-ship', 'limpet'),
    knownModelOnly: true,
  }),
  // Land systems
  head(['tank'], 'tank', 'tank', 'nounContext', {
    blockBefore: set('think', 'fuel', 'water', 'gas', 'septic', 'fish', 'oxygen', 'storage', 'petrol', 'propane', 'holding',
      'shark', 'fresh', 'air', 'ink', 'toilet', 'hot', 'oil', 'diesel', 'gasoline', 'scuba', 'sensory', 'isolation',
      'flotation', 'float', 'dunk', 'settling', 'reservoir', 'brain', 'policy', 'reef', 'quarantine', 'breeding',
      'hydrogen', 'nitrogen', 'helium', 'steel', 'plastic', 'concrete', 'wave', 'test', 'rain', 'car', 'pressure', 'tea'),
    blockAfter: set('top', 'tops', 'engine', 'engines', 'water', 'farm', 'farms', 'of'),
  }),
  head(['armored vehicle', 'armoured vehicle', 'armored car', 'armoured car'], 'armored vehicle', 'armored vehicle'),
  head(['armored personnel carrier', 'armoured personnel carrier'], 'armored vehicle', 'armored vehicle'),
  ...kinds(['infantry fighting vehicle', 'humvee'], 'armored vehicle', 'armored vehicle'),
  head(['vehicle'], 'military vehicle', 'armored vehicle', 'needsModifier', {
    requiredModifiers: set('combat', 'fighting', 'unmanned', 'launch', 'reentry', 're-entry', 'amphibious', 'reconnaissance', 'assault',
      'tactical', 'mine-resistant', 'military', 'mrap', 'ifv', 'apc', 'utility', 'armored', 'armoured', 'support',
      'logistics', 'glide', 'lunar', 'orbital', 'transfer', 'roving', 'army', 'patrol', 'engineering', 'recovery',
      'command', 'troop'),
    categoryByModifier: VEHICLE_CATEGORIES,
    // "recalled two million vehicles": road vehicles as things (category set by the rule).
    context: 'thing',
    blockAfter: set('crash', 'crashes', 'accident', 'accidents', 'sales', 'fatalities', 'deaths', 'emissions', 'registration',
      'registrations', 'owners', 'owner', 'theft', 'thefts', 'traffic', 'market', 'inspection', 'inspections', 'of', 'for',
      'to'),
  }),
  ...kinds(['howitzer', 'artillery', 'rocket launcher', 'missile launcher', 'artillery piece', 'field gun', 'recoilless rifle'],
    'artillery', 'artillery', 'nounContext'),
  head(['mortar tube'], 'artillery', 'artillery', 'free', { canonical: 'mortar' }),
  ...kinds(['multiple rocket launcher', 'multiple launch rocket system', 'multiple rocket launch system',
    'multiple-launch rocket system', 'multiple rocket launcher system', 'rocket artillery system'], 'rocket artillery', 'artillery'),
  head(['mlrs'], 'rocket artillery', 'artillery', 'free', { acronym: true, plurals: ['mlrs', 'mlrses'] }),
  // Small arms: rifles, machine guns, pistols, launchers a soldier carries.
  ...kinds(['grenade launcher', 'rocket-propelled grenade launcher', 'machine gun', 'heavy machine gun', 'light machine gun',
    'submachine gun', 'sub-machine gun', 'machinegun', 'assault rifle', 'sniper rifle', 'small arms', 'carbine', 'handgun',
    'revolver'], 'small arms', 'small arms', 'free'),
  head(['rifle'], 'small arms', 'small arms', 'nounContext', {
    blockBefore: set('air', 'bb', 'paintball', 'toy'),
    blockAfter: set('range', 'ranges', 'club', 'clubs', 'association', 'through', 'scope', 'scopes'),
  }),
  head(['pistol'], 'small arms', 'small arms', 'nounContext', {
    blockBefore: set('water', 'starting', 'starter', 'glue', 'nail', 'spray', 'toy', 'air'),
    blockAfter: set('shrimp', 'whip', 'whipped', 'grip'),
  }),
  head(['firearm'], 'small arms', 'small arms', 'nounContext', { blockAfter: set('licence', 'license', 'licences', 'licenses', 'owners', 'owner', 'laws', 'law', 'certificate', 'certificates', 'dealer', 'dealers', 'offence', 'offences', 'charges') }),
  head(['shotgun'], 'small arms', 'small arms', 'nounContext', { blockAfter: set('wedding', 'weddings', 'seat', 'formation', 'approach', 'marriage', 'start') }),
  head(['rpg'], 'small arms', 'small arms', 'free', {
    acronym: true,
    blockAfter: set('game', 'games', 'gaming', 'player', 'players', 'series', 'elements', 'mechanics', 'maker', 'fans', 'genre'),
  }),
  head(['cannon'], 'artillery', 'artillery', 'nounContext', {
    plurals: ['cannons', 'cannon'],
    blockBefore: set('loose', 'confetti', 'snow', 't-shirt', 'glitter', 'canon', 'foam', 'money', 'hand'),
    blockAfter: set('fodder', 'ball', 'balls'),
  }),
  head(['mortar'], 'artillery', 'artillery', 'nounContext', {
    blockBefore: set('brick', 'bricks', 'cement', 'lime', 'and'),
    blockAfter: set('board', 'boards', 'joint', 'joints'),
    blockAfterPair: set('and pestle', 'and pestles'),
  }),
  head(['gun'], 'artillery', 'artillery', 'needsModifier', {
    categoryByModifier: [[set('machine', 'sniper', 'assault'), 'small arms']],
    // Small arms ("gun", "firearm") stay out; guns of weapon systems are in.
    requiredModifiers: set('anti-aircraft', 'antiaircraft', 'naval', 'machine', 'deck', 'artillery', 'field', 'self-propelled',
      'anti-tank', 'antitank', 'tank', 'rail', 'gatling', 'autocannon'),
  }),
  head(['cutter'], 'vessel', 'ship', 'needsModifier', { requiredModifiers: set('guard', 'coast-guard', 'revenue', 'patrol') }),
  head(['fighter'], 'aircraft', 'aircraft', 'needsModifier', {
    requiredModifiers: set('stealth', 'jet', 'multirole', 'multi-role'),
    // "scrambled fighters", "fighters intercepted": aircraft; "foreign fighters joined", "the fighter, who won": people.
    context: 'airCombat',
    blockAfter: set('who', 'killed', 'died', 'of', 'loyal', 'from', 'linked', 'allied', 'surrendered', 'fled', 'wounded',
      'captured', 'joined', 'said', 'say', 'says', 'told', 'and'),
    blockBefore: set('foreign', 'freedom', 'resistance', 'rebel', 'militia', 'guerrilla', 'islamist', 'jihadist', 'kurdish',
      'fire', 'street', 'prize', 'cage', 'ufc', 'mma', 'crime', 'anti-government', 'opposition', 'hamas', 'hezbollah',
      'taliban', 'wagner', 'separatist', 'tribal', 'local', 'armed', 'former'),
  }),
  head(['ground control station'], 'drone', 'drone'),
  head(['launcher'], 'artillery', 'artillery', 'needsModifier', {
    context: 'combat',
    requiredModifiers: set('rocket', 'missile', 'grenade', 'mobile', 'multiple', 'truck-mounted', 'vehicle-mounted', 'mlrs',
      'sam', 'atgm', 'rpg'),
    categoryFromModel: true,
    categoryByModifier: [[set('grenade', 'rpg'), 'small arms'], [set('multiple', 'mlrs'), 'rocket artillery'],
      [set('sam'), 'air defense system'], [set('missile', 'atgm'), 'missile']],
  }),
  head(['truck', 'lorry'], 'vehicle', 'truck', 'needsModifier', {
    plurals: ['trucks', 'lorries'],
    categoryByModifier: [[set('military', 'army', 'armored', 'armoured', 'troop', 'mrap'), 'military vehicle']],
    requiredModifiers: set('military', 'army', 'armored', 'armoured', 'troop', 'pickup', 'tanker', 'fire', 'dump', 'cargo',
      'supply', 'fuel', 'ammunition', 'utility', 'gun',
      'electric', 'flatbed', 'garbage', 'semi', 'semi-trailer', 'mrap'),
    context: 'thing',
    blockAfter: set('driver', 'drivers', 'stop', 'stops', 'route', 'routes', 'traffic', 'load', 'loads'),
  }),
  head(['car'], 'vehicle', 'car', 'needsModifier', {
    requiredModifiers: set('electric', 'hybrid', 'self-driving', 'driverless', 'autonomous', 'freight', 'rail', 'railway',
      'sports', 'race', 'concept', 'plug-in', 'battery-powered', 'gas-powered', 'petrol', 'diesel', 'flying'),
    context: 'thing',
    blockBefore: set('cable', 'dining', 'sleeping', 'buffet', 'stock', 'used', 'rental', 'hire', 'getaway', 'toy', 'bumper',
      'slot', 'police', 'patrol', 'squad', 'company', 'private', 'family', 'his', 'her', 'my', 'your', 'our', 'their'),
    blockAfter: set('crash', 'crashes', 'accident', 'accidents', 'park', 'parks', 'parking', 'dealer', 'dealers',
      'dealership', 'dealerships', 'insurance', 'loan', 'loans', 'wash', 'sales', 'seat', 'seats', 'keys', 'key', 'chase',
      'rental', 'rentals', 'horn', 'alarm', 'ownership', 'culture', 'free', 'pool', 'show', 'shows', 'owner', 'owners',
      'buyer', 'buyers', 'driver', 'drivers', 'ride', 'rides', 'journey', 'trip', 'trips', 'door', 'doors', 'window',
      'windows', 'boot', 'trunk', 'radio', 'tax', 'prices', 'price', 'thief', 'thieves', 'theft', 'thefts', 'sharing',
      'bomb', 'bombs', 'bombing', 'bombings', 'chargers', 'charger', 'charging', 'batteries', 'battery'),
  }),
  head(['bus'], 'vehicle', 'bus', 'needsModifier', {
    requiredModifiers: set('electric', 'hybrid', 'double-decker', 'school', 'armored', 'armoured', 'hydrogen'),
    context: 'thing',
    blockAfter: set('stop', 'stops', 'station', 'stations', 'fare', 'fares', 'driver', 'drivers', 'route', 'routes',
      'service', 'services', 'lane', 'lanes', 'ticket', 'tickets', 'shelter', 'shelters', 'pass', 'passes', 'network',
      'ride', 'rides', 'journey', 'trip', 'trips', 'tour', 'tours', 'terminal', 'depot'),
  }),
  head(['train'], 'vehicle', 'train', 'needsModifier', {
    requiredModifiers: set('high-speed', 'bullet', 'freight', 'cargo', 'maglev', 'armored',
      'armoured', 'hydrogen', 'electric', 'driverless'),
    context: 'thing',
    blockAfter: set('station', 'stations', 'ticket', 'tickets', 'fare', 'fares', 'driver', 'drivers', 'line', 'lines',
      'service', 'services', 'ride', 'rides', 'journey', 'journeys', 'trip', 'trips', 'travel', 'route', 'routes',
      'operator', 'operators', 'strike', 'strikes', 'timetable', 'schedule', 'platform', 'tracks', 'track', 'wreck', 'of'),
  }),
  ...kinds(['locomotive', 'railcar'], 'vehicle', 'train', 'nounContext'),
  ...kinds(['tram', 'streetcar', 'van', 'minivan', 'motorcycle', 'sedan', 'hatchback', 'robotaxi'], 'vehicle', 'car',
    'needsModifier', {
      requiredModifiers: set('electric', 'hybrid', 'self-driving', 'driverless', 'autonomous', 'armored', 'armoured',
        'plug-in', 'delivery'),
      context: 'thing',
      blockAfter: set('driver', 'drivers', 'stop', 'stops', 'ride', 'rides', 'line', 'lines', 'sales', 'market', 'der', 'den',
        'de', 'het'),
    }),
  head(['suv'], 'vehicle', 'car', 'needsModifier', { acronym: true, requiredModifiers: set('electric', 'hybrid', 'armored', 'plug-in'),
    context: 'thing', blockAfter: set('sales', 'market', 'driver', 'drivers') }),
  head(['electric vehicle', 'hybrid vehicle', 'autonomous vehicle', 'self-driving vehicle', 'driverless vehicle',
    'plug-in vehicle', 'sport utility vehicle', 'battery-electric vehicle'], 'vehicle', 'car', 'free', {
    blockAfter: set('sales', 'market', 'markets', 'charging', 'charger', 'chargers', 'subsidies', 'subsidy', 'tax', 'credit',
      'credits', 'adoption', 'demand', 'prices', 'owners', 'buyers', 'drivers', 'policy', 'policies', 'mandate',
      'mandates', 'transition', 'battery', 'batteries', 'maker', 'makers', 'startup', 'startups', 'boom', 'revolution'),
  }),
  head(['robot car'], 'vehicle', 'car'),
  // A recall names the parts that fail ("faulty brake sensors", "airbag inflators").
  head(['airbag'], 'vehicle part', 'part', 'nounContext', { blockAfter: set('deployment', 'warning') }),
  head(['sensor'], 'sensor', 'sensor', 'needsModifier', {
    requiredModifiers: set('brake', 'airspeed', 'angle-of-attack', 'infrared', 'thermal', 'optical', 'lidar', 'sonar',
      'seismic', 'pressure', 'oxygen', 'speed', 'fuel'),
    modifierOnly: true,
  }),
  head(['engine'], 'engine', 'engine', 'needsModifier', {
    requiredModifiers: set('jet', 'rocket', 'turbofan', 'turbojet', 'ramjet', 'scramjet', 'aircraft', 'aero', 'diesel',
      'nuclear', 'marine'),
    knownModelOnly: true,
  }),
  head(['goggles'], 'sensor', 'sensor', 'needsModifier', { plurals: ['goggles'],
    requiredModifiers: set('night-vision', 'night', 'thermal', 'infrared'), modifierOnly: true }),
  // Energy hardware with its class word ("wind turbines", "nuclear reactor", "uranium centrifuges").
  head(['turbine'], 'turbine', 'turbine', 'needsModifier', {
    requiredModifiers: set('wind', 'gas', 'steam', 'offshore', 'onshore', 'hydro', 'hydroelectric', 'tidal'),
  }),
  head(['reactor'], 'reactor', 'reactor', 'needsModifier', {
    requiredModifiers: set('nuclear', 'fusion', 'research', 'modular', 'breeder', 'pressurized-water', 'light-water',
      'boiling-water', 'fission', 'fast', 'fast-breeder', 'heavy-water'),
  }),
  head(['centrifuge'], 'centrifuge', 'centrifuge', 'nounContext', { blockBefore: set('lab', 'laboratory', 'salad', 'human') }),
  head(['cruiser'], 'vessel', 'ship', 'needsModifier', {
    requiredModifiers: set('guided-missile', 'missile', 'battle', 'nuclear-powered', 'heavy', 'light'),
  }),
  ...kinds(['tractor', 'bulldozer', 'excavator'], 'vehicle', 'tractor', 'nounContext', {
    blockAfter: set('beam', 'beams', 'trailer', 'trailers'),
  }),
  head(['crane'], 'vehicle', 'tractor', 'needsModifier', {
    requiredModifiers: set('construction', 'tower', 'gantry', 'harbour', 'harbor', 'port', 'ship-to-shore', 'crawler'),
  }),
  // Naval
  ...kinds(['submarine', 'submersible'], 'submarine', 'ship'),
  head(['ssbn'], 'submarine', 'ship', 'free', { acronym: true }),
  ...kinds(['warship', 'frigate', 'destroyer', 'corvette', 'minesweeper', 'aircraft carrier', 'helicopter carrier',
    'amphibious assault ship', 'gunboat', 'patrol boat', 'missile boat', 'minehunter', 'supertanker', 'freighter',
    'icebreaker', 'trawler', 'tugboat', 'speedboat', 'lifeboat', 'sailboat', 'catamaran', 'dhow', 'dinghy',
    'superyacht', 'containership', 'bulk carrier', 'car carrier', 'supercarrier',
    'fast attack craft', 'landing ship', 'replenishment oiler', 'dredger', 'mine countermeasures vessel', 'patrol craft'],
    'vessel', 'ship'),
  head(['yacht'], 'vessel', 'ship', 'nounContext', { blockAfter: set('club', 'clubs', 'race', 'races', 'week') }),
  head(['ferry'], 'vessel', 'ship', 'nounContext', {
    blockAfter: set('service', 'services', 'route', 'routes', 'terminal', 'terminals', 'port', 'crossing', 'crossings',
      'ticket', 'tickets', 'link', 'links', 'company', 'operator', 'operators', 'schedule', 'fare', 'fares'),
  }),
  head(['barge'], 'vessel', 'ship', 'nounContext', { blockAfter: set('in', 'into', 'through', 'past', 'ahead') }),
  head(['skiff'], 'vessel', 'ship', 'nounContext'),
  // "sea drones": unmanned boats; "naval drones".
  head(['sea drone', 'naval drone', 'maritime drone', 'underwater drone', 'drone boat', 'unmanned surface vessel', 'unmanned surface vehicle',
    'uncrewed surface vessel', 'unmanned underwater vehicle'], 'drone', 'drone'),
  head(['boat'], 'vessel', 'ship', 'nounContext', {
    blockBefore: set('gravy', 'sauce', 'banana', 'dream', 'love', 'show', 'u', 'same', 'speed'),
    blockBeforePair: set('rock the', 'rocking the', 'rocked the', 'rocks the', 'miss the', 'missed the', 'misses the'),
    blockAfter: set('race', 'races', 'shoe', 'shoes', 'neck', 'people'),
  }),
  head(['ship'], 'vessel', 'ship', 'nounContext', {
    blockBefore: set('friend', 'relation', 'space', 'rocket', 'jump', 'jumped', 'jumping', 'abandon', 'abandoned'),
    blockBeforePair: set('right the', 'righted the', 'righting the', 'steady the', 'steadied the', 'jump the', 'run a',
      'runs a', 'run the', 'runs the', 'ran a', 'ran the', 'tight a', 'tighter a'),
    blockAfter: set('to', 'from', 'in', 'with', 'by', 'on', 'out', 'for', 'date', 'dates', 'free', 'it', 'them'),
  }),
  head(['vessel'], 'vessel', 'ship', 'nounContext', {
    blockBefore: set('blood', 'lymph', 'lymphatic', 'lacteal', 'heart', 'coronary', 'retinal', 'cooking', 'glass', 'clay',
      'pressure', 'reaction', 'drinking', 'sacred', 'empty', 'chosen', 'weaker'),
    blockAfter: set('wall', 'walls', 'disease', 'diseases', 'damage'),
  }),
  head(['carrier'], 'vessel', 'ship', 'needsModifier', {
    requiredModifiers: set('aircraft', 'helicopter', 'supercarrier', 'lng', 'ore', 'vehicle', 'drone'),
  }),
  // Alone a tanker is a ship ("the tanker was seized"); before "aircraft" or "truck" it names their kind.
  head(['tanker'], 'vessel', 'ship', 'nounContext', {
    categoryFromModel: true,
    blockAfter: set('rates', 'rate', 'owner', 'owners', 'fleet', 'fleets', 'traffic', 'war', 'wars'),
  }),
  // Sensors and air defense
  head(['radar'], 'radar', 'radar', 'nounContext', {
    // Data and readings from a radar, and the sensors of consumer cars, are not a radar system.
    blockAfter: set('screen', 'screens', 'gun', 'guns', 'detector', 'detectors', 'trap', 'traps', 'data', 'imagery', 'image',
      'images', 'sensor', 'sensors', 'signature', 'signatures', 'coverage', 'reading', 'readings', 'observation',
      'observations', 'measurement', 'measurements', 'map', 'maps', 'echo', 'echoes', 'cross-section', 'detection',
      'tracking', 'altimeter', 'altimetry', 'scan', 'scans', 'survey', 'surveys'),
    massNounSense: true,
    blockBeforePair: set('under the', 'on the', 'off the', 'below the', 'beneath the', 'on their', 'on his', 'on her',
      'on our', 'on my', 'on your', 'on its', 'off their', 'off his', 'off her', 'off our', 'off my', 'off your'),
  }),
  head(['system'], 'air defense system', 'system', 'needsModifier', {
    requiredModifiers: DEFENSE_SYSTEM_MODIFIERS, categoryByModifier: SYSTEM_CATEGORIES,
  }),
  head(['interceptor'], 'missile', 'missile', 'needsModifier', {
    requiredModifiers: set('missile', 'ballistic', 'air-defense'), context: 'combat',
  }),
  // A battery of launchers ("Patriot batteries"), not a cell.
  head(['battery'], 'air defense system', 'system', 'needsModifier', {
    plurals: ['batteries'],
    requiredModifiers: set('missile', 'defense', 'defence', 'air-defense', 'air-defence', 'anti-aircraft', 'antiaircraft',
      'artillery', 'rocket', 'interceptor', 'anti-missile', 'surface-to-air'),
    knownModelOnly: true,
  }),
  head(['iron dome'], 'air defense system', 'system', 'free', { plurals: [], named: true }),
  head(['space launch system'], 'space', 'rocket', 'free', { plurals: [], named: true }),
];

/**
 * Lower-case words directly before a head that are part of the class name
 * ("cruise" missile, "transport" plane). Words outside this set stop the
 * name; evaluative adjectives are skipped (ADJECTIVES_OUTSIDE_NAME).
 */
export const CLASS_MODIFIERS: ReadonlySet<string> = set(
  'transport', 'cargo', 'fighter', 'passenger', 'spy', 'surveillance', 'reconnaissance', 'attack', 'combat', 'stealth',
  'training', 'trainer', 'tanker', 'refueling', 'refuelling', 'patrol', 'strategic', 'tactical', 'ballistic', 'cruise',
  'hypersonic', 'supersonic', 'guided', 'nuclear', 'intercontinental', 'interceptor', 'kamikaze', 'suicide', 'battle',
  'armored', 'armoured', 'amphibious', 'landing', 'assault', 'missile', 'rocket', 'air', 'defense', 'defence',
  'space', 'war', 'navy', 'naval', 'container', 'supply', 'research', 'fishing', 'communication', 'communications',
  'weather', 'navigation', 'jumbo', 'wide-body', 'narrow-body', 'widebody', 'utility', 'gasoline', 'petrol', 'fire', 'car',
  'nail', 'pipe', 'atomic', 'hydrogen', 'cluster', 'barrel', 'roadside', 'dirty', 'smart', 'glide', 'incendiary', 'truck',
  'ground', 'surface', 'early-warning', 'warning', 'aerial', 'weapons', 'weapon', 'radar', 'artillery',
  'mobile', 'heavy', 'long-range', 'medium-range', 'short-range', 'intermediate-range', 'anti-aircraft',
  'antiaircraft', 'anti-missile', 'antimissile', 'anti-ship', 'anti-tank', 'antitank', 'anti-drone', 'counter-drone',
  'anti-satellite', 'anti-radiation', 'surface-to-air', 'air-to-air', 'air-to-surface', 'surface-to-surface',
  'ground-to-air', 'air-launched', 'ship-launched', 'submarine-launched', 'sea-launched', 'ground-launched', 'shoulder-fired',
  'man-portable', 'self-propelled', 'rocket-propelled', 'laser-guided', 'precision-guided', 'gps-guided', 'nuclear-capable',
  'nuclear-powered', 'nuclear-armed', 'diesel-electric', 'attack-submarine', 'dive', 'jet', 'oil', 'fuel', 'gas', 'lng',
  'aircraft', 'helicopter', 'supercarrier', 'unmanned', 'reentry', 're-entry', 'mine-resistant', 'military',
  'infantry', 'fighting', 'personnel', 'sonar', 'launcher', 'crew', 'lunar', 'mars', 'moon', 'martian', 'orbital', 'orbiting',
  'booster', 'carrier', 'main', 'medium', 'light', 'tiltrotor', 'tilt-rotor', 'turboprop', 'propeller', 'cargo-carrying',
  'robotic', 'loitering', 'observation', 'earth-observation', 'imaging', 'telecommunications', 'telecom', 'broadcast',
  'gps', 'internet', 'mortar', 'tank', 'grenade', 'machine', 'sniper', 'anti-personnel', 'rescue', 'medevac',
  'firefighting', 'water-bombing', 'hospital', 'coast', 'guard', 'coast-guard', 'destroyer', 'escort', 'water',
  'fisheries', 'fishery', 'replenishment', 'maritime', 'synthetic', 'aperture', 'multirole', 'multi-role', 'deck',
  'field', 'anti-submarine', 'revenue',
  // Who flies it tells classes apart: "commercial satellites" are not the "military observation satellite".
  'commercial', 'civilian',
  'guided-missile', 'electronic', 'warfare', 'jamming', 'loitering', 'precision', 'phosphorus', 'white-phosphorus',
  'high-explosive', 'limpet', 'sea', 'antipersonnel', 'troop', 'army', 'howitzer',
  'optical', 'infrared', 'thermal', 'thermal-imaging', 'multispectral', 'hyperspectral', 'night-vision', 'robotic',
  'interplanetary', 'deep-space', 'jupiter', 'saturn', 'venus', 'mercury', 'comet', 'asteroid', 'solar',
  // What an aircraft or vessel is for is part of its name ("search plane", "drone ship", "freight train").
  'search', 'search-and-rescue', 'fire-fighting', 'airborne', 'electronic-warfare', 'drone', 'freight', 'high-speed',
  'crude', 'ambulance', 'police', 'presidential', 'merchant', 'delivery', 'hot-air', 'medical', 'evacuation',
  'tourist', 'sightseeing', 'pilotless', 'crop-spraying', 'agricultural',
  // Defence classes: what a weapon does or where it is mounted ("hand grenade", "one-way attack drone").
  'offshore', 'countermeasures', 'one-way', 'early', 'hand', 'truck-mounted', 'vehicle-mounted', 'chemical', 'biological',
  'thermobaric', 'laser', 'shoulder-launched', 'ballistic-missile', 'airborne-early-warning', 'rubber', 'tracer',
);

/**
 * Acronyms written in capitals that classify the hardware after them ("FPV drones", "LNG tanker", "MRAP
 * vehicles", "SAM launchers"). They keep their capitals in the name.
 */
export const ACRONYM_MODIFIERS: ReadonlySet<string> = set(
  'fpv', 'lng', 'lpg', 'mrap', 'gps', 'isr', 'aew', 'awacs', 'vtol', 'evtol', 'ew', 'sar', 'uav', 'sam', 'mlrs', 'rpg',
  'atgm', 'manpads', 'ifv', 'apc', 'icbm', 'sigint', 'elint', 'asw', 'c-uas',
);

/** Class modifiers that set a thing against the one the story is about ("commercial rockets" vs its rocket). */
export const CONTRASTIVE_MODIFIERS: ReadonlySet<string> = set('commercial', 'civilian');

/**
 * Modifiers that belong to the class only when another class word stands with
 * them; alone they are descriptions ("military", "unmanned", "heavy"). They
 * stay out of the name unless the head requires them (needsModifier).
 */
export const DESCRIPTIVE_MODIFIERS: ReadonlySet<string> = set(
  'military', 'unmanned', 'heavy', 'light', 'medium', 'robotic', 'orbiting', 'main',
);

/** Adjectives that say how new, good or many, not what a thing is; skipped, never in the name. */
export const ADJECTIVES_OUTSIDE_NAME: ReadonlySet<string> = set(
  'new', 'newer', 'newest', 'latest', 'modern', 'advanced', 'unmanned', 'manned', 'old', 'older', 'aging', 'ageing',
  'small', 'smaller', 'large', 'larger', 'big', 'bigger', 'huge', 'giant', 'sophisticated', 'state-of-the-art',
  'additional', 'more', 'other', 'several', 'many', 'few', 'some', 'used', 'second-hand', 'powerful', 'deadly', 'high-tech',
  'experimental', 'upgraded', 'modernized', 'modernised', 'first', 'second', 'third', 'last', 'next', 'own', 'same',
  'crashed', 'downed', 'damaged', 'destroyed', 'missing', 'stolen', 'armed', 'loaded', 'single', 'lone', 'entire', 'whole',
  'reusable', 'autonomous', 'military', 'private', 'foreign', 'domestic', 'homemade',
  'home-made', 'improvised', 'fake', 'secret', 'top-secret', 'sophisticated', 'expensive', 'cheap', 'costly', 'lethal',
  'heavy', 'light', 'medium', 'robotic', 'orbiting', 'main', 'key', 'major', 'two-seat', 'single-seat', 'twin-engine',
  'four-engine', 'remotely', 'piloted', 'remotely-piloted', 'enemy', 'hostile', 'friendly', 'allied', 'similar',
  'identical', 'such', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'mystery', 'suspected', 'alleged',
  'unidentified', 'unknown', 'mysterious', 'doomed', 'ill-fated', 'stricken', 'disabled', 'sunken', 'burning',
);

/** Words that stand before a noun phrase; they end the look-back but show a noun context. */
export const DETERMINERS: ReadonlySet<string> = set(
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'each', 'every',
  'any', 'no', 'both', 'all', 'another', 'which', 'whose', 'what', 'of', 'with', 'by', 'from', 'on', 'aboard', 'board',
  'against', 'into', 'onto', 'and', 'or', 'per', 'some', 'several', 'many', 'few', 'dozens', 'hundreds', 'thousands',
  'more', 'fewer', 'than', 'million', 'millions', 'billion', 'thousand', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'one', 'such',
  'as', 'like', 'including', 'new', 'latest', 'advanced', 'unmanned', 'other', 'armed', 'at', 'for', 'to', 'in',
);

/**
 * Well-known makers of hardware. Followed by a model token they name a thing
 * ("Boeing 787"); alone they are companies (actors), never equipment.
 */
export const MAKERS: ReadonlyMap<string, string> = new Map([
  ['boeing', 'aircraft'], ['airbus', 'aircraft'], ['lockheed', 'aircraft'], ['northrop', 'aircraft'], ['sukhoi', 'aircraft'],
  ['mikoyan', 'aircraft'], ['tupolev', 'aircraft'], ['ilyushin', 'aircraft'], ['antonov', 'aircraft'], ['embraer', 'aircraft'],
  ['bombardier', 'aircraft'], ['cessna', 'aircraft'], ['dassault', 'aircraft'], ['saab', 'aircraft'], ['eurofighter', 'aircraft'],
  ['gulfstream', 'aircraft'], ['comac', 'aircraft'], ['kamov', 'helicopter'], ['sikorsky', 'helicopter'], ['bayraktar', 'drone'],
  ['baykar', 'drone'], ['shahed', 'drone'], ['mbda', 'missile'], ['raytheon', 'missile'], ['rheinmetall', 'armored vehicle'],
  ['kalashnikov', 'small arms'], ['norinco', 'armored vehicle'], ['spacex', 'space'], ['otokar', 'armored vehicle'],
  ['aselsan', 'radar'], ['roketsan', 'missile'], ['hanwha', 'artillery'], ['nexter', 'artillery'], ['oshkosh', 'armored vehicle'],
  ['thales', 'radar'], ['leonardo', 'helicopter'], ['agustawestland', 'helicopter'], ['elbit', 'drone'], ['denel', 'artillery'],
  ['pilatus', 'aircraft'], ['beechcraft', 'aircraft'], ['dji', 'drone'], ['textron', 'aircraft'], ['irkut', 'aircraft'],
  ['toyota', 'vehicle'], ['volkswagen', 'vehicle'], ['tesla', 'vehicle'], ['honda', 'vehicle'], ['nissan', 'vehicle'],
  ['hyundai', 'vehicle'], ['kia', 'vehicle'], ['chevrolet', 'vehicle'], ['volvo', 'vehicle'], ['renault', 'vehicle'],
  ['peugeot', 'vehicle'], ['fiat', 'vehicle'], ['bmw', 'vehicle'], ['mercedes-benz', 'vehicle'], ['audi', 'vehicle'],
  ['porsche', 'vehicle'], ['subaru', 'vehicle'], ['mazda', 'vehicle'], ['byd', 'vehicle'], ['scania', 'vehicle'],
  ['iveco', 'vehicle'], ['kamaz', 'vehicle'], ['tatra', 'vehicle'], ['alstom', 'vehicle'], ['siemens', 'vehicle'],
  ['caterpillar', 'vehicle'], ['komatsu', 'vehicle'], ['ural', 'vehicle'], ['rivian', 'vehicle'], ['ford', 'vehicle'],
]);

/**
 * NATO reporting names, read as a model only beside a designator or a class
 * word ("Su-27 Flanker", "Hind helicopters"), so their common-word senses
 * ("Bear", "Hip") do not count alone.
 */
const NATO_REPORTING_NAMES: readonly string[] = [
  'fulcrum', 'flanker', 'foxbat', 'foxhound', 'frogfoot', 'fencer', 'fitter', 'fishbed', 'flogger', 'fullback', 'felon',
  'backfire', 'blackjack', 'badger', 'candid', 'condor', 'cock', 'coot', 'mainstay', 'midas', 'hind', 'hip', 'havoc',
  'hokum', 'halo', 'helix', 'hormone', 'hook', 'haze', 'kilo', 'akula', 'oscar', 'typhoon', 'delta', 'sierra', 'victor',
  'scud', 'frog', 'grumble', 'gladiator', 'gargoyle', 'gauntlet', 'gainful', 'gecko', 'grail', 'gremlin', 'gopher', 'grison',
  'gaskin', 'grizzly', 'greyhound', 'growler', 'gazelle', 'sandal', 'skean', 'scaleboard', 'stone', 'sunburn', 'sizzler',
];

/**
 * Names of well-known hardware families that work as a model without a digit
 * ("Patriot missiles", "Progress cargo ship"). Only read directly before a
 * class word or a designator, so the common-word senses do not fire alone.
 */
export const SYSTEM_NAMES: ReadonlySet<string> = set(
  'patriot', 'javelin', 'stinger', 'tomahawk', 'kalibr', 'iskander', 'kinzhal', 'zircon', 'shahed', 'lancet',
  'switchblade', 'reaper', 'predator', 'abrams', 'leopard', 'challenger', 'bradley', 'stryker', 'apache', 'chinook',
  'black', 'hawk', 'osprey', 'soyuz', 'proton', 'progress', 'falcon', 'dragon', 'starship', 'starliner', 'orion',
  'rafale', 'mirage', 'gripen', 'typhoon', 'tornado', 'harrier', 'hellfire', 'storm', 'shadow', 'scalp', 'taurus',
  'himars', 'atacms', 'nasams', 'thaad', 'aegis', 'iron', 'dome', 'pantsir', 'tor', 'buk', 'tochka', 'grad', 'uragan',
  'smerch', 'krasukha', 'orlan', 'geran', 'mavic', 'hercules', 'globemaster', 'galaxy', 'dreamliner', 'harpoon',
  'exocet', 'neptune', 'sarmat', 'yars', 'bulava', 'avangard', 'burevestnik', 'poseidon', 'ariane', 'vega', 'atlas',
  'delta', 'antares', 'cygnus', 'electron', 'angara', 'long', 'march', 'shenzhou', 'tianzhou', 'hubble', 'webb',
  'tiangong', 'mir', 'akinci', 'kizilelma', 'anka', 'heron', 'hermes', 'mohajer', 'hornet', 'lightning', 'eagle',
  'millennium', 'wildcat', 'cobra', 'caesar', 'archer', 'bayraktar',
  'merkava', 'leclerc', 'marder', 'gepard', 'unimog', 'humvee', 'hummer', 'starlink', 'oneweb', 'sentinel', 'landsat',
  'arrow', 'trophy', 'krab', 'bohdana', 'zuzana', 'piranha', 'ajax', 'sampson',
  'vanguard', 'astute', 'zumwalt', 'arleigh', 'burke', 'ticonderoga', 'nimitz', 'kirov',
  'borei', 'yasen', 'krivak', 'gorshkov', 'seawolf', 'hawkeye',
  'sentry', 'wedgetail', 'triton', 'valkyrie', 'spike', 'nlaw',
  'igla', 'strela', 'kornet', 'konkurs', 'fagot', 'metis', 'tosochka', 'solntsepyok', 'msta', 'gvozdika', 'akatsiya',
  'giatsint', 'pion', 'malka', 'tornado-g', 'tornado-s', 'oniks', 'bastion', 'onyx', 'brahmos', 'agni',
  'prithvi', 'tejas', 'dhruv', 'rudra', 'prachand', 'arjun', 'pinaka', 'akash', 'shaheen', 'ghauri', 'babur', 'nasr',
  'raptor', 'merlin', 'vulcan', 'fateh', 'zolfaghar', 'khorramshahr', 'sejjil', 'emad', 'ghadr', 'kheibar', 'fattah', 'burkan', 'samad',
  'katyusha', 'qassam', 'scud', 'excalibur', 'maverick', 'sidewinder', 'amraam', 'meteor',
  'brimstone', 'tow', 'milan', 'dshk', 'pkm', 'rpk', 'kpv', 'svd', 'dragunov', 'glock', 'uzi', 'galil', 'tavor', 'steyr',
  'mosin', 'makarov', 'kalashnikov', 'caracal', 'bushmaster', 'jackal', 'mastiff', 'warrior', 'boxer', 'lynx', 'puma',
  'centauro', 'ratel', 'casspir', 'cougar', 'maxxpro', 'paladin', 'pzh', 'dana', 'atmos', 'nora', 'wing',
  'loong', 'searcher', 'harop', 'harpy', 'skylark', 'scaneagle', 'raven',
  'tigr', 'typhoon-k', 'vystrel', 'rosomak', 'patria', 'eitan', 'namer', 'achzarit',
  // NATO reporting names of Soviet and Russian aircraft, helicopters and submarines ("MiG-29 Fulcrum").
  ...NATO_REPORTING_NAMES,
);

/** Space hardware families: a rocket of one of these is a launch vehicle, not a munition. */
export const SPACE_SYSTEM_NAMES: ReadonlySet<string> = set(
  'soyuz', 'proton', 'progress', 'falcon', 'dragon', 'starship', 'starliner', 'orion', 'ariane', 'vega', 'atlas', 'delta',
  'antares', 'cygnus', 'electron', 'angara', 'long', 'shenzhou', 'tianzhou', 'vulcan', 'h-iia', 'h3', 'pslv', 'gslv',
  'new', 'saturn', 'titan', 'minotaur', 'pegasus', 'zenit', 'rokot', 'epsilon', 'kuaizhou', 'ceres', 'zhuque', 'neutron',
);

/**
 * Designator prefixes, case-sensitive, that name military hardware on their
 * own ("an S-400", "F-16s", "Il-76" but not the protein "IL-6"), with the
 * category they imply. Prefixes such as "G-" or "COVID-" are absent on
 * purpose: a designator outside this table needs a class word.
 */
export const DESIGNATOR_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['S', 'air defense system'], ['F', 'aircraft'], ['Su', 'aircraft'], ['MiG', 'aircraft'], ['Tu', 'aircraft'],
  ['Il', 'aircraft'], ['An', 'aircraft'], ['Yak', 'aircraft'], ['B', 'aircraft'], ['C', 'aircraft'], ['KC', 'aircraft'],
  ['E', 'aircraft'], ['P', 'aircraft'], ['A', 'aircraft'], ['Ka', 'helicopter'], ['Mi', 'helicopter'], ['AH', 'helicopter'],
  ['UH', 'helicopter'], ['CH', 'helicopter'], ['MH', 'helicopter'], ['MQ', 'drone'], ['RQ', 'drone'], ['T', 'tank'],
  ['BMP', 'armored vehicle'], ['BTR', 'armored vehicle'], ['BM', 'artillery'], ['Kh', 'missile'], ['SM', 'missile'],
  ['AIM', 'missile'], ['AGM', 'missile'], ['DF', 'missile'], ['Hwasong', 'missile'], ['AK', 'small arms'],
  // US tri-service missile, bomb and aircraft designations ("FIM-92", "GBU-39", "EA-18G", "MV-22").
  ['FIM', 'missile'], ['BGM', 'missile'], ['MIM', 'missile'], ['RIM', 'missile'], ['UGM', 'missile'], ['LGM', 'missile'],
  ['MGM', 'missile'], ['GBU', 'munition'], ['CBU', 'munition'], ['EA', 'aircraft'], ['RC', 'aircraft'], ['EC', 'aircraft'],
  ['HH', 'helicopter'], ['SH', 'helicopter'], ['OH', 'helicopter'], ['MV', 'aircraft'], ['CV', 'aircraft'], ['V', 'aircraft'],
  // Chinese designations: fighters, transports, helicopters, missiles, air defence, AEW aircraft.
  ['J', 'aircraft'], ['Y', 'aircraft'], ['Z', 'helicopter'], ['KJ', 'aircraft'], ['YJ', 'missile'], ['PL', 'missile'],
  ['HQ', 'air defense system'], ['JL', 'missile'], ['WZ', 'drone'],
  // Soviet and Russian ones, and named drone and missile families with numbers ("Shahed-136", "Fateh-110").
  ['BRDM', 'armored vehicle'], ['BMD', 'armored vehicle'], ['TOS', 'rocket artillery'], ['ZU', 'artillery'],
  ['ZSU', 'air defense system'], ['SA', 'air defense system'], ['SS', 'missile'], ['KN', 'missile'], ['RPG', 'small arms'],
  ['Shahed', 'drone'], ['Geran', 'drone'], ['Orlan', 'drone'], ['Mohajer', 'drone'], ['Lancet', 'drone'], ['Fateh', 'missile'],
  ['Kheibar', 'missile'], ['Qassam', 'rocket'], ['Burkan', 'missile'], ['Samad', 'drone'], ['Quds', 'missile'],
]);

/**
 * System names distinctive enough to name hardware alone, written capitalized,
 * singular or plural ("sent Javelins and Stingers", "a Kinzhal"), with the
 * category each implies. Names that are also common words, people or
 * publications ("Patriot", "Reaper", "Lancet", "Abrams") need a class word.
 */
export const STANDALONE_SYSTEM_NAMES: ReadonlyMap<string, string> = new Map([
  ['javelin', 'missile'], ['stinger', 'missile'], ['tomahawk', 'missile'], ['kalibr', 'missile'], ['iskander', 'missile'],
  ['kinzhal', 'missile'], ['kornet', 'missile'], ['nlaw', 'missile'], ['katyusha', 'rocket'], ['scud', 'missile'],
  ['exocet', 'missile'], ['harpoon', 'missile'], ['hellfire', 'missile'], ['brahmos', 'missile'], ['tochka', 'missile'],
  ['pantsir', 'air defense system'], ['bayraktar', 'drone'], ['shahed', 'drone'], ['geran', 'drone'], ['merkava', 'tank'],
  ['gripen', 'aircraft'], ['rafale', 'aircraft'], ['himars', 'rocket artillery'], ['grad', 'rocket artillery'],
  ['qassam', 'rocket'], ['zircon', 'missile'], ['storm shadow', 'missile'], ['iron dome', 'air defense system'],
]);

/** Designator prefixes whose number must have at least two digits to be hardware ("F-16" but not "F-1", "A-1"). */
export const TWO_DIGIT_PREFIXES: ReadonlySet<string> = set('F', 'A', 'B', 'C', 'E', 'P', 'T', 'S', 'An', 'AK', 'J', 'Y', 'Z', 'V',
  'SS', 'EA', 'EC', 'RC', 'MV', 'CV');

export { SHIP_PREFIXES, WEAK_SHIP_PREFIXES };

/** Cardinal number words for the quantity attribute ("a dozen" is one word here). */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([...CARDINAL_WORDS, ['a dozen', 12]]);

// ---------------------------------------------------------------------------
// Words the class-word rule reads around a class word (rules/class-word.ts and
// its helpers) to tell a mention of hardware from other uses of the word.

/** Heads that can carry a proper name in capitals ("International Space Station"). */
export const PROPER_NAME_HEADS: ReadonlySet<string> = new Set(['space station', 'space telescope', 'iron dome', 'space launch system']);

/**
 * Nouns after a class word that make it a description of a person, trade or
 * business, not a mention of the hardware ("the plane maker", "a ship
 * captain", "drone operators", "tank tickets").
 */
export const NOUNS_THE_CLASS_ONLY_DESCRIBES: ReadonlySet<string> = new Set([
  'maker', 'makers', 'manufacturer', 'manufacturers', 'builder', 'builders', 'industry', 'industries', 'company',
  'companies', 'firm', 'firms', 'operator', 'operators', 'captain', 'captains', 'enthusiast', 'enthusiasts', 'hobbyist',
  'hobbyists', 'ticket', 'tickets', 'fare', 'fares', 'seat', 'seats', 'sector', 'market', 'markets', 'stock', 'stocks',
  'shares', 'designer', 'designers', 'racing', 'race', 'races', 'ride', 'rides', 'journey', 'journeys', 'trip', 'trips',
]);

// Prepositions before a bare singular that read it as a technique ("based on radar", "tracked by radar").
export const MASS_NOUN_PREPOSITIONS: ReadonlySet<string> = new Set([
  'on', 'by', 'via', 'using', 'with', 'from', 'of', 'through', 'and', 'or', 'without', 'use',
]);

// Determiners that let "craft" refer back to a spacecraft ("the craft").
export const ANAPHORA_DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'that', 'its']);

// Words before a class word that show it is a verb ("to bomb", "we ship").
export const VERB_SUBJECTS: ReadonlySet<string> = new Set([
  'i', 'we', 'you', 'he', 'she', 'it', 'they', 'to', 'will', 'would', 'can', 'could', 'may', 'might', 'should', 'must',
  'does', 'did', 'do', 'shall', 'who', 'that', 'which',
]);

// Words after a class word that show it is a verb ("ships the", "drones on").
export const VERB_OBJECTS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'them', 'him', 'us', 'me', 'it', 'this', 'these',
  'those', 'out', 'off', 'up', 'down', 'away',
]);

// Words before a bare plural that show it is a noun after a verb ("sent tanks", "fired rockets").
export const VERBS_BEFORE_PLURALS: ReadonlySet<string> = new Set([
  'sent', 'send', 'sends', 'bought', 'buy', 'buys', 'sold', 'sell', 'sells', 'shot', 'built', 'build', 'builds', 'got',
  'get', 'gets', 'made', 'make', 'makes', 'had', 'has', 'have', 'use', 'uses', 'fire', 'fires', 'fly', 'flies', 'flew',
  'flown', 'own', 'owns', 'saw', 'seen', 'see', 'lost', 'lose', 'hit', 'took', 'take', 'takes', 'gave', 'give', 'gives',
  'deploy', 'deploys', 'launch', 'launches', 'supply', 'supplies', 'provide', 'provides', 'deliver', 'delivers',
  'drop', 'drops', 'carry', 'carries', 'operate', 'operates', 'and', 'or', 'nor', 'than', 'are', 'were', 'was', 'is',
]);

// Words that open a clause or phrase, after which a class word is a noun ("if bombs", "via ships").
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'if', 'when', 'while', 'because', 'although', 'though', 'whether', 'where', 'unless', 'until', 'since', 'once', 'via',
  'under', 'over', 'through', 'across', 'near', 'behind', 'beside', 'between', 'among', 'after', 'before', 'without',
  'within', 'toward', 'towards', 'inside', 'outside', 'about', 'around', 'onboard', 'aboard', 'using', 'not',
]);

/** Heads that are also ways to travel ("by plane", "on a plane to Kyiv"). */
export const MEANS_OF_TRAVEL: ReadonlySet<string> = new Set(['plane', 'airplane', 'aeroplane', 'jet', 'helicopter', 'boat', 'ship',
  'car', 'bus', 'train', 'tram', 'ferry', 'taxi', 'truck', 'van', 'yacht', 'chopper']);

// Ordinals that introduce one more thing of a class ("a second satellite"); "first" often points back.
export const ORDINALS_OF_ANOTHER: ReadonlySet<string> = new Set(['second', 'third', 'fourth', 'fifth']);

/** Capitalized words that name who operates hardware, not its model ("Russian Navy ships", "Israeli Army tanks"). */
export const INSTITUTION_WORDS: ReadonlySet<string> = new Set([
  'navy', 'army', 'air', 'force', 'forces', 'coast', 'guard', 'marine', 'marines', 'military', 'defense', 'defence',
  'government', 'state', 'federal', 'national', 'royal', 'special', 'border', 'police', 'ministry', 'space', 'aerospace',
  'naval', 'armed', 'republican', 'revolutionary', 'imperial', 'people', 'peoples', 'red', 'central', 'northern',
  'southern', 'eastern', 'western', 'fleet', 'agency', 'company', 'airlines', 'airline', 'railways', 'railway',
]);

/** Celestial bodies are capitalized but classify a vehicle ("Moon lander", "Mars rover"). */
export const CELESTIAL_MODIFIERS: ReadonlySet<string> = new Set([...PLANETS, 'moon', 'lunar', 'martian']);

/** Space hardware is named like a person ("the Cassini spacecraft", "the Perseverance rover"). */
export const NAMED_LIKE_MISSIONS: ReadonlySet<string> = new Set(['spacecraft', 'rover', 'satellite', 'telescope']);

// Prepositions before a determiner that make a vehicle a place people are in ("charging in the car", "got off the bus").
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'into', 'inside', 'from', 'out', 'onto', 'on', 'off',
  'aboard', 'board', 'boarded', 'behind', 'outside', 'under', 'near', 'beside']);
