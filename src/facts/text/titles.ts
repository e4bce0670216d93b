import { HONORIFICS } from '../../lexicon/names.js';

/**
 * Titles that stand before a person's name ("Gen. X", "Prime Minister X",
 * "Prosecutor X"). Lower-cased, without the period. One list for the actor
 * rules (which take the title as a role) and the quote speakers (which strip
 * it from the name), so both stages agree on where a name starts.
 */
export const PERSON_TITLES: ReadonlySet<string> = new Set([
  ...HONORIFICS, 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady',
  'president', 'president-elect', 'vice', 'premier', 'chancellor', 'minister', 'secretary', 'ambassador',
  'king', 'queen', 'prince', 'princess', 'emir', 'sheikh', 'sultan', 'pope', 'cardinal', 'bishop', 'rabbi', 'imam', 'ayatollah',
  'rep', 'reps', 'representative', 'congressman', 'congresswoman', 'sen', 'senator', 'gov', 'governor', 'mayor',
  'speaker', 'judge', 'justice', 'attorney', 'atty', 'sheriff', 'commissioner', 'superintendent', 'supt',
  'gen', 'general', 'lt', 'lieutenant', 'col', 'colonel', 'maj', 'major', 'capt', 'captain', 'cmdr', 'commander',
  'adm', 'admiral', 'sgt', 'sergeant', 'cpl', 'corporal', 'marshal', 'brig', 'brigadier',
  'chairman', 'chairwoman', 'chair', 'ceo', 'cfo', 'coo', 'founder', 'director', 'chief', 'executive',
  'spokesman', 'spokeswoman', 'spokesperson', 'coach', 'detective', 'det', 'inspector', 'officer', 'deputy', 'rev', 'reverend',
  'pres', 'amb', 'hon', 'cabinet',
  'prosecutor', 'magistrate', 'ombudsman', 'envoy', 'archbishop', 'pastor',
  'councilman', 'councilwoman', 'councillor', 'councilor', 'alderman', 'assemblyman', 'assemblywoman', 'mp', 'mep',
]);
