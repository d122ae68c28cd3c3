/**
 * A first draft of the minutes, as Markdown, from what the run recorded: the agenda with planned
 * and actual times, the notes taken per item, ideas by group, the vote tally and action items.
 * The facilitator edits the draft; labels and time formatting come in so this stays pure.
 */
import { markdownTable } from '../export/markdownTable';
import type { ItemActual } from './run';
import { MINUTE_MS } from './timing';

export interface MinutesLabels {
  date: string;
  agenda: string;
  time: string;
  item: string;
  planned: string;
  actual: string;
  notes: string;
  ideas: string;
  votes: string;
  /** '{{text}}（{{count}}票）' with the placeholders filled by `votesLine`. */
  votesLine: (text: string, count: number) => string;
  actions: string;
  who: string;
  what: string;
  due: string;
  notRun: string;
  noGroup: string;
}

export interface MinutesInput {
  title: string;
  date: string;
  items: readonly { id: string; title: string; minutes: number; captureNotes?: string }[];
  actuals: readonly ItemActual[];
  ideas: readonly { id: string; text: string; group: string }[];
  /** Dots per idea id. */
  dots: ReadonlyMap<string, number>;
  actions: readonly { who: string; what: string; due: string }[];
  formatClock: (epochMs: number) => string;
  /** An action's 期限 (YYYY-MM-DD) as the reader's language writes it; as stored by default. */
  formatDay?: (day: string) => string;
  labels: MinutesLabels;
}

/** Whole minutes for display (an item that ran 30 s shows 1, not 0). */
export function actualMinutes(activeMs: number): number {
  return activeMs > 0 ? Math.max(1, Math.round(activeMs / MINUTE_MS)) : 0;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

export function buildMinutesMarkdown(input: MinutesInput): string {
  const { labels: l } = input;
  const actualById = new Map(input.actuals.map((a) => [a.id, a]));
  const rows = input.items.map((item) => {
    const a = actualById.get(item.id);
    const ran = a !== undefined && a.start !== null;
    const time = ran
      ? `${input.formatClock(a.start ?? 0)}–${a.end !== null ? input.formatClock(a.end) : ''}`
      : l.notRun;
    return [time, item.title, String(item.minutes), ran ? String(actualMinutes(a.activeMs)) : '—'];
  });
  const parts = [`# ${input.title}`, `${l.date}: ${input.date}`, `## ${l.agenda}`];
  parts.push(markdownTable([l.time, l.item, l.planned, l.actual], rows));

  const noted = input.items.filter((i) => (i.captureNotes ?? '').trim() !== '');
  if (noted.length) {
    parts.push(`## ${l.notes}`);
    for (const item of noted) parts.push(`### ${item.title}\n\n${(item.captureNotes ?? '').trim()}`);
  }

  if (input.ideas.length) {
    parts.push(`## ${l.ideas}`);
    const groups = new Map<string, string[]>();
    for (const idea of input.ideas) groups.set(idea.group, [...(groups.get(idea.group) ?? []), idea.text]);
    for (const [group, texts] of groups) {
      parts.push(`### ${group || l.noGroup}\n\n${texts.map((t) => `- ${oneLine(t)}`).join('\n')}`);
    }
    const voted = input.ideas
      .map((idea) => ({ idea, count: input.dots.get(idea.id) ?? 0 }))
      .filter((v) => v.count > 0)
      .sort((a, b) => b.count - a.count);
    if (voted.length) {
      parts.push(`## ${l.votes}`);
      parts.push(voted.map((v, i) => `${i + 1}. ${l.votesLine(oneLine(v.idea.text), v.count)}`).join('\n'));
    }
  }

  if (input.actions.length) {
    parts.push(`## ${l.actions}`);
    parts.push(
      markdownTable(
        [l.who, l.what, l.due],
        // No 期限 reads — as an item not run does, rather than an empty cell.
        input.actions.map((a) => [a.who, a.what, a.due ? (input.formatDay?.(a.due) ?? a.due) : '—']),
      ),
    );
  }
  return `${parts.join('\n\n')}\n`;
}
