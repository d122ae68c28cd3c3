/**
 * 決定事項: what an agenda item decided. Two sources, read as one list per item:
 * - lines typed into the item's `decisions` (one decision per line: the sync's line merge takes
 *   one device's change; two devices adding to one item between syncs make a conflict copy),
 * - ideas (sticky notes, e.g. a vote's winner) marked decided, listed under the item current when
 *   they were (`decidedIn`): ideas are often written in one item (発散) and chosen in another (収束).
 */

export interface Decision {
  /** Where it is stored: a line of the item's `decisions`, or a decided idea. */
  source: { kind: 'line'; index: number } | { kind: 'idea'; ideaId: string };
  text: string;
}

export interface DecidedIdea {
  id: string;
  text: string;
  /** The agenda item it was decided under; '' or absent = not decided. */
  decidedIn?: string;
}

/** One line of text: a decision is a sentence; line breaks would split it into two. */
export function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

/** The typed decisions, blank lines left out. */
export function decisionLines(stored: string | undefined): string[] {
  return (stored ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** The stored text with `decision` appended as its own line ('' when there is nothing to add). */
export function withDecision(stored: string | undefined, decision: string): string {
  const line = oneLine(decision);
  const lines = decisionLines(stored);
  return (line ? [...lines, line] : lines).join('\n');
}

/**
 * The stored text without one line reading `text` (by text, not position: another device's line
 * merged in since the screen was drawn moves the positions).
 */
export function withoutDecision(stored: string | undefined, text: string): string {
  const lines = decisionLines(stored);
  const at = lines.indexOf(text);
  return (at < 0 ? lines : [...lines.slice(0, at), ...lines.slice(at + 1)]).join('\n');
}

/** An item's decisions: typed ones in order, then its decided ideas (oldest first as given). */
export function itemDecisions(
  item: { id: string; decisions?: string },
  ideas: readonly DecidedIdea[],
): Decision[] {
  return [
    ...decisionLines(item.decisions).map((text, index): Decision => ({
      source: { kind: 'line', index },
      text,
    })),
    ...ideas
      .filter((idea) => idea.decidedIn === item.id && oneLine(idea.text) !== '')
      .map((idea): Decision => ({ source: { kind: 'idea', ideaId: idea.id }, text: oneLine(idea.text) })),
  ];
}

/** Decided ideas under no item of the agenda (decided before the run, or the item since deleted). */
export function unplacedDecisions(itemIds: ReadonlySet<string>, ideas: readonly DecidedIdea[]): Decision[] {
  return ideas
    .filter((idea) => !!idea.decidedIn && !itemIds.has(idea.decidedIn) && oneLine(idea.text) !== '')
    .map((idea) => ({ source: { kind: 'idea', ideaId: idea.id }, text: oneLine(idea.text) }));
}
