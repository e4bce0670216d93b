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
}

const set = (...words: string[]): ReadonlySet<string> => new Set(words);

/** Distinct classes that share a category, family and mode: one head each ("frigate", "destroyer"). */
function kinds(forms: string[], category: string, family: string, mode: HeadMode = 'free',
  extra: Parameters<typeof head>[4] = {}): HeadClass[] {
  return forms.map((form) => head([form], category, family, mode, extra));
}

/** Forms of one class (synonyms and spellings) share the first form as canonical name ("plane", "airplane"). */
function head(
  forms: string[],
  category: string,
  family: string,
  mode: HeadMode = 'free',
  extra: Partial<Pick<HeadClass, 'requiredModifiers' | 'blockBefore' | 'blockAfter' | 'blockBeforePair' | 'canonical' | 'plurals' | 'named' | 'massNounSense' | 'modifierOnly' | 'knownModelOnly' | 'acronym'>> = {},
): HeadClass {
  const plurals = extra.plurals ?? forms.map((f) => (/(?:craft|artillery)$/.test(f) ? f : `${f}s`));
  return { forms, plurals, canonical: extra.canonical ?? forms[0]!, category, family, mode, ...extra };
}

const DEFENSE_SYSTEM_MODIFIERS = set(
  'defense', 'defence', 'anti-aircraft', 'antiaircraft', 'anti-missile', 'antimissile', 'missile', 'rocket',
  'weapons', 'weapon', 'radar', 'artillery', 'launch', 'interceptor', 'anti-drone', 'counter-drone', 'sonar', 'warfare',
  'jamming',
);

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
  }),
  head(['helicopter', 'gunship'], 'helicopter', 'helicopter'),
  head(['drone'], 'drone', 'drone', 'nounContext', { blockAfter: set('on', 'ons', 'music', 'metal', 'bee', 'bees') }),
  head(['unmanned aerial vehicle', 'unmanned aircraft system'], 'drone', 'drone', 'free', { canonical: 'drone' }),
  head(['uav', 'ucav'], 'drone', 'drone', 'free', { canonical: 'drone', acronym: true }),
  // Space hardware
  head(['spaceship', 'space ship', 'spacecraft', 'space capsule', 'space plane', 'spaceplane'], 'spacecraft', 'spacecraft', 'free',
    { canonical: 'spaceship' }),
  head(['space shuttle'], 'spacecraft', 'spacecraft'),
  ...kinds(['cargo craft', 'crew capsule'], 'spacecraft', 'spacecraft'),
  ...kinds(['landing craft', 'hovercraft'], 'vessel', 'ship'),
  head(['craft'], 'spacecraft', 'spacecraft', 'anaphoric'),
  head(['space station', 'space lab', 'space laboratory', 'orbital station', 'orbital outpost'], 'space station', 'station',
    'free', { canonical: 'space station' }),
  head(['space telescope'], 'telescope', 'telescope'),
  head(['satellite'], 'satellite', 'satellite', 'free', {
    blockAfter: set('phone', 'phones', 'tv', 'television', 'dish', 'dishes', 'image', 'images', 'imagery', 'photo', 'photos',
      'photograph', 'photographs', 'picture', 'pictures', 'campus', 'campuses', 'office', 'offices', 'city', 'cities',
      'town', 'towns', 'state', 'states', 'radio', 'navigation', 'link', 'links', 'feed', 'feeds', 'internet',
      'broadband', 'data', 'provider', 'providers', 'operator', 'operators', 'view', 'views', 'map', 'maps', 'company',
      'companies', 'event', 'events', 'clinic', 'clinics', 'location', 'locations', 'show', 'shows', 'channel',
      'channels', 'connection', 'hospital', 'hospitals', 'kitchen', 'kitchens', 'store', 'stores'),
    blockBefore: set('moon', 'natural'),
  }),
  head(['rover'], 'spacecraft', 'rover', 'nounContext', { blockBefore: set('land', 'range') }),
  head(['lander'], 'spacecraft', 'lander', 'nounContext'),
  head(['space probe'], 'spacecraft', 'spacecraft'),
  // "probe" is mostly an inquiry; only a space probe with its modifier or mission name counts.
  head(['probe'], 'spacecraft', 'spacecraft', 'needsModifier', {
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
  head(['rocket', 'launch vehicle', 'rocket booster', 'booster rocket', 'carrier rocket'], 'rocket', 'rocket', 'nounContext', {
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
  head(['landmine', 'land mine'], 'explosive', 'bomb'),
  head(['improvised explosive device', 'explosive device'], 'explosive', 'bomb'),
  head(['ied'], 'explosive', 'bomb', 'free', { acronym: true }),
  // Acronyms that are hardware in any context ("APC" is left out: it is also a party's name).
  head(['icbm'], 'missile', 'missile', 'free', { acronym: true }),
  head(['slbm'], 'missile', 'missile', 'free', { acronym: true }),
  head(['manpads'], 'missile', 'missile', 'free', { acronym: true, plurals: ['manpads'] }),
  head(['ifv'], 'armored vehicle', 'armored vehicle', 'free', { acronym: true }),
  head(['mrap'], 'armored vehicle', 'armored vehicle', 'free', { acronym: true }),
  head(['shell'], 'munition', 'munition', 'needsModifier', {
    requiredModifiers: set('artillery', 'tank', 'mortar', 'howitzer', 'cluster', 'phosphorus', 'white-phosphorus',
      'incendiary', 'high-explosive', 'anti-tank'),
    knownModelOnly: true,
  }),
  head(['munition'], 'munition', 'munition', 'needsModifier', {
    requiredModifiers: set('loitering', 'guided', 'precision-guided', 'cluster', 'precision', 'incendiary'),
    knownModelOnly: true,
  }),
  head(['mine'], 'explosive', 'bomb', 'needsModifier', {
    requiredModifiers: set('naval', 'sea', 'anti-tank', 'antitank', 'anti-personnel', 'antipersonnel', 'anti-ship', 'limpet'),
    knownModelOnly: true,
  }),
  // Land systems
  head(['tank'], 'tank', 'tank', 'nounContext', {
    blockBefore: set('think', 'fuel', 'water', 'gas', 'septic', 'fish', 'oxygen', 'storage', 'petrol', 'propane', 'holding',
      'shark', 'fresh', 'air', 'ink', 'toilet', 'hot', 'oil', 'diesel', 'gasoline', 'scuba', 'sensory', 'isolation',
      'flotation', 'float', 'dunk', 'settling', 'reservoir', 'brain', 'policy', 'reef', 'quarantine', 'breeding',
      'hydrogen', 'nitrogen', 'helium', 'steel', 'plastic', 'concrete', 'wave', 'test', 'rain', 'car', 'pressure', 'tea'),
    blockAfter: set('top', 'tops', 'engine', 'engines', 'water', 'farm', 'farms'),
  }),
  head(['armored vehicle', 'armoured vehicle', 'armored car', 'armoured car'], 'armored vehicle', 'armored vehicle'),
  head(['armored personnel carrier', 'armoured personnel carrier'], 'armored vehicle', 'armored vehicle'),
  ...kinds(['infantry fighting vehicle', 'humvee'], 'armored vehicle', 'armored vehicle'),
  head(['vehicle'], 'armored vehicle', 'armored vehicle', 'needsModifier', {
    requiredModifiers: set('combat', 'fighting', 'unmanned', 'launch', 'reentry', 're-entry', 'amphibious', 'reconnaissance', 'assault',
      'tactical', 'mine-resistant', 'military'),
  }),
  ...kinds(['howitzer', 'artillery', 'cannon', 'mortar', 'rocket launcher', 'missile launcher', 'grenade launcher',
    'multiple rocket launcher'], 'artillery', 'artillery', 'nounContext', {
    blockBefore: set('loose', 'brick', 'bricks', 'and', 'confetti', 'snow', 't-shirt', 'glitter', 'canon'),
    blockAfter: set('and', 'board', 'boards', 'fodder', 'ball', 'balls'),
  }),
  head(['gun'], 'artillery', 'artillery', 'needsModifier', {
    // Small arms ("gun", "firearm") stay out; guns of weapon systems are in.
    requiredModifiers: set('anti-aircraft', 'antiaircraft', 'naval', 'machine', 'deck', 'artillery', 'field', 'self-propelled',
      'anti-tank', 'antitank', 'tank', 'rail', 'gatling', 'autocannon'),
  }),
  head(['cutter'], 'vessel', 'ship', 'needsModifier', { requiredModifiers: set('guard', 'coast-guard', 'revenue', 'patrol') }),
  head(['fighter'], 'aircraft', 'aircraft', 'needsModifier', { requiredModifiers: set('stealth', 'jet', 'multirole', 'multi-role') }),
  head(['ground control station'], 'drone', 'drone'),
  head(['launcher'], 'artillery', 'artillery', 'needsModifier', {
    requiredModifiers: set('rocket', 'missile', 'grenade', 'mobile', 'multiple'),
  }),
  head(['truck'], 'vehicle', 'truck', 'needsModifier', { requiredModifiers: set('military', 'army', 'armored', 'armoured', 'troop') }),
  head(['cruiser'], 'vessel', 'ship', 'needsModifier', {
    requiredModifiers: set('guided-missile', 'missile', 'battle', 'nuclear-powered', 'heavy', 'light'),
  }),
  ...kinds(['tractor', 'bulldozer', 'excavator'], 'vehicle', 'tractor', 'nounContext', { blockAfter: set('beam', 'beams') }),
  // Naval
  ...kinds(['warship', 'frigate', 'destroyer', 'corvette', 'submarine', 'minesweeper', 'aircraft carrier', 'helicopter carrier',
    'amphibious assault ship', 'gunboat', 'patrol boat', 'missile boat'], 'vessel', 'ship'),
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
  head(['carrier'], 'vessel', 'ship', 'needsModifier', { requiredModifiers: set('aircraft', 'helicopter', 'supercarrier') }),
  head(['tanker'], 'vessel', 'ship', 'needsModifier', { requiredModifiers: set('oil', 'fuel', 'gas', 'lng', 'refueling', 'refuelling') }),
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
  head(['system'], 'air defense system', 'system', 'needsModifier', { requiredModifiers: DEFENSE_SYSTEM_MODIFIERS }),
  head(['interceptor'], 'missile', 'missile', 'needsModifier', { requiredModifiers: set('missile', 'ballistic', 'air-defense') }),
  // A battery of launchers ("Patriot batteries"), not a cell.
  head(['battery'], 'air defense system', 'system', 'needsModifier', {
    plurals: ['batteries'],
    requiredModifiers: set('missile', 'defense', 'defence', 'air-defense', 'air-defence', 'anti-aircraft', 'antiaircraft',
      'artillery', 'rocket', 'interceptor', 'anti-missile', 'surface-to-air'),
    knownModelOnly: true,
  }),
  head(['iron dome'], 'air defense system', 'system', 'free', { plurals: [], named: true }),
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
  'more', 'fewer', 'than', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'one', 'such',
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
  ['kalashnikov', 'firearm'], ['norinco', 'armored vehicle'], ['spacex', 'rocket'], ['otokar', 'armored vehicle'],
  ['aselsan', 'radar'], ['roketsan', 'missile'], ['hanwha', 'artillery'], ['nexter', 'artillery'], ['oshkosh', 'armored vehicle'],
  ['thales', 'radar'], ['leonardo', 'helicopter'], ['agustawestland', 'helicopter'], ['elbit', 'drone'], ['denel', 'artillery'],
  ['pilatus', 'aircraft'], ['beechcraft', 'aircraft'], ['dji', 'drone'], ['textron', 'aircraft'], ['irkut', 'aircraft'],
]);

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
  ['AIM', 'missile'], ['AGM', 'missile'], ['DF', 'missile'], ['Hwasong', 'missile'], ['AK', 'firearm'],
]);

