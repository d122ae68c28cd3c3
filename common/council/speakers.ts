/**
 * Speaker tags (発言者). A speaker is typed once and then picked by keyboard: suggestions come
 * first from this session (the people speaking today), then from earlier sessions of the same
 * committee (the same members and answerers meet again), then from every other session, then a
 * few answerer roles every municipality has. The role is told from the name where Japanese
 * council usage makes it plain (〜議員 / 〜委員 ask, 市長 / 〜部長 answer).
 */
import { hiraganaOf, isKana } from './speakerReading';
import type { NoteEntry, SessionInfo, Speaker, SpeakerRole } from './types';

/** Suffixes of a council member's name (asks questions). */
const MEMBER_SUFFIXES = ['議員', '委員', '委員長', '副委員長', '議長', '副議長'];
/** Suffixes of an executive's title (answers: 答弁者). */
const ANSWERER_SUFFIXES = [
  '知事',
  '市長',
  '町長',
  '村長',
  '区長',
  '教育長',
  '局長',
  '部長',
  '次長',
  '課長',
  '室長',
  '所長',
  '参事',
  '理事',
  '監',
  '管理者',
  '委員会委員長',
];

/**
 * The same titles typed in kana, as a name heard but not known in kanji is (たかはしぶちょう,
 * しちょう): read by their suffixes the same way.
 */
const MEMBER_KANA = ['ぎいん', 'いいん', 'いいんちょう', 'ふくいいんちょう', 'ぎちょう', 'ふくぎちょう'];
const ANSWERER_KANA = [
  'ちじ',
  'しちょう',
  'ちょうちょう',
  'そんちょう',
  'くちょう',
  'きょういくちょう',
  'きょくちょう',
  'ぶちょう',
  'じちょう',
  'かちょう',
  'しつちょう',
  'しょちょう',
  'さんじ',
  'かんりしゃ',
  'いいんかいいいんちょう',
];

/** Answerer roles offered before any history exists. */
export const DEFAULT_ANSWERERS: readonly string[] = ['市長', '副市長', '教育長', '総務部長', '企画部長'];

/** The role a name implies, or '' when it does not say (the user can still choose). */
export function inferRole(name: string): SpeakerRole | '' {
  const typed = name.normalize('NFKC').trim();
  const kana = isKana(typed);
  const n = kana ? hiraganaOf(typed.replace(/\s+/gu, '')) : typed;
  // Longest suffix wins: 選挙管理委員会委員長 answers, 総務委員長 is a member.
  const longest = (suffixes: readonly string[]) =>
    suffixes.filter((s) => n.endsWith(s)).reduce((a, s) => Math.max(a, s.length), 0);
  const member = longest(kana ? MEMBER_KANA : MEMBER_SUFFIXES);
  const answerer = longest(kana ? ANSWERER_KANA : ANSWERER_SUFFIXES);
  if (member === 0 && answerer === 0) return '';
  return answerer >= member ? 'answerer' : 'member';
}

/** Width- and case-insensitive form for matching what is typed against names. */
export function foldForMatch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

type Tier = 0 | 1 | 2 | 3;

interface Candidate extends Speaker {
  tier: Tier;
  /** Latest time this speaker was noted (ms), for recency within a tier. */
  last: number;
}

export interface SuggestContext {
  /** The session being noted. */
  session: Pick<SessionInfo, 'id' | 'kind' | 'committee'>;
  /** Every session, to tell which earlier ones were of the same committee. */
  sessions: readonly Pick<SessionInfo, 'id' | 'kind' | 'committee'>[];
  /** Entries of every session (speaker history). */
  entries: readonly Pick<NoteEntry, 'sessionId' | 'at' | 'kind' | 'speaker' | 'speakerRole'>[];
  /**
   * A name's reading in hiragana (佐藤議員 → さとうぎいん), or undefined when not read yet: a query
   * typed in kana also matches the names that read as it.
   */
  readingOf?: (name: string) => string | undefined;
}

/**
 * Speakers matching `query` (every speaker when it is empty), best first: this session, the same
 * committee, everyone else, then the default answerer roles; most recently noted first within each.
 * A prefix match ranks above a match inside the name.
 */
export function suggestSpeakers(query: string, context: SuggestContext, limit = 8): Speaker[] {
  const sameBody = new Set(
    context.sessions
      .filter((s) =>
        context.session.kind === 'committee'
          ? s.kind === 'committee' && s.committee.trim() !== '' && s.committee === context.session.committee
          : s.kind === 'plenary',
      )
      .map((s) => s.id),
  );
  const byName = new Map<string, Candidate>();
  const offer = (speaker: Speaker, tier: Tier, last: number) => {
    const key = foldForMatch(speaker.name);
    if (key === '') return;
    const seen = byName.get(key);
    if (!seen || tier < seen.tier || (tier === seen.tier && last > seen.last)) {
      // Keep a known role when the newer mention did not say one.
      byName.set(key, { ...speaker, role: speaker.role || seen?.role || '', tier, last });
    }
  };
  for (const e of context.entries) {
    if (e.kind !== 'entry' || e.speaker.trim() === '') continue;
    const tier: Tier = e.sessionId === context.session.id ? 0 : sameBody.has(e.sessionId) ? 1 : 2;
    const last = Date.parse(e.at);
    offer(
      { name: e.speaker.trim(), role: e.speakerRole || inferRole(e.speaker) },
      tier,
      Number.isNaN(last) ? 0 : last,
    );
  }
  for (const name of DEFAULT_ANSWERERS) offer({ name, role: 'answerer' }, 3, 0);

  // Hiragana and katakana match each other (さとう / サトウ), and kana matches a name's reading.
  const q = hiraganaOf(foldForMatch(query));
  const byReading = isKana(q) ? context.readingOf : undefined;
  const position = (name: string): number => {
    if (q === '') return 0;
    const at = hiraganaOf(foldForMatch(name)).indexOf(q);
    return at >= 0 || !byReading ? at : (byReading(name) ?? '').indexOf(q);
  };
  return [...byName.values()]
    .map((c) => ({ c, at: position(c.name) }))
    .filter(({ at }) => at >= 0)
    .sort(
      (a, b) =>
        Number(a.at > 0) - Number(b.at > 0) ||
        a.c.tier - b.c.tier ||
        b.c.last - a.c.last ||
        a.c.name.localeCompare(b.c.name, 'ja'),
    )
    .slice(0, limit)
    .map(({ c }) => ({ name: c.name, role: c.role }));
}
