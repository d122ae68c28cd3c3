/**
 * A first draft of the minutes, as Markdown, from what the run recorded: a summary for someone who
 * was not there (決定事項, then action items with owner and due date), the agenda with planned and
 * actual times, each item's decisions and notes, ideas by group and the vote tally. The facilitator
 * edits the draft; labels and time formatting come in so this stays pure.
 */
import { markdownTable } from '../export/markdownTable';
import { itemDecisions, oneLine, unplacedDecisions, type DecidedIdea } from './decisions';
import { actualMinutes, itemTimes, type TimesLabels } from './minutesTimes';
import type { ItemActual } from './run';

export { actualMinutes };

export interface MinutesLabels extends TimesLabels {
  date: string;
  agenda: string;
  item: string;
  /** Column heads: 予定 and 実績 (clock times with their minutes). */
  planned: string;
  actual: string;
  /** The summary at the top (決定事項 and actions). */
  summary: string;
  decisions: string;
  /** '{{text}}（{{item}}）': a decision in the summary, with the item it was taken under. */
  decisionLine: (text: string, item: string) => string;
  /** Each item's decisions and notes. */
  perItem: string;
  notes: string;
  ideas: string;
  votes: string;
  /** '{{text}}（{{count}}票）' with the placeholders filled by `votesLine`. */
  votesLine: (text: string, count: number) => string;
  actions: string;
  who: string;
  what: string;
  due: string;
  noGroup: string;
}

export interface MinutesInput {
  title: string;
  date: string;
  items: readonly {
    id: string;
    title: string;
    minutes: number;
    /** 'HH:MM': the item opens a session at this clock time (the planned times follow it). */
    sessionStart?: string;
    captureNotes?: string;
    decisions?: string;
  }[];
  /** The planned start (epoch ms), or null when the workshop has none (planned minutes only). */
  plannedStart: number | null;
  actuals: readonly ItemActual[];
  ideas: readonly (DecidedIdea & { group: string })[];
  /** Dots per idea id. */
  dots: ReadonlyMap<string, number>;
  actions: readonly { who: string; what: string; due: string }[];
  formatClock: (epochMs: number) => string;
  /** An action's 期限 (YYYY-MM-DD) as the reader's language writes it; as stored by default. */
  formatDay?: (day: string) => string;
  labels: MinutesLabels;
}

/**
 * The run's actual minutes as a whole: its items' times added, then rounded once — each item's
 * own rounding (a 20 s item shows 1) would add up to more than the run took.
 */
export function totalActualMinutes(activeMs: readonly number[]): number {
  return actualMinutes(activeMs.reduce((sum, ms) => sum + ms, 0));
}

export function buildMinutesMarkdown(input: MinutesInput): string {
  const { labels: l } = input;
  const parts = [`# ${input.title}`];
  if (input.date) parts.push(`${l.date}: ${input.date}`);
  parts.push(...summary(input));
  parts.push(`## ${l.agenda}`, agendaTable(input));
  parts.push(...perItem(input));
  parts.push(...ideasAndVotes(input));
  return `${parts.join('\n\n')}\n`;
}

/** 決定事項 (each with its item) and action items: what a reader who was not there looks for first. */
function summary(input: MinutesInput): string[] {
  const { labels: l } = input;
  const decided = input.items.flatMap((item, index) =>
    itemDecisions(item, input.ideas).map((d) => l.decisionLine(d.text, titleOf(item, index, l))),
  );
  decided.push(...unplacedDecisions(new Set(input.items.map((i) => i.id)), input.ideas).map((d) => d.text));
  const parts: string[] = [];
  if (decided.length) parts.push(`### ${l.decisions}`, decided.map((d) => `- ${d}`).join('\n'));
  if (input.actions.length) {
    parts.push(
      `### ${l.actions}`,
      markdownTable(
        [l.who, l.what, l.due],
        // No owner or 期限 reads — as an item not run does, rather than an empty cell.
        input.actions.map((a) => [
          oneLine(a.who) || '—',
          oneLine(a.what),
          a.due ? (input.formatDay?.(a.due) ?? a.due) : '—',
        ]),
      ),
    );
  }
  return parts.length ? [`## ${l.summary}`, ...parts] : [];
}

/** An untitled item still needs a heading a reader can place: 項目 3. */
function titleOf(item: { title: string }, index: number, l: MinutesLabels): string {
  return item.title.trim() || `${l.item} ${index + 1}`;
}

/** Each item with its planned and actual clock times: | 項目 | 予定 13:30–13:45（15分） | 実績 … |. */
function agendaTable(input: MinutesInput): string {
  const { labels: l } = input;
  const titled = input.items.map((item, index) => ({ ...item, title: titleOf(item, index, l) }));
  const rows = itemTimes(titled, input.actuals, input.plannedStart, input.formatClock, l);
  return markdownTable(
    [l.item, l.planned, l.actual],
    rows.map((r) => [r.title, r.planned, r.actual]),
  );
}

/** Per item, only what it has: its 決定事項, then its notes (no heading without content). */
function perItem(input: MinutesInput): string[] {
  const { labels: l } = input;
  const sections = input.items.flatMap((item, index) => {
    const decided = itemDecisions(item, input.ideas);
    const notes = (item.captureNotes ?? '').trim();
    if (!decided.length && !notes) return [];
    const body = [`### ${titleOf(item, index, l)}`];
    if (decided.length) body.push(`#### ${l.decisions}`, decided.map((d) => `- ${d.text}`).join('\n'));
    if (notes) body.push(`#### ${l.notes}`, notes);
    return [body.join('\n\n')];
  });
  return sections.length ? [`## ${l.perItem}`, ...sections] : [];
}

function ideasAndVotes(input: MinutesInput): string[] {
  const { labels: l } = input;
  if (!input.ideas.length) return [];
  const parts = [`## ${l.ideas}`];
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
  return parts;
}