/** Designator prefixes whose number must have at least two digits to be hardware ("F-16" but not "F-1", "A-1"). */
export const TWO_DIGIT_PREFIXES: ReadonlySet<string> = set('F', 'A', 'B', 'C', 'E', 'P', 'T', 'S', 'An', 'AK');

/** Vessel name prefixes ("USS Gerald R. Ford"). */
export const SHIP_PREFIXES: ReadonlySet<string> = set('uss', 'hms', 'hmas', 'hmcs', 'hmnzs', 'ins', 'rfs', 'jds', 'ros', 'usns',
  'uscgc', 'brp', 'kri', 'tcg', 'roks', 'hnlms', 'hdms', 'hnoms', 'hswms', 'esps', 'nrp', 'pns', 'bns', 'ara', 'cns');

/**
 * Ship prefixes that are also common abbreviations ("JS" JavaScript, "MV"
 * music video): a vessel only after a class word or "the" ("the destroyer JS
 * Takanami", "the MV Dali").
 */
export const WEAK_SHIP_PREFIXES: ReadonlySet<string> = set('js', 'mv', 'mt', 'fs', 'its', 'rss', 'kd', 'rv', 'ss', 'sps');

/** Cardinal number words for the quantity attribute. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
  ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16],
  ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50],
  ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90], ['hundred', 100], ['dozen', 12], ['a dozen', 12],
]);
