/** Idea writes: promote to an issue (linked both ways), votes within a per-person budget. */
import { emptyIssueFields } from '../../../../../common/records/defaults';
import type { RecordOf } from '../../../../../common/records/types';
import type { Repositories } from '../../../data/repositories';

export type Idea = RecordOf<'ideas'>;
export type Vote = RecordOf<'votes'>;

export const IDEA_COLORS = ['yellow', 'pink', 'blue', 'green'] as const;
export type IdeaColor = (typeof IDEA_COLORS)[number];
export const DEFAULT_DOT_BUDGET = 3;

export function ideaColorOf(value: unknown): IdeaColor {
  return (IDEA_COLORS as readonly unknown[]).includes(value) ? (value as IdeaColor) : 'yellow';
}

/** A new issue from the idea (its first line as the title) pointing at the workshop, and the idea at it. */
export async function promoteIdea(repos: Repositories, idea: Idea, sourceLine: string): Promise<string> {
  const title = (idea.text.split('\n')[0] ?? '').trim().slice(0, 80) || idea.text.slice(0, 80);
  const issue = await repos.issues.create({
    ...emptyIssueFields(title),
    rawText: `${idea.text.trim()}\n\n${sourceLine}`,
    sourceWorkshopId: idea.workshopId,
  });
  await repos.ideas.update(idea.id, { issueId: issue.id });
  return issue.id;
}

/** Dots per idea, and per idea the dots of one voter (names compared trimmed). */
export function tallyVotes(votes: readonly Vote[], voter: string) {
  const total = new Map<string, number>();
  const mine = new Map<string, number>();
  let used = 0;
  const me = voter.trim();
  for (const v of votes) {
    const dots = Number.isFinite(v.dots) && v.dots > 0 ? v.dots : 0;
    total.set(v.ideaId, (total.get(v.ideaId) ?? 0) + dots);
    if (me && v.voter.trim() === me) {
      mine.set(v.ideaId, (mine.get(v.ideaId) ?? 0) + dots);
      used += dots;
    }
  }
  return { total, mine, used };
}

export type Tally = ReturnType<typeof tallyVotes>;

/** Takes back one of `voter`'s votes on the idea (the newest). */
export async function unvote(
  repos: Repositories,
  votes: readonly Vote[],
  ideaId: string,
  voter: string,
): Promise<void> {
  const own = votes
    .filter((v) => v.ideaId === ideaId && v.voter.trim() === voter.trim())
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  if (own[0]) await repos.votes.remove(own[0].id);
}
