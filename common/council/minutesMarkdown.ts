/**
 * A session as 議事メモ in Markdown: the session's particulars, then each agenda item as a
 * heading with its entries in time order, each led by its clock time and speaker. The same
 * sections feed the PDF (through the export pipeline) and the .md file (with front matter).
 */
import { groupByAgenda } from './entries';
import type { NoteEntry, SessionInfo } from './types';

export interface MinutesLabels {
  /** 「議事メモ」 */
  minutes: string;
  plenary: string;
  committee: string;
  kind: string;
  date: string;
  place: string;
  agenda: string;
  member: string;
  answerer: string;
  /** A speaker with their role: 「山田議員（議員）」; English text takes ASCII parentheses. */
  withRole?: (name: string, role: string) => string;
  issue: string;
  /** Heading for entries noted before the first agenda item. */
  opening: string;
  untitled: string;
  formatDate: (isoDate: string) => string;
  formatTime: (at: Date) => string;
}

export interface MinutesSection {
  heading?: string;
  markdown: string;
}

/** Linked issues by id: the title to print and where it lives in the app (optional). */
export type IssueTitles = ReadonlyMap<string, { title: string; href?: string }>;

/** Text safe inside `**…**` and link labels: Markdown's own marks are escaped. */
const inline = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([\\`*_[\]<>#|])/g, '\\$1');

function speakerLabel(entry: Pick<NoteEntry, 'speaker' | 'speakerRole'>, l: MinutesLabels): string {
  const name = inline(entry.speaker);
  if (!name) return '';
  const role = entry.speakerRole === 'member' ? l.member : entry.speakerRole === 'answerer' ? l.answerer : '';
  if (!role) return name;
  return l.withRole ? l.withRole(name, role) : `${name}（${role}）`;
}

function entryMarkdown(entry: NoteEntry, l: MinutesLabels, issues: IssueTitles): string {
  const time = Number.isNaN(Date.parse(entry.at)) ? '' : l.formatTime(new Date(entry.at));
  const lead = [time && `**${time}**`, speakerLabel(entry, l)].filter(Boolean).join('　');
  const body = entry.body.replace(/\s+$/, '');
  // Tags are not repeated as a line of their own: the body already shows them where they were typed.
  const meta: string[] = [];
  const issue = entry.issueId ? issues.get(entry.issueId) : undefined;
  if (issue) {
    const title = inline(issue.title) || l.untitled;
    meta.push(`${l.issue}: ${issue.href ? `[${title}](${issue.href})` : title}`);
  }
  return [lead, body, meta.length ? `*${meta.join('　')}*` : ''].filter(Boolean).join('\n\n');
}

/** The session's particulars as a list (kind, committee, date, place, agenda items). */
export function sessionParticulars(session: SessionInfo, l: MinutesLabels): string {
  const kind =
    session.kind === 'committee'
      ? [l.committee, inline(session.committee)].filter(Boolean).join(' ')
      : l.plenary;
  const rows = [
    `- ${l.kind}: ${kind}`,
    session.date ? `- ${l.date}: ${l.formatDate(session.date)}` : '',
    session.place.trim() ? `- ${l.place}: ${inline(session.place)}` : '',
  ].filter(Boolean);
  const agenda = session.agenda.filter((a) => a.trim() !== '');
  if (agenda.length) rows.push(`- ${l.agenda}:`, ...agenda.map((a, i) => `  ${i + 1}. ${inline(a)}`));
  return rows.join('\n');
}

/** One section per agenda item (entries before the first heading under `opening`). */
export function minutesSections(
  session: SessionInfo,
  entries: readonly NoteEntry[],
  l: MinutesLabels,
  issues: IssueTitles = new Map(),
): MinutesSection[] {
  const mine = entries.filter((e) => e.sessionId === session.id);
  const sections: MinutesSection[] = [{ markdown: sessionParticulars(session, l) }];
  for (const group of groupByAgenda(mine)) {
    const items = group.entries.filter((e) => e.body.trim() !== '' || e.speaker.trim() !== '');
    const heading = group.heading ? inline(group.heading.body) || l.untitled : l.opening;
    const time =
      group.heading && !Number.isNaN(Date.parse(group.heading.at))
        ? `${l.formatTime(new Date(group.heading.at))} `
        : '';
    sections.push({
      heading: `${time}${heading}`,
      markdown: items.map((e) => entryMarkdown(e, l, issues)).join('\n\n'),
    });
  }
  return sections;
}

/** The whole 議事メモ as one Markdown document (title, particulars, sections). */
export function minutesMarkdown(
  session: SessionInfo,
  entries: readonly NoteEntry[],
  l: MinutesLabels,
  issues: IssueTitles = new Map(),
): string {
  const title = inline(session.title) || l.untitled;
  const parts = [`# ${title} ${l.minutes}`];
  for (const s of minutesSections(session, entries, l, issues)) {
    if (s.heading) parts.push(`## ${s.heading}`);
    if (s.markdown) parts.push(s.markdown);
  }
  return `${parts.join('\n\n')}\n`;
}

/** YAML front matter for the .md file (JSON strings are valid YAML and never change type). */
export function minutesFrontMatter(session: SessionInfo, kindLabel: string): string {
  const rows: [string, string][] = [
    ['title', session.title],
    ['kind', kindLabel],
    ['committee', session.committee],
    ['date', session.date],
    ['place', session.place],
    ['id', session.id],
  ];
  return `---\n${rows.map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('\n')}\n---\n`;
}
