import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlArticle } from '../../src/article/html.js';
import { parsePlainText } from '../../src/article/plaintext.js';
import { creditAuthors, isDisclaimer, isSyndicationCredit, takeTrailer } from '../../src/article/trailer.js';

const PAGE = readFileSync(new URL('./fixtures/wordpress-syndicated.html', import.meta.url), 'utf8');
const PAGE_URL = 'https://copyfeed-daily.net/2024/09/lakeside-night-buses/';
const ORIGINAL = 'https://lakeshore-courier.example/news/2024/09/17/night-buses';

/** The fixture with its two trailer paragraphs replaced. */
function withTrailer(credit: string, disclaimer: string): string {
  return PAGE.replace(/<p>Originally published at[\s\S]*?<\/em><\/p>/, `${credit}${disclaimer}`);
}

describe('syndication credit rules', () => {
  it('recognizes the credit phrasings', () => {
    expect(isSyndicationCredit('Originally published at https://a.example/x by Rui Hale')).toBe(true);
    expect(isSyndicationCredit('Originally published on The Fen Post by Rui Hale.')).toBe(true);
    expect(isSyndicationCredit('This article was originally published by The Fen Post.')).toBe(true);
    expect(isSyndicationCredit('First published at fenpost.example on 3 May.')).toBe(true);
    expect(isSyndicationCredit('This story first appeared in The Fen Post.')).toBe(true);
    expect(isSyndicationCredit('Republished from The Fen Post under a Creative Commons license.')).toBe(true);
    expect(isSyndicationCredit('This article is republished from The Fen Post under a Creative Commons license.')).toBe(true);
  });

  it('does not take story sentences for credits', () => {
    expect(isSyndicationCredit('The report was first published in 2019 and revised twice since.')).toBe(false);
    expect(isSyndicationCredit('She originally planned to publish the letter herself.')).toBe(false);
  });

  it('recognizes closing disclaimers but not story sentences about views', () => {
    expect(isDisclaimer('The views expressed in this piece are the author’s own and do not necessarily reflect those of the publisher.')).toBe(true);
    expect(isDisclaimer('This content is syndicated from a partner site and lightly edited.')).toBe(true);
    expect(isDisclaimer('Residents expressed mixed views about the new bus routes on Tuesday.')).toBe(false);
  });

  it('recognizes rights notices that hand the article back to its publisher', () => {
    expect(isDisclaimer('NewsHarbor collects stories from around the web. All rights to the original story belong to its publisher.')).toBe(true);
    expect(isDisclaimer('Copyright remains with the original source.')).toBe(true);
    expect(isDisclaimer('The land rights dispute belongs to a long history of court battles.')).toBe(false);
    const t = takeTrailer(['Body one.', 'Originally published at https://a.example/y by Lena Ortiz', 'Copyright remains with the original source.']);
    expect(t.paragraphs).toEqual(['Body one.']);
    expect(t.authors).toEqual(['Lena Ortiz']);
  });

  it('takes a person after "by", not an outlet', () => {
    expect(creditAuthors('Originally published at https://a.example/x by Rui Hale')).toEqual(['Rui Hale']);
    expect(creditAuthors('Originally published on fenpost.example by Rui J. Hale. Reprinted with permission.')).toEqual(['Rui J. Hale']);
    expect(creditAuthors('This article was originally published by The Fen Post.')).toEqual([]);
    expect(creditAuthors('This article was originally published by Fen Valley Gazette.')).toEqual([]);
    // The credit verb's own "by" names the publisher, even when it looks like a name.
    expect(creditAuthors('This story was first published by Kestrel Lane.')).toEqual([]);
    expect(creditAuthors('Republished by Kestrel Lane from The Fen Post by Rui Hale.')).toEqual(['Rui Hale']);
  });

  it('walks back over credit and disclaimer, keeping the body', () => {
    const t = takeTrailer(['Body one.', 'Originally published at https://a.example/x by Rui Hale', 'The views expressed here do not necessarily reflect ours.']);
    expect(t.paragraphs).toEqual(['Body one.']);
    expect(t.sourceUrl).toBe('https://a.example/x');
    expect(t.authors).toEqual(['Rui Hale']);
  });

  it('a credit\'s "on DATE" is the original\'s publication day', () => {
    const t = takeTrailer(['Body one.', 'First published at https://a.example/x on 17 September 2024 by Rui Hale.']);
    expect(t.publishedAt).toBe('2024-09-17');
    expect(t.authors).toEqual(['Rui Hale']);
    expect(takeTrailer(['Body one.', 'Originally published on The Fen Post.']).publishedAt).toBeNull();
  });

  it('a credit inside the body (followed by story text) stays', () => {
    const t = takeTrailer(['Originally published at https://a.example/x by Rui Hale', 'Body one.']);
    expect(t.paragraphs).toHaveLength(2);
    expect(t.sourceUrl).toBeNull();
  });
});

