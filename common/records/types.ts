/**
 * Record shapes of the app. Every synced record carries the same envelope (`RecordMeta`);
 * the rest are the record's fields, each stamped with the HLC of its last write in `hlc`.
 */
import type { Hlc } from '../sync/hlc';
import type { SyncedTable } from './tables';
import type { RunEvent } from '../workshops/runEvents';

/** Envelope keys every record carries; never fields of their own, never synced as fields. */
export const RECORD_ENVELOPE_KEYS: ReadonlySet<string> = new Set([
  'id',
  'workspaceId',
  'createdAt',
  'updatedAt',
  'hlc',
  'deleted',
  'deletedHlc',
]);

export interface RecordMeta {
  /** UUID v7. */
  id: string;
  workspaceId: string;
  /** ISO time of creation on the creating device. */
  createdAt: string;
  /** ISO time of the last local or synced change. */
  updatedAt: string;
  /** Per-field HLC of the last write (docs/sync-protocol.md). */
  hlc: Record<string, Hlc>;
  /** Tombstone flag: 1 once deleted (a number so Dexie can index it). Never undeleted. */
  deleted: 0 | 1;
  deletedHlc: Hlc | null;
}

export const ISSUE_STATUSES = [
  'draft',
  'inTranslation',
  'briefReady',
  'published',
  'matched',
  'inDemonstration',
  'closed',
] as const;
export type IssueStatus = (typeof ISSUE_STATUSES)[number];

/**
 * Who the issue's brief is written for, so the red pen knows which words need explaining:
 * `newcomer` (行政に不慣れな企業, the default) or `public-sector-savvy` (官民連携に慣れた企業).
 */
export const BRIEF_READERS = ['newcomer', 'public-sector-savvy'] as const;
export type BriefReader = (typeof BRIEF_READERS)[number];

/** An administrative issue as the municipality states it (structured fields are free text). */
export interface IssueFields {
  title: string;
  status: IssueStatus;
  /** 担当課 */
  department: string;
  /** 全国地方公共団体コード (6 digits) of the municipality, or '' when not chosen. */
  municipalityCode: string;
  municipalityName: string;
  /** The text pasted from a municipal document, as written. */
  rawText: string;
  /** Who has the problem (対象者). */
  affected: string;
  /** Numbers and evidence, with open-data links. */
  evidence: string;
  /** What the municipality can provide (field, data, staff time, citizen testers …). */
  offer: string;
  constraints: string;
  budget: string;
  schedule: string;
  /** Department contact and decision maker. */
  contact: string;
  /** Outcome indicator: what success looks like. */
  successMeasure: string;
  /**
   * The accepted 「企業向けに書き換え」 rewrite of `rawText` (which stays as the municipality wrote
   * it). Optional: older records and clients lack it; the drafted brief prefers it when present.
   */
  companyText?: string;
  /**
   * Who the brief is for (see `BRIEF_READERS`). Optional: older records and clients lack it and
   * read as `newcomer`, which marks every glossary term.
   */
  reader?: BriefReader;
  /**
   * The workshop whose idea this issue was promoted from (「課題にする」), so the issue links back
   * to it. Optional: absent on issues created otherwise, and on ones promoted by older versions.
   */
  sourceWorkshopId?: string;
}

export interface BriefFields {
  issueId: string;
  title: string;
  /** The brief as markdown, the way the company will read it. */
  body: string;
}

export interface GlossaryTermFields {
  term: string;
  reading: string;
  plain: string;
  explanation: string;
  category: string;
  /**
   * 説明不要: the team's readers know this word, so the red pen leaves it unmarked like an everyday
   * word. Optional: older records and clients lack it and read as false (a term to explain).
   */
  known?: boolean;
}

