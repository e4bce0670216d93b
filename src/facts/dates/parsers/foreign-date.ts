/**
 * Written-out dates in other languages, only in text that is not English:
 * "19 de novembro de 2019" (pt/es), "19 novembre 2019" (fr/it), "19. November
 * 2019" (de), "19 ноября 2019" (ru), "2019年11月19日" / "11月19日" (ja/zh).
 * Month names are matched case-insensitively; a day is required, so a lone
 * month word ("mars", "mai") is never taken.
 */
import { type DateCandidate, type DateParser, matchAll } from '../candidate.js';
import { isPossibleDay } from '../calendar.js';

const FOREIGN_MONTHS: ReadonlyMap<string, number> = new Map([
  // Portuguese
  ['janeiro', 1], ['fevereiro', 2], ['março', 3], ['abril', 4], ['maio', 5], ['junho', 6], ['julho', 7], ['agosto', 8],
  ['setembro', 9], ['outubro', 10], ['novembro', 11], ['dezembro', 12],
  // Spanish
  ['enero', 1], ['febrero', 2], ['marzo', 3], ['mayo', 5], ['junio', 6], ['julio', 7], ['septiembre', 9], ['setiembre', 9],
  ['octubre', 10], ['noviembre', 11], ['diciembre', 12],
  // French
  ['janvier', 1], ['février', 2], ['mars', 3], ['avril', 4], ['mai', 5], ['juin', 6], ['juillet', 7], ['août', 8],
  ['septembre', 9], ['octobre', 10], ['novembre', 11], ['décembre', 12],
  // Italian
  ['gennaio', 1], ['febbraio', 2], ['aprile', 4], ['maggio', 5], ['giugno', 6], ['luglio', 7], ['settembre', 9],
  ['ottobre', 10], ['dicembre', 12],
  // German
  ['januar', 1], ['jänner', 1], ['februar', 2], ['märz', 3], ['april', 4], ['juni', 6], ['juli', 7], ['august', 8],
  ['september', 9], ['oktober', 10], ['november', 11], ['dezember', 12],
  // Russian (genitive, as after a day)
  ['января', 1], ['февраля', 2], ['марта', 3], ['апреля', 4], ['мая', 5], ['июня', 6], ['июля', 7], ['августа', 8],
  ['сентября', 9], ['октября', 10], ['ноября', 11], ['декабря', 12],
]);

const MONTH_WORD = [...FOREIGN_MONTHS.keys()].sort((a, b) => b.length - a.length).join('|');
const DAY_MONTH_YEAR = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\d{1,2})(?:\\.|º|°)?\\s+(?:de\\s+)?(${MONTH_WORD})(?![\\p{L}])(?:,?\\s+(?:de\\s+)?(\\d{4})(?!\\d))?`,
  'giu',
);
const CJK_DATE = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/g;

export const foreignDateParser: DateParser = {
  name: 'foreignDate',
  parse(doc) {
    if (doc.english) return [];
    const out: DateCandidate[] = [];
    const push = (start: number, end: number, year: number | null, month: number, day: number): void => {
      if (isPossibleDay(year ?? null, month, day)) {
        out.push({ start, end, meaning: { kind: 'calendar', year, month, day }, modifier: null, rule: 'foreignDate' });
      }
    };
    for (const m of matchAll(DAY_MONTH_YEAR, doc.text)) {
      push(m.index, m.index + m[0].length, m[3] ? Number(m[3]) : null, FOREIGN_MONTHS.get(m[2]!.toLowerCase())!, Number(m[1]));
    }
    for (const m of matchAll(CJK_DATE, doc.text)) {
      push(m.index, m.index + m[0].length, m[1] ? Number(m[1]) : null, Number(m[2]), Number(m[3]));
    }
    return out;
  },
};
