import { memo, useMemo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { href } from '../../../navigation/router';
import { ideaColorOf, type Idea } from './ideaActions';

/** The card texts, translated once per board render (i18next per card costs ~100 ms at 2,000 cards). */
export interface CardLabels {
  vote: string;
  unvote: string;
  promote: string;
  openIssue: string;
  decided: string;
  voteLabel: (text: string) => string;
  unvoteLabel: (text: string) => string;
  promoteLabel: (text: string) => string;
  dots: (count: number) => string;
}

const SLOT = '\u0000';

export function useCardLabels(): CardLabels {
  const { t } = useTranslation();
  return useMemo(() => {
    const fill = (pattern: string) => (value: string | number) => pattern.split(SLOT).join(String(value));
    return {
      vote: t('workshops.capture.vote'),
      unvote: t('workshops.capture.unvote'),
      promote: t('workshops.capture.promote'),
      openIssue: t('workshops.capture.openIssue'),
      decided: t('workshops.capture.decided'),
      voteLabel: fill(t('workshops.capture.voteLabel', { text: SLOT })),
      unvoteLabel: fill(t('workshops.capture.unvoteLabel', { text: SLOT })),
      promoteLabel: fill(t('workshops.capture.promoteLabel', { text: SLOT })),
      dots: fill(t('workshops.capture.dots', { count: SLOT })),
    };
  }, [t]);
}

/** What every card of a board shares (stable between renders, so memoised cards skip). */
export interface CardActions {
  labels: CardLabels;
  onVote: (ideaId: string) => void;
  onUnvote: (ideaId: string) => void;
  onPromote: (idea: Idea) => void;
}

export interface IdeaCardProps {
  actions: CardActions;
  idea: Idea;
  dots: number;
  mine: number;
  canVote: boolean;
  /** Position in its group (0-based) and the group's size, for screen readers. */
  index: number;
  setSize: number;
  /** Pixel offset and height in the windowed list. */
  top: number;
  height: number;
  tabbable: boolean;
  onFocus: (index: number) => void;
  onKeyDown: (index: number, e: KeyboardEvent) => void;
}

/** Live queries hand out fresh records: an unchanged `updatedAt` means an unchanged idea (2,000-note boards). */
function sameCard(a: IdeaCardProps, b: IdeaCardProps): boolean {
  for (const key of Object.keys(a) as (keyof IdeaCardProps)[]) {
    if (key === 'idea') {
      if (a.idea.id !== b.idea.id || a.idea.updatedAt !== b.idea.updatedAt) return false;
    } else if (a[key] !== b[key]) return false;
  }
  return true;
}

/** One sticky note: its text (three lines shown; the whole text is its accessible content), dots, actions. */
export const IdeaCard = memo(function IdeaCard(props: IdeaCardProps) {
  const { idea, actions, index } = props;
  const { labels } = actions;
  return (
    <li
      className={`sticky sticky--${ideaColorOf(idea.color)}`}
      data-testid="idea"
      data-index={index}
      aria-posinset={index + 1}
      aria-setsize={props.setSize}
      tabIndex={props.tabbable ? 0 : -1}
      style={{ top: props.top, height: props.height }}
      onFocus={() => props.onFocus(index)}
      onKeyDown={(e) => props.onKeyDown(index, e)}
    >
      <p className="sticky__text" title={idea.text}>
        {idea.text}
      </p>
      {/* The count says 票: an aria-label on a <p> is not read, so a bare number said nothing. */}
      <p className="sticky__dots">
        <span aria-hidden="true">{'●'.repeat(Math.min(props.dots, 10))}</span> {labels.dots(props.dots)}
        {idea.decidedIn ? ` · ${labels.decided}` : ''}
      </p>
      <div className="sticky__actions">
        <button
          type="button"
          className="button button--small"
          // Not `disabled`: the vote that spends the last dot must leave the focus on the button.
          aria-disabled={!props.canVote}
          aria-label={labels.voteLabel(idea.text)}
          onClick={() => {
            if (props.canVote) actions.onVote(idea.id);
          }}
        >
          {labels.vote}
        </button>
        {props.mine > 0 && (
          <button
            type="button"
            className="button button--small"
            aria-label={labels.unvoteLabel(idea.text)}
            onClick={() => actions.onUnvote(idea.id)}
          >
            {labels.unvote}
          </button>
        )}
        {idea.issueId ? (
          <a href={href('issues', idea.issueId)} className="button button--small">
            {labels.openIssue}
          </a>
        ) : (
          <button
            type="button"
            className="button button--small"
            aria-label={labels.promoteLabel(idea.text)}
            onClick={() => actions.onPromote(idea)}
          >
            {labels.promote}
          </button>
        )}
      </div>
    </li>
  );
}, sameCard);
