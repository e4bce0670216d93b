import { describe, expect, it } from 'vitest';
import { dropDomainPart } from '../../../src/article/rules/domain-part.js';
import { htmlArticle } from '../../../src/article/html.js';

const P = '<p>The valley orchard opened its gates to cider makers from three counties, the growers said, after a wet spring cut the early harvest.</p>'.repeat(3);

describe('domain-name title parts', () => {
  it('drops a leading or trailing part that is a domain name', () => {
    expect(dropDomainPart('OrchardNotes.com - The five best cider presses of the year')).toBe('The five best cider presses of the year');
    expect(dropDomainPart('The five best cider presses | orchardnotes.org')).toBe('The five best cider presses');
    expect(dropDomainPart('Orchard Notes | OrchardNotes.com - The five best cider presses')).toBe('The five best cider presses');
  });

  it('keeps titles without a domain part, and a story side that would be too short', () => {
    expect(dropDomainPart('The five best cider presses - tested in the orchard')).toBe('The five best cider presses - tested in the orchard');
    expect(dropDomainPart('orchardnotes.com - Presses')).toBe('orchardnotes.com - Presses');
    expect(dropDomainPart('Cider Node.js - guide')).toBe('Cider Node.js - guide');
  });

  it('cleans a <title> with no og:site_name', () => {
    const a = htmlArticle(`<html><head><title>Orchard Notes | OrchardNotes.com - The five best cider presses of the year</title></head><body><h1>Menu</h1><article>${P}</article></body></html>`);
    expect(a.title).toBe('The five best cider presses of the year');
  });
});
