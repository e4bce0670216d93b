/**
 * Is the text English? The parsers' word lists (month names, "said", "last
 * week") are English; other languages need other rules (day-first numeric
 * dates, their own month names). Judged from how often the commonest English
 * function words occur in the opening stretch of the text (one cheap pass:
 * this runs for every article).
 */
const SAMPLE_CHARS = 1200;
const ENGLISH_FUNCTION_WORD = /(?<![\p{L}'’])(?:the|and|of|to|is|was|that|for|with|said|are|were|has|have|it)(?![\p{L}'’])/giu;
const MIN_ENGLISH_SHARE = 0.08;
const MIN_WORDS = 8;

export function looksEnglish(text: string): boolean {
  const sample = text.slice(0, SAMPLE_CHARS);
  let words = 0;
  let inWord = false;
  for (let i = 0; i < sample.length; i++) {
    const space = sample.charCodeAt(i) <= 32;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  // Too few words to count: only a non-Latin script says "not English".
  if (words < MIN_WORDS) return !/[^\u0000-\u024f\s\p{P}\p{N}\p{S}]/u.test(sample);
  return (sample.match(ENGLISH_FUNCTION_WORD)?.length ?? 0) / words >= MIN_ENGLISH_SHARE;
}
