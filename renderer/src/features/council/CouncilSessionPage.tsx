/**
 * One council session opened for note-taking, keyboard first: the agenda bar (Alt+1…9), the
 * composer (Alt+S to the speaker, Enter to record a note), and the notes so far.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  currentAgenda,
  DEFAULT_ANSWERERS,
  isKana,
  needsHeading,
  suggestSpeakers,
  type Speaker,
} from '../../../../common/council';
import { nothingChosenFocused } from '../../navigation/focusOnNavigate';
import { href } from '../../navigation/router';
import { useServices } from '../../services/services';
import { useOpenConflicts } from '../../sync';
import { PageHeader } from '../../ui/PageHeader';
import { AgendaBar } from './AgendaBar';
import { Composer, type ComposerHandle } from './Composer';
import { CouncilExportMenu } from './CouncilExportMenu';
import { EntryList } from './EntryList';
import { recoverNotes, takeRecoveredAtStart } from './recoverNotes';
import { rememberWriting, writingLeft } from './writingMarker';
import { SessionDetails } from './SessionDetails';
import { useSpeakerReadings, wantReadings } from './speakerReadings';
import { sessionInfo } from './sessionInfo';
import { useSessionData } from './useSessionData';
import './council.css';

/** `noteId`: a note to show and focus (a search result or palette jump to that note). */
export function CouncilSessionPage({ id, noteId }: { id: string; noteId?: string }) {
  const { t } = useTranslation();
  const { repos, db, device } = useServices();
  const { session, notes, issues, history } = useSessionData(id);
  const conflicts = useOpenConflicts(db, device.workspaceId);
  const conflictedIds = useMemo(
    () => new Set(conflicts?.filter((c) => c.ofTable === 'notes').map((c) => c.ofId)),
    [conflicts],
  );
  const composer = useRef<ComposerHandle>(null);
  const [writingId, setWritingId] = useState<string | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);

  // What a page that went away (reloaded, crashed) typed into this session and never saved. The
  // note that was being typed comes back recorded, not in 「メモ」 where the user looks: it opens in
  // its editor (this tab knows which one), and the page says what happened.
  const [recovered, setRecovered] = useState(false);
  // Read on arrival (an initializer, so a second run of the effects below still sees it).
  const [left] = useState(() => ({ id, noteId: writingLeft(id) }));
  const [reopen, setReopen] = useState<string | null>(left.id === id ? left.noteId : null);
  useEffect(() => {
    const atStart = takeRecoveredAtStart(id);
    void recoverNotes(repos, id).then((ids) => {
      if (ids.length > 0 || atStart.length > 0) setRecovered(true);
    });
    return () => rememberWriting(id, null); // left for another screen: nothing to reopen
  }, [repos, id]);
  const onWriting = useCallback(
    (noteId: string | null) => {
      setWritingId(noteId);
      rememberWriting(id, noteId);
    },
    [id],
  );

  const info = useMemo(() => (session ? sessionInfo(session) : null), [session]);
  const liveNotes = useMemo(() => notes ?? [], [notes]);
  const agendaNow = useMemo(() => currentAgenda(liveNotes), [liveNotes]);

  // This session's own speakers come from the live notes; other sessions' from the history read once.
  // A name typed in kana also matches the names that read as it: they are read (off this thread)
  // when kana is first typed, and the suggestions are asked again when the readings arrive.
  const readingOf = useSpeakerReadings();
  const suggest = useCallback(
    (query: string): Speaker[] => {
      if (!info) return [];
      const entries = [...liveNotes, ...(history?.entries ?? [])];
      if (isKana(query)) wantReadings([...entries.map((e) => e.speaker.trim()), ...DEFAULT_ANSWERERS]);
      return suggestSpeakers(query, {
        session: info,
        sessions: history?.sessions ?? [info],
        entries,
        readingOf,
      });
    },
    [info, history, liveNotes, readingOf],
  );

  // The heading asked for and not yet listed: Alt+2 pressed again before the list shows it adds none.
  const pendingHeading = useRef<{ sessionId: string; title: string; at: string } | null>(null);
  useEffect(() => {
    const pending = pendingHeading.current;
    if (pending && liveNotes.some((n) => n.kind === 'heading' && n.at === pending.at)) {
      pendingHeading.current = null;
    }
  }, [liveNotes]);
  const chooseAgenda = useCallback(
    async (title: string) => {
      const pending = pendingHeading.current?.sessionId === id ? pendingHeading.current : null;
      if (pending ? pending.title === title.trim() : !needsHeading(liveNotes, title)) {
        return composer.current?.focusMemo();
      }
      const focused = document.activeElement;
      // The heading takes the key press's time and is written at once (the write is journalled),
      // not after the note under way has saved: on a busy machine that took seconds, and the notes
      // typed meanwhile sorted above the heading, under the previous item — or the heading was lost
      // with a page gone before it was written (walk 19). The note under way keeps its own earlier
      // time, so it stays under the item it was started under.
      const at = new Date().toISOString();
      pendingHeading.current = { sessionId: id, title: title.trim(), at };
      try {
        await Promise.all([
          composer.current?.finish(),
          repos.notes.create({
            sessionId: id,
            at,
            kind: 'heading',
            speakerRole: '',
            speaker: '',
            body: title.trim(),
            issueId: '',
          }),
        ]);
      } catch (error) {
        pendingHeading.current = null; // not written: the next press tries again
        throw error;
      }
      // Back to the note box, unless the user has already moved on (Alt+S right after Alt+1).
      if (document.activeElement === focused) composer.current?.focusMemo();
    },
    [liveNotes, repos, id],
  );

  // A layout effect: the listener that knows a new agenda is in place before the agenda bar showing it
  // is painted, so Alt+1 pressed the moment an item appears chooses it (an effect ran after the paint).
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.isComposing || !event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.code === 'KeyS') {
        event.preventDefault();
        composer.current?.focusSpeaker();
        return;
      }
      const n = /^Digit([1-9])$/.exec(event.code);
      const title = n && info?.agenda.filter((a) => a.trim() !== '')[Number(n[1]) - 1];
      if (title) {
        event.preventDefault();
        void chooseAgenda(title);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [info, chooseAgenda]);

  // Opened (or just created) with nothing focused: the keyboard starts in 「メモ」, since the
  // meeting is about to start. A jump to a note focuses that note instead.
  const loaded = Boolean(session) && notes !== undefined;
  // Open once it is listed (a write-back from the journal may still be on its way).
  const reopening = loaded && reopen !== null && liveNotes.some((n) => n.id === reopen) ? reopen : null;
  const onEdit = useCallback(
    (noteId: string | null) => {
      setReopen(null);
      rememberWriting(id, null); // reopened once; 完了 and a later reload leave it recorded
      setEditingId(noteId);
    },
    [id],
  );
  useEffect(() => {
    if (!loaded || noteId !== undefined) return;
    // The heading a page arrival focuses counts as nothing chosen: the note box comes first here.
    if (nothingChosenFocused()) composer.current?.focusMemo();
  }, [loaded, id, noteId]);

  if (session === undefined || notes === undefined) return <p className="muted">{t('app.loading')}</p>;
  if (session === null || !info)
    return (
      <>
        <p role="alert">{t('council.notFound')}</p>
        <a href={href('council')}>{t('council.back')}</a>
      </>
    );

  const kind =
    info.kind === 'committee'
      ? [t('council.committee'), info.committee].filter(Boolean).join(' ')
      : t('council.plenary');
  return (
    <div className="council-session">
      <p>
        <a href={href('council')}>{t('council.back')}</a>
      </p>
      <PageHeader
        title={info.title || t('common.untitled')}
        lead={[kind, info.date, info.place].filter(Boolean).join(t('council.leadSeparator'))}
        actions={
          <CouncilExportMenu
            sessionId={id}
            beforeExport={() => composer.current?.finish() ?? Promise.resolve()}
          />
        }
      />
      <SessionDetails session={session} />
      <AgendaBar agenda={info.agenda} current={agendaNow} onChoose={(title) => void chooseAgenda(title)} />
      <Composer ref={composer} sessionId={id} suggest={suggest} issues={issues ?? []} onWriting={onWriting} />
      <section className="council-session__notes" aria-labelledby="council-notes-title">
        <h2 id="council-notes-title" className="section-title">
          {t('council.entries')}
        </h2>
        <p role="status" className="muted">
          {reopening ? t('council.reopened') : recovered ? t('council.recovered') : ''}
        </p>
        <EntryList
          conflictedIds={conflictedIds}
          notes={liveNotes}
          issues={issues ?? []}
          writingId={writingId}
          editingId={editingId ?? reopening}
          onEdit={onEdit}
          suggest={suggest}
          targetId={noteId ?? null}
        />
      </section>
    </div>
  );
}
