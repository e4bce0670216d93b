import { describe, expect, it } from 'vitest';
import { htmlArticle } from '../../../src/article/html.js';
import { isPromptBox } from '../../../src/article/rules/prompt-box.js';

const story =
  '<p>The river authority opened the new flood gates on Tuesday, two years after the winter storms that left the lower town under water for a week.</p>' +
  '<p>Engineers said the gates can be closed in under ten minutes, and that the old embankment will be kept as a second line of defence.</p>' +
  '<p>Residents who lost their homes in the storms have been offered grants to raise their ground floors, and most of them have already applied.</p>';
const page = (box: string) =>
  `<html><head><title>Flood gates open</title></head><body><article><h1>Flood gates open</h1><div class="entry-content">${story}${box}</div></article></body></html>`;

describe('prompt boxes', () => {
  it('drops a paywall breaker inside the body and keeps the story', () => {
    const a = htmlArticle(page('<div class="restricted-content-breaker"><h2>This story is for members</h2><p>Unlock it and every other story with a membership. Already a member? Log in.</p></div>'));
    expect(a.text).toContain('flood gates on Tuesday');
    expect(a.text).not.toContain('Unlock it');
  });

  it('drops an affiliate disclaimer and a donation appeal', () => {
    const a = htmlArticle(page('<p class="small affiliate-disclaimer">We may earn a small fee when you buy through the links on this page.</p><div class="inline-box -donate"><p>Our reporting is free to read. If it helped you, please give a little to keep it that way.</p></div>'));
    expect(a.text).toContain('raise their ground floors');
    expect(a.text).not.toContain('small fee');
    expect(a.text).not.toContain('give a little');
  });

  const cases: [string, boolean][] = [
    ['restricted-content-breaker article', true],
    ['wp-block-premium-content-logged-out-view entry-content', true],
    ['small affiliate-disclaimer-small', true],
    ['inline-box -donate inline-el', true],
    ['paywall-cta', true],
    ['paywall-content', false], // the story behind the paywall
    ['donated-items-list', false], // another word
    ['restricted-area-map', false],
    ['', false],
  ];
  it.each(cases)('reads %s as a prompt box: %s', (hint, expected) => {
    expect(isPromptBox(hint)).toBe(expected);
  });
});
