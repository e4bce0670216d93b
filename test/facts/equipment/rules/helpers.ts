import type { Candidate, EquipmentRule, RuleContext } from '../../../../src/facts/equipment/rules/rule.js';
import { scanWords } from '../../../../src/facts/equipment/tokens.js';
import { clauseAround, createTextDocument } from '../../../../src/facts/text/document.js';

/** The context a rule reads, for one text; `titleCase` says every paragraph is a headline. */
export function context(text: string, titleCase = false): RuleContext {
  const doc = createTextDocument(text);
  return {
    text,
    words: scanWords(text),
    inTitleCase: () => titleCase,
    clauseAround: (start, end, reach) => {
      const clause = clauseAround(doc, start, end, reach);
      return text.slice(clause.start, clause.end);
    },
  };
}

/** What one rule finds in one text. */
export function found(rule: EquipmentRule, text: string, titleCase = false): Candidate[] {
  return rule.find(context(text, titleCase));
}

/** The spans one rule finds, as their texts. */
export function spans(rule: EquipmentRule, text: string): string[] {
  return found(rule, text).map((c) => text.slice(c.start, c.end));
}
