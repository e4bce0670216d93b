import { describe, expect, it } from 'vitest';
import { foreignDateParser } from '../../../../src/facts/dates/parsers/foreign-date.js';
import { looksEnglish } from '../../../../src/facts/text/language.js';
import { pairs, parsed } from '../helpers.js';

describe('looksEnglish', () => {
  it('tells English prose from other languages', () => {
    expect(looksEnglish('The council said on Monday that the bridge was closed for repairs and that it has no plan to reopen it.')).toBe(true);
    expect(looksEnglish('A prefeitura informou nesta segunda-feira que a ponte foi fechada para reparos e que não há previsão de reabertura.')).toBe(false);
  });
});

describe('foreignDateParser', () => {
  it('finds day-month(-year) dates in Portuguese, French, German, Russian and Japanese text', () => {
    expect(pairs('A ponte foi fechada em 3 de março de 2021 e reaberta no dia 9 de abril, segundo a prefeitura da cidade.', '2021-06-01'))
      .toEqual([['3 de março de 2021', '2021-03-03'], ['9 de abril', '2021-04-09']]);
    expect(pairs('Le pont a été fermé le 5 mai 2020 par la mairie, qui ne prévoit pas de le rouvrir avant la fin des travaux.', null))
      .toEqual([['5 mai 2020', '2020-05-05']]);
    expect(pairs('Die Brücke wurde am 19. November 2019 gesperrt, wie die Stadt mitteilte, und bleibt vorerst geschlossen.', null))
      .toEqual([['19. November 2019', '2019-11-19']]);
    expect(pairs('Мост закрыли 8 октября 2018 года, сообщили в мэрии города, и пока не открыли.', null)).toEqual([['8 октября 2018', '2018-10-08']]);
    expect(pairs('橋は2019年11月19日に閉鎖された。', null)).toEqual([['2019年11月19日', '2019-11-19']]);
  });

  it('stays silent in English text', () => {
    expect(parsed(foreignDateParser, 'The tour reached Mars on 5 mai, the crew joked, and it was 20 August 2020 in the logbook there.')).toEqual([]);
  });

  it('reads slashed dates day first outside English', () => {
    expect(pairs('A ponte foi fechada em 05/10/2018, segundo a prefeitura, e não há previsão de reabertura da via.', null))
      .toEqual([['05/10/2018', '2018-10-05']]);
  });
});