export interface WorkshopFields {
  title: string;
  template: string;
  /** ISO date-time the workshop is planned for. */
  plannedStart: string;
  notes: string;
  minutes: string;
  /** A saved template rather than a workshop (optional; absent = false). */
  isTemplate?: boolean;
  /** The run as timestamped events (one value, so two devices' runs never interleave). */
  run?: RunEvent[];
  /** Message the facilitator shows on the presenter view. */
  presenterMessage?: string;
  /** Dots each person may place when voting (absent = 3). */
  dotBudget?: number;
}

export interface AgendaItemFields {
  workshopId: string;
  /** Numeric order: what older clients sort by; kept roughly in step with `rank`. */
  order: number;
  title: string;
  minutes: number;
  /** Facilitator notes. */
  notes: string;
  /** Fractional order key (common/workshops/order.ts); absent on items from older clients. */
  rank?: string;
  /** 共有 / 発散 / 収束 / 休憩 … (AGENDA_KINDS); absent = other. */
  kind?: string;
  method?: string;
  owner?: string;
  materials?: string;
  /** 'HH:MM' when the item opens a new session (e.g. after lunch). */
  sessionStart?: string;
  /** An item saved to the method library rather than part of a workshop's agenda. */
  isMethod?: boolean;
  /** Notes taken during the run. */
  captureNotes?: string;
  /**
   * 決定事項 recorded during the run, one per line (a `text` field: a removal on one device and an
   * addition on another merge; two additions between syncs meet as a conflict copy, nothing lost).
   * Optional: absent on older records (no decisions).
   */
  decisions?: string;
}

export interface IdeaFields {
  workshopId: string;
  agendaItemId: string;
  group: string;
  text: string;
  /** Sticky-note colour (IDEA_COLORS); absent = yellow. */
  color?: string;
  /** The issue this idea was promoted to. */
  issueId?: string;
  /**
   * Marked as a 決定事項 (e.g. the vote's winner): the agenda item current when it was decided (the
   * workshop's id when none was). Optional: absent or '' = not decided.
   */
  decidedIn?: string;
}

export interface VoteFields {
  ideaId: string;
  voter: string;
  dots: number;
}

export interface ActionItemFields {
  workshopId: string;
  who: string;
  what: string;
  due: string;
  done: boolean;
}

export interface CouncilSessionFields {
  title: string;
  /** ISO date of the session. */
  date: string;
  summary: string;
  /** 本会議 ('plenary') or 委員会 ('committee'); optional (older records read 'plenary'). */
  sessionKind?: 'plenary' | 'committee';
  /** The committee's name for a 委員会. */
  committee?: string;
  /** 会場 (議場, 第1委員会室 …). */
  place?: string;
  /** Agenda items (議題) in order; switching between them inserts a heading note. */
  agenda?: string[];
}

export interface NoteFields {
  sessionId: string;
  /** ISO time the entry was taken. */
  at: string;
  kind: 'entry' | 'heading';
  speakerRole: '' | 'member' | 'answerer';
  speaker: string;
  body: string;
  issueId: string;
}

export interface ConflictFields {
  ofTable: string;
  ofId: string;
  field: string;
  text: string;
  memberId: string;
  clientId: string;
  /** Set once the user resolved it. */
  resolved: boolean;
  /**
   * Why the server refused the change this copy keeps (`record_too_large`, `too_large`, …); absent
   * on the server's own conflict records (an edit that met another) and on older ones.
   */
  reason?: string;
}

export interface FieldsByTable {
  issues: IssueFields;
  briefs: BriefFields;
  glossaryTerms: GlossaryTermFields;
  workshops: WorkshopFields;
  agendaItems: AgendaItemFields;
  ideas: IdeaFields;
  votes: VoteFields;
  actionItems: ActionItemFields;
  councilSessions: CouncilSessionFields;
  notes: NoteFields;
  conflicts: ConflictFields;
}

export type RecordOf<T extends SyncedTable> = RecordMeta & FieldsByTable[T];
export type IssueRecord = RecordOf<'issues'>;
export type BriefRecord = RecordOf<'briefs'>;
