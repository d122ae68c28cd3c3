import type { Strings } from '../strings';
import type { rewrite as ja } from '../ja/rewrite';

export const rewrite: Strings<typeof ja> = {
  action: 'Rewrite for companies',
  help: 'Proposes plain wording for jargon, splits long sentences, tidies roundabout phrasing and turns passives active (who acts is left as 【要記入：主語】). Numbers, dates, amounts, names and URLs are never changed.',
  working: 'Preparing the rewrite…',
  failed: 'Could not prepare the rewrite: {{message}}',
  empty: 'Nothing to rewrite.',
  staleText:
    'The original text has changed, so this rewrite no longer fits it. 「再作成」 (redo) makes it again and keeps your decision on every change that recurs.',
  staleBody:
    'The municipality changed from a 「{{was}}」 to a 「{{now}}」, so this rewrite still explains terms as a 「{{was}}」 would. Redo it to speak as the 「{{now}}」; your decision on every change that recurs is kept.',
  redo: 'Redo',
  redone: 'Made again (decisions kept for {{count}} changes).',
  redone_one: 'Made again (decision kept for {{count}} change).',
  changesTitle: 'Changes ({{accepted}} of {{total}} accepted)',
  original: 'Original',
  rewritten: 'Rewritten',
  accept: 'Accept',
  reject: 'Reject',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  save: 'Save rewrite',
  saved: 'Saved rewrite (used when drafting the brief)',
  clear: 'Clear saved rewrite',
  unsplit:
    'These {{count}} sentences had no place to split and are still over 60 characters. Split them by hand.',
  unsplit_one: 'This sentence had no place to split and is still over 60 characters. Split it by hand.',
  rules: {
    jargon: 'Plain wording',
    redundant: 'Concise',
    'double-negative': 'Double negative',
    'mixed-style': 'Consistent style',
    'polite-endings': 'Plain polite endings',
    'sentence-split': 'Split sentence',
    'passive-hedge': 'Active voice (fill in who)',
    'abbreviation-first': 'Full form of an abbreviation',
    'paragraph-break': 'New paragraph',
  },
  changeLabel: '"{{before}}" → "{{after}}"',
  breakLabel: 'Start a new line (before the notes that follow)',
  addLabel: 'Add "{{after}}"',
};
