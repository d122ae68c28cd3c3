/**
 * Council notes (議会メモ): a session (本会議 or 委員会) holds timed entries; an entry either
 * records who said what, or is a heading that opens the next agenda item (議題).
 */

export const SESSION_KINDS = ['plenary', 'committee'] as const;
/** 本会議 or 委員会. */
export type SessionKind = (typeof SESSION_KINDS)[number];

/** 議員 (a council member asking) or 答弁者 (the executive answering: 市長, 〇〇部長 …). */
export type SpeakerRole = 'member' | 'answerer';

export interface Speaker {
  name: string;
  /** '' when the role cannot be told from the name and nobody said. */
  role: SpeakerRole | '';
}

/** What the domain reads of a session. */
export interface SessionInfo {
  id: string;
  title: string;
  kind: SessionKind;
  /** The committee's name for a 委員会 (総務常任委員会 …); '' for 本会議. */
  committee: string;
  /** ISO date (YYYY-MM-DD). */
  date: string;
  place: string;
  /** Agenda items (議題) in order. */
  agenda: readonly string[];
}

/** What the domain reads of one note entry (a `notes` record). */
export interface NoteEntry {
  id: string;
  sessionId: string;
  /** ISO time the entry was taken; the list is ordered by it. */
  at: string;
  kind: 'entry' | 'heading';
  speakerRole: SpeakerRole | '';
  speaker: string;
  /** Markdown; for a heading, the agenda item's title. */
  body: string;
  /** An issue the entry is linked to, or ''. */
  issueId: string;
}
