import { describe, expect, it } from 'vitest';
import { htmlArticle } from '../../../src/article/html.js';

const A = 'The orchard cooperative, founded by six families in the valley, shipped its first cider to the coast on Friday after a wet summer.';
const B = 'Buyers, who tasted the batch at the spring fair, ordered twice as much as last year, the cooperative treasurer said on the phone.';

describe('stray content rule', () => {
  it('reads a story printed after a premature </html>', () => {
    const html = `<!doctype html><html><head><title>Cider ships</title></head><body><div class="top">Welcome</div></body></html>
      <div class="post"><p>${A}</p><p>${B}</p></div>`;
    expect(htmlArticle(html).text).toBe(`${A}\n\n${B}`);
  });

  it('reads a story printed between </body> and </html>', () => {
    const html = `<html><head><title>Cider ships</title></head><body><p>Menu</p></body><article><p>${A}</p><p>${B}</p></article></html>`;
    expect(htmlArticle(html).text).toContain(B);
  });

  it('leaves a well-formed page alone', () => {
    const html = `<html><head><title>Cider ships</title></head><body><article><p>${A}</p><p>${B}</p></article></body></html>`;
    expect(htmlArticle(html).text).toBe(`${A}\n\n${B}`);
  });
});