describe('WordPress aggregator page with a syndication footer', () => {
  it('footer and disclaimer leave the text and become sourceUrl and authors', () => {
    const a = htmlArticle(PAGE, { url: PAGE_URL });
    expect(a.text).toMatch(/^The town of Marrowby/);
    expect(a.text).toMatch(/end of the year\.$/);
    expect(a.text).not.toMatch(/Originally published|views expressed/);
    expect(a.sourceUrl).toBe(ORIGINAL);
    expect(a.authors).toEqual(['Tamsin Okafor']);
  });

  it('a site name linked in the credit gives the URL from its link', () => {
    const a = htmlArticle(withTrailer(
      `<p>Originally published on <a href="${ORIGINAL}">Lakeshore Courier</a> by Tamsin Okafor.</p>`,
      '<p>This content is syndicated from a partner publication and has not been edited by our staff.</p>',
    ), { url: PAGE_URL });
    expect(a.sourceUrl).toBe(ORIGINAL);
    expect(a.authors).toEqual(['Tamsin Okafor']);
    expect(a.text).not.toMatch(/Originally published|syndicated/);
  });

  it('an outlet credit gives the source but no author', () => {
    const a = htmlArticle(withTrailer(`<p>This article was originally published by <a href="${ORIGINAL}">The Lakeshore Courier</a>.</p>`, ''), { url: PAGE_URL });
    expect(a.sourceUrl).toBe(ORIGINAL);
    expect(a.authors).not.toContain('The Lakeshore Courier');
    expect(a.text).not.toMatch(/originally published/);
  });

  it('an outlet name linking its front page yields to the credit\'s article link', () => {
    const a = htmlArticle(withTrailer(`<p>This article was originally published by <a href="https://lakeshore-courier.example/">Lakeshore Courier</a>. <a href="${ORIGINAL}">Read the original article.</a></p>`, ''), { url: PAGE_URL });
    expect(a.sourceUrl).toBe(ORIGINAL);
    expect(a.text).not.toMatch(/Read the original/);
  });

  it('a Creative Commons republication credit and a "First published" credit', () => {
    const cc = htmlArticle(withTrailer(`<p>Republished from <a href="${ORIGINAL}">Lakeshore Courier</a> under a Creative Commons license.</p>`, ''), { url: PAGE_URL });
    expect(cc.sourceUrl).toBe(ORIGINAL);
    expect(cc.text).not.toMatch(/Republished|Creative Commons/);
    const first = htmlArticle(withTrailer(`<p>First published at <a href="${ORIGINAL}">lakeshore-courier.example</a> by Tamsin Okafor</p>`, ''), { url: PAGE_URL });
    expect(first.sourceUrl).toBe(ORIGINAL);
    expect(first.authors).toEqual(['Tamsin Okafor']);
  });

  it('the same credit under a plain-text copy uses the same rules', () => {
    const parts = parsePlainText(`Night buses for Marrowby\n\nThe town will run buses through the night.\n\nOriginally published at ${ORIGINAL} by Tamsin Okafor\n\nThe views expressed in this article do not necessarily reflect the views of this site.`);
    expect(parts.sourceUrl).toBe(ORIGINAL);
    expect(parts.authors).toEqual(['Tamsin Okafor']);
    expect(parts.paragraphs).toEqual(['The town will run buses through the night.']);
  });
});
