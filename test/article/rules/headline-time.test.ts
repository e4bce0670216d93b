import { describe, expect, it } from 'vitest';
import { htmlArticle } from '../../../src/article/html.js';

const P = '<p>The valley orchard opened its gates to cider makers from three counties, the growers said, after a wet spring cut the early harvest.</p>'.repeat(3);
const teasers = '<aside><div class="views"><div class="field-content"><time datetime="2025-01-31T12:00:00Z">01/31/2025</time> <a href="/a">Orchard fair returns</a></div><div class="field-content"><time datetime="2025-01-06T12:00:00Z">01/06/2025</time> <a href="/b">Press day</a></div></div></aside>';

describe('the <time> that sits with the headline', () => {
  it('beats teaser times that come earlier on the page', () => {
    const a = htmlArticle(`<html><body>${teasers}<main><h1>Cider makers flock to the orchard</h1><div class="meta"><time datetime="2017-03-01T12:00:00Z">03/01/2017</time> by Mira Talvik</div>${P}</main></body></html>`);
    expect(a.publishedAt?.slice(0, 10)).toBe('2017-03-01');
  });

  it('is also found just above the headline', () => {
    const a = htmlArticle(`<html><body><main><header><time datetime="2023-10-12T19:38:01Z">12 Oct</time><h1>Cider makers flock to the orchard</h1></header>${P}</main>${teasers}</body></html>`);
    expect(a.publishedAt?.slice(0, 10)).toBe('2023-10-12');
  });
});
