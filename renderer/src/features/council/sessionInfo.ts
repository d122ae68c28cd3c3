/** Stored records → the council domain's shapes (optional fields read as their fallbacks). */
import type { NoteEntry, SessionInfo } from '../../../../common/council';
import type { RecordOf } from '../../../../common/records/types';

export type SessionRecord = RecordOf<'councilSessions'>;

export function sessionInfo(record: SessionRecord): SessionInfo {
  return {
    id: record.id,
    title: record.title,
    kind: record.sessionKind ?? 'plenary',
    committee: record.committee ?? '',
    date: record.date,
    place: record.place ?? '',
    agenda: Array.isArray(record.agenda) ? record.agenda : [],
  };
}

export function noteEntry(record: RecordOf<'notes'>): NoteEntry {
  return {
    id: record.id,
    sessionId: record.sessionId,
    at: record.at,
    kind: record.kind,
    speakerRole: record.speakerRole,
    speaker: record.speaker,
    body: record.body,
    issueId: record.issueId,
  };
}
