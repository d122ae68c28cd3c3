/**
 * Which fields of each record kind search reads, and which date it filters by. Tombstones and
 * record kinds search does not cover (votes, conflicts) give no document.
 */
import type { SyncedTable } from '../records/tables';
import { markdownText } from './markdownText';
import { SEARCH_KINDS, type SearchDoc, type SearchKind } from './searchIndex';

/** A stored record as search receives it: the envelope plus fields (unknown fields ignored). */
export type RecordLike = Readonly<Record<string, unknown>> & { id: string; workspaceId: string };

interface KindSpec {
  title: string;
  /** Searchable fields, title first. */
  fields: readonly string[];
  /** The field holding the date a user filters by, or the record's update time. */
  date?: string;
  /** The field naming the record a result opens (an issue for a brief, a session for a note). */
  parent?: string;
  /** Fields written in Markdown: searched and shown as the text a reader sees. */
  markdown?: readonly string[];
}

const SPECS: { readonly [K in SearchKind]: KindSpec } = {
  issues: {
    title: 'title',
    fields: ['title', 'municipalityName', 'department', 'rawText', 'affected', 'evidence', 'offer'],
  },
  briefs: { title: 'title', fields: ['title', 'body'], parent: 'issueId', markdown: ['body'] },
  glossaryTerms: { title: 'term', fields: ['term', 'reading', 'plain', 'explanation'] },
  workshops: {
    title: 'title',
    fields: ['title', 'notes', 'minutes'],
    date: 'plannedStart',
    markdown: ['minutes'],
  },
  agendaItems: { title: 'title', fields: ['title', 'notes'], parent: 'workshopId' },
  ideas: { title: 'text', fields: ['text', 'group'], parent: 'workshopId' },
  actionItems: { title: 'what', fields: ['what', 'who'], date: 'due', parent: 'workshopId' },
  councilSessions: { title: 'title', fields: ['title', 'summary'], date: 'date' },
  notes: {
    title: 'body',
    fields: ['speaker', 'body'],
    date: 'at',
    parent: 'sessionId',
    markdown: ['body'],
  },
};

const KIND_SET: ReadonlySet<string> = new Set(SEARCH_KINDS);
export const isSearchKind = (table: string): table is SearchKind => KIND_SET.has(table);

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** The search document of a record, or null when it is deleted or of a kind search skips. */
export function searchDocOf(table: SyncedTable, record: RecordLike): SearchDoc | null {
  if (!isSearchKind(table) || record.deleted === 1) return null;
  const spec = SPECS[table];
  const shown = new Map<string, string>();
  const field = (f: string): string => {
    let value = shown.get(f);
    if (value === undefined) {
      value = str(record[f]);
      if (spec.markdown?.includes(f)) value = markdownText(value);
      shown.set(f, value);
    }
    return value;
  };
  const title = field(spec.title).split('\n')[0]!.slice(0, 80);
  const text = spec.fields
    .map((f) => field(f).replaceAll('\u0000', ''))
    .filter(Boolean)
    .join('\u0000');
  const date = str(spec.date ? record[spec.date] : '') || str(record.updatedAt);
  return {
    key: `${table}:${record.id}`,
    kind: table,
    id: record.id,
    parent: spec.parent ? str(record[spec.parent]) : '',
    workspaceId: record.workspaceId,
    date,
    title,
    text,
  };
}
