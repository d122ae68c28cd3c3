/** A glossary entry for rewrite tests: only the term and its plain wording matter there. */
import type { GlossaryEntry } from './types';

export const testEntry = (term: string, plain: string): GlossaryEntry => ({
  term,
  reading: 'よみ',
  plain,
  why: '理由',
  category: '行政文書の言い回し',
});
