import { describe, expect, it } from 'vitest';
import { pairs } from '../helpers.js';

// 2024-04-12 is a Friday.
describe('oneDayPerName', () => {
  it('gives a weekday named twice one day, the one nearest the reference', () => {
    const text = 'The mayor signed the budget on Wednesday. Council members said they would try to undo Wednesday\'s signing.';
    expect(pairs(text, '2024-04-12')).toEqual([['Wednesday', '2024-04-10'], ["Wednesday's", '2024-04-10']]);
  });

  it('gives a yearless day named twice one year', () => {
    const text = 'The storm hit the coast April 3. Damage from the storm of April 3 will take months to repair.';
    expect(pairs(text, '2024-04-12')).toEqual([['April 3', '2024-04-03'], ['April 3', '2024-04-03']]);
  });

  it('takes the value most mentions got', () => {
    const text = 'The council will vote on Tuesday. The mayor said Tuesday that the vote will go ahead, and members will debate the budget Tuesday.';
    expect(pairs(text, '2024-04-12').map(([, v]) => v)).toEqual(['2024-04-16', '2024-04-16', '2024-04-16']);
  });

  it('leaves a weekday with a shift word alone', () => {
    const text = 'The mayor signed the budget on Wednesday. The council will meet next Wednesday.';
    expect(pairs(text, '2024-04-12')).toEqual([['Wednesday', '2024-04-10'], ['next Wednesday', '2024-04-17']]);
  });

  it('leaves different weekdays alone', () => {
    const text = 'The mayor signed the budget on Wednesday. The council will meet Monday.';
    expect(pairs(text, '2024-04-12')).toEqual([['Wednesday', '2024-04-10'], ['Monday', '2024-04-15']]);
  });
});
