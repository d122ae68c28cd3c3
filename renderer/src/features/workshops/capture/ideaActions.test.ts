import { describe, expect, it } from 'vitest';
import { KyosoDb } from '../../../data/db';
import { loadDevice } from '../../../data/device';
import { createRepositories } from '../../../data/repositories';
import { ideaColorOf, promoteIdea, tallyVotes, type Vote } from './ideaActions';

const vote = (ideaId: string, voter: string, dots = 1): Vote =>
  ({ id: `${ideaId}-${voter}-${Math.random()}`, ideaId, voter, dots }) as Vote;

describe('tallyVotes', () => {
  const votes = [
    vote('a', '佐藤'),
    vote('a', '佐藤'),
    vote('b', ' 佐藤 '),
    vote('a', '鈴木'),
    vote('c', '鈴木', 2),
  ];

  it('totals dots per idea and counts one voter’s dots against the budget', () => {
    const t = tallyVotes(votes, '佐藤');
    expect(Object.fromEntries(t.total)).toEqual({ a: 3, b: 1, c: 2 });
    expect(Object.fromEntries(t.mine)).toEqual({ a: 2, b: 1 });
    expect(t.used).toBe(3);
  });

  it('uses nothing of the budget without a voter name, and ignores broken dot counts', () => {
    expect(tallyVotes(votes, '  ').used).toBe(0);
    expect(tallyVotes([vote('a', 'x', Number.NaN), vote('a', 'x', -2)], 'x').used).toBe(0);
  });
});

describe('ideaColorOf', () => {
  it('falls back to yellow for a colour this version does not know', () => {
    expect(ideaColorOf('pink')).toBe('pink');
    expect(ideaColorOf('ultraviolet')).toBe('yellow');
    expect(ideaColorOf(undefined)).toBe('yellow');
  });
});

describe('promoteIdea', () => {
  it('creates an issue that names its workshop (the way back) and points the idea at it', async () => {
    const db = new KyosoDb(`test-${crypto.randomUUID()}`);
    try {
      const repos = createRepositories(db, await loadDevice(db));
      const idea = await repos.ideas.create({
        workshopId: 'ws-1',
        agendaItemId: '',
        group: 'A班',
        text: '窓口の待ち時間を見える化\n番号札と連動',
        color: 'pink',
      });
      const issueId = await promoteIdea(repos, idea, '出典: ワークショップ「キャプチャ」のアイデア（A班）');
      const issue = await repos.issues.get(issueId);
      expect(issue).toMatchObject({ title: '窓口の待ち時間を見える化', sourceWorkshopId: 'ws-1' });
      expect(issue?.rawText).toContain('出典: ワークショップ「キャプチャ」');
      expect((await repos.ideas.get(idea.id))?.issueId).toBe(issueId);
    } finally {
      await db.delete();
    }
  });
});
