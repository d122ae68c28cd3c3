/**
 * The kind of meeting a new session's title names. A staffer types 「12月定例会 総務常任委員会」 and
 * expects a committee session: before, every session began as 本会議 and its minutes said so until
 * someone found the setting.
 */
export interface TitledKind {
  sessionKind: 'plenary' | 'committee';
  committee: string;
}

// Matched on the NFKC form (full-width spaces and brackets become ASCII). A committee's name is one word ending in 委員会 (総務常任委員会, 予算特別委員会, 議会運営委員会);
// 委員会付託 (referred to a committee) and the like run on, so the word must end there.
const COMMITTEE =
  /(?:^|[\s(「『【・])([\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー々]*委員会)(?=$|[\s()」』】・、。])/u;

export function kindFromTitle(title: string): TitledKind {
  if (/本会議/u.test(title)) return { sessionKind: 'plenary', committee: '' };
  const found = COMMITTEE.exec(title.normalize('NFKC'));
  return found
    ? { sessionKind: 'committee', committee: found[1]! }
    : { sessionKind: 'plenary', committee: '' };
}
