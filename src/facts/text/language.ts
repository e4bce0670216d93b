/**
 * Is the text English? One answer per document (TextDocument.english), read
 * by every extractor: the word lists (month names, "said", titles, cue verbs)
 * and the capitalization cues are English, and other languages need other
 * rules (day-first numeric dates) or fewer of them (actors trust only the
 * gazetteer and titles). Judged from the opening stretch of the text (one
 * cheap pass, every article): mostly non-Latin letters say no; otherwise the
 * share of the commonest English function words decides.
 *
 * The page's declared language (article.language) is not used: on the corpus
 * it was wrong as often as the text was ambiguous (German articles declared
 * "en", English ones "de").
 */
const SAMPLE_CHARS = 1200;
// Words frequent in English and rare as words of the other languages we meet
// ("a", "in", "on" are left out: Portuguese, German and French use them too).
const ENGLISH_FUNCTION_WORD =
  /(?<![\p{L}'’])(?:the|and|of|to|is|was|that|for|with|said|are|were|has|have|it|by|at|from|as|this|an|he|she|they|his|her|their|not|but|or|will|who|which|be)(?![\p{L}'’])/giu;
const MIN_ENGLISH_SHARE = 0.08;
const MIN_WORDS = 8;

const LETTER = /\p{L}/u;

/**
 * Mostly letters of a script other than Latin (Japanese, Cyrillic). Latin letters are A-Z, a-z
 * and U+00C0-U+024F; one loop over char codes, with the Unicode letter test only for code points
 * past Latin (two unicode-class regexes over the sample were a tenth of the text layer's time).
 */
function mostlyNonLatin(sample: string): boolean {
  let latin = 0;
  let other = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0xc0) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
      else if (c >= 0xaa && (c === 0xaa || c === 0xb5 || c === 0xba)) other++; // ª µ º are letters outside the Latin ranges
    } else if (c <= 0x24f) {
      latin++;
    } else {
      const point = sample.codePointAt(i)!;
      if (point > 0xffff) i++; // an astral letter is one character, as in a /u pattern
      if (LETTER.test(String.fromCodePoint(point))) other++;
    }
  }
  return other > latin;
}

/** Runs of non-space characters. */
function countWords(sample: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < sample.length; i++) {
    const space = sample.charCodeAt(i) <= 32;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

export function looksEnglish(text: string): boolean {
  const sample = text.slice(0, SAMPLE_CHARS);
  // A script without Latin letters is no English, however its spaces fall.
  if (mostlyNonLatin(sample)) return false;
  const words = countWords(sample);
  // Too few words to count: only a non-Latin script says "not English".
  if (words < MIN_WORDS) return !/[^\u0000-\u024f\s\p{P}\p{N}\p{S}]/u.test(sample);
  return (sample.match(ENGLISH_FUNCTION_WORD)?.length ?? 0) / words >= MIN_ENGLISH_SHARE;
}

// Function words of the other Latin-script languages we meet (German, French, Spanish, Portuguese,
// Italian, Dutch, Scandinavian), each rare as an English word.
const OTHER_FUNCTION_WORD =
  /(?<![\p{L}'’])(?:der|die|das|und|nicht|ist|ein|eine|mit|auf|les|des|est|une|dans|pour|avec|qui|los|las|del|una|por|para|con|não|uma|com|della|che|non|sono|het|een|van|niet|och|att|är|och|ikke|og)(?![\p{L}'’])/giu;
const MIN_OTHER_SHARE = 0.04;

/**
 * Written in another language, as far as its function words show: not merely "not English
 * prose". Results tables, lists of names and scores have too few function words of any
 * language to look English, yet their names are read as English names.
 */
export function looksOtherLanguage(text: string): boolean {
  const sample = text.slice(0, SAMPLE_CHARS);
  if (mostlyNonLatin(sample)) return true;
  const words = countWords(sample);
  if (words < MIN_WORDS) return false;
  return (sample.match(OTHER_FUNCTION_WORD)?.length ?? 0) / words >= MIN_OTHER_SHARE;
}
