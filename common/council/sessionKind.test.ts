import { describe, expect, it } from 'vitest';
import { kindFromTitle } from './sessionKind';

describe('kindFromTitle', () => {
  it('reads a committee named in the title as a committee session with that name', () => {
    expect(kindFromTitle('12月定例会 総務常任委員会')).toEqual({
      sessionKind: 'committee',
      committee: '総務常任委員会',
    });
    expect(kindFromTitle('予算特別委員会（第2日）').committee).toBe('予算特別委員会');
    expect(kindFromTitle('議会運営委員会').committee).toBe('議会運営委員会');
    expect(kindFromTitle('令和8年　文教厚生委員会　所管事務調査').committee).toBe('文教厚生委員会');
  });

  it('keeps a plenary session where the title names none, or says 本会議', () => {
    expect(kindFromTitle('12月定例会 一般質問').sessionKind).toBe('plenary');
    expect(kindFromTitle('本会議 委員会付託議案の審議').sessionKind).toBe('plenary');
    expect(kindFromTitle('議案の委員会付託について')).toEqual({ sessionKind: 'plenary', committee: '' });
    expect(kindFromTitle('')).toEqual({ sessionKind: 'plenary', committee: '' });
  });
});
