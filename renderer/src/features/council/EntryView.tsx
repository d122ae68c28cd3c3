import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { clockTime, extractTags } from '../../../../common/council';
import { conflictsHref, href } from '../../navigation/router';
import type { NoteRecord } from './noteTarget';
import { NoteMarkdown } from './NoteMarkdown';
import { noteExcerpt } from './noteExcerpt';

export interface EntryViewProps {
  note: NoteRecord;
  issueTitle: string | null;
  onEdit: (id: string) => void;
  /** The note a jump (search, palette) leads to: marked, and focusable so it can take the focus. */
  target?: boolean;
  /** An unresolved sync conflict: the other device's version is kept in 設定・同期, not shown here. */
  conflicted?: boolean;
}

/** The DOM id of a note's element, for jumps to it. */
export const noteElementId = (id: string) => `note-${id}`;

/** One recorded note: time, speaker, text, tags and linked issue. Re-renders only when it changed. */
export const EntryView = memo(
  function EntryView({ note, issueTitle, onEdit, target = false, conflicted = false }: EntryViewProps) {
    const { t } = useTranslation();
    const tags = extractTags(note.body);
    return (
      <li
        id={noteElementId(note.id)}
        className={target ? 'note-entry note-entry--target' : 'note-entry'}
        data-testid="note-entry"
        tabIndex={target ? -1 : undefined}
        aria-current={target ? 'location' : undefined}
      >
        <div className="note-entry__meta">
          <time dateTime={note.at} className="note-entry__time">
            {clockTime(note.at)}
          </time>
          {note.speaker && (
            <span className="note-entry__speaker">
              {note.speaker}
              {note.speakerRole && (
                // A badge to the eye; read aloud, 「田中議員議員」 without the brackets.
                <span className="note-entry__role">
                  <span className="visually-hidden">（</span>
                  {t(`council.${note.speakerRole}`)}
                  <span className="visually-hidden">）</span>
                </span>
              )}
            </span>
          )}
          <button
            type="button"
            className="button button--small note-entry__edit"
            data-edit-note={note.id}
            aria-label={[t('council.edit'), clockTime(note.at), note.speaker, `「${noteExcerpt(note.body)}」`]
              .filter((part) => part !== '' && part !== '「」')
              .join(' ')}
            onClick={() => onEdit(note.id)}
          >
            {t('council.edit')}
          </button>
        </div>
        {conflicted && (
          <p className="note-entry__conflict" data-testid="note-conflict">
            <a href={conflictsHref()}>{t('council.conflict')}</a>
          </p>
        )}
        <NoteMarkdown markdown={note.body} />
        {(tags.length > 0 || issueTitle !== null) && (
          // Tags alone are for the eye (see below): without an issue link, an empty paragraph is not read.
          <p className="note-entry__links" aria-hidden={issueTitle === null || !note.issueId || undefined}>
            {tags.length > 0 && (
              // The tags are read in the note's text already: the chips are for the eye only.
              <span aria-hidden="true">
                {tags.map((tag) => (
                  <span key={tag} className="tag">
                    #{tag}
                  </span>
                ))}
              </span>
            )}
            {issueTitle !== null && note.issueId && (
              <a href={href('issues', note.issueId)} className="note-entry__issue">
                {t('council.issue')}: {issueTitle || t('common.untitled')}
              </a>
            )}
          </p>
        )}
      </li>
    );
  },
  (a, b) =>
    a.note.id === b.note.id &&
    // Every write (local, another window, a pull) moves updatedAt; live queries hand out new objects.
    a.note.updatedAt === b.note.updatedAt &&
    a.issueTitle === b.issueTitle &&
    a.onEdit === b.onEdit &&
    a.target === b.target &&
    a.conflicted === b.conflicted,
);
