import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../../services/services';
import { useUiStore } from '../../../ui/uiStore';
import type { Workshop } from '../agendaActions';
import { AddForm } from '../AddForm';
import { LabeledInput } from '../LabeledInput';
import { useSaveFailed } from '../../../ui/useSaveFailed';
import { useIdeas, useVotes } from '../useWorkshopData';
import { DEFAULT_DOT_BUDGET, IDEA_COLORS, promoteIdea, tallyVotes, unvote, type Idea } from './ideaActions';
import { IdeaColumn } from './IdeaColumn';
import { useCardLabels, type CardActions } from './IdeaCard';

const VOTER_KEY = 'kyoso.voter';

/** Sticky notes by group and colour, dot voting with a per-person budget and a live tally. */
export function IdeaBoard({ workshop, currentItemId }: { workshop: Workshop; currentItemId: string }) {
  const { t } = useTranslation();
  const { repos } = useServices();
  const notify = useUiStore((s) => s.notify);
  const fail = useSaveFailed();
  const ids = { color: useId(), groups: useId(), h: useId() };
  const ideas = useIdeas(workshop.id);
  const ideaIds = useMemo(() => (ideas ?? []).map((i) => i.id), [ideas]);
  const votes = useVotes(ideaIds);
  const [text, setText] = useState('');
  const [group, setGroup] = useState('');
  const [color, setColor] = useState<string>('yellow');
  const [voter, setVoter] = useState(() => globalThis.localStorage?.getItem(VOTER_KEY) ?? '');
  const labels = useCardLabels();
  const budget = workshop.dotBudget ?? DEFAULT_DOT_BUDGET;
  const tally = useMemo(() => tallyVotes(votes ?? [], voter), [votes, voter]);
  const left = Math.max(0, budget - tally.used);
  const latest = useRef({ votes, voter, left });
  useEffect(() => {
    latest.current = { votes, voter, left };
  });

  const onVote = useCallback(
    (ideaId: string) => {
      const { voter: name, left: remaining } = latest.current;
      if (!name.trim()) return notify('error', t('workshops.capture.needVoter'));
      if (remaining <= 0) return;
      void repos.votes.create({ ideaId, voter: name.trim(), dots: 1 }).catch(fail);
    },
    [repos, notify, t, fail],
  );
  const onUnvote = useCallback(
    (ideaId: string) =>
      void unvote(repos, latest.current.votes ?? [], ideaId, latest.current.voter).catch(fail),
    [repos, fail],
  );
  const onPromote = useCallback(
    (idea: Idea) =>
      void promoteIdea(
        repos,
        idea,
        t('workshops.capture.issueSource', {
          title: workshop.title,
          group: idea.group || t('workshops.capture.noGroup'),
        }),
      )
        .then(() => notify('info', t('workshops.capture.promoted')))
        .catch(fail),
    [repos, notify, t, workshop.title, fail],
  );

  const actions = useMemo<CardActions>(
    () => ({ labels, onVote, onUnvote, onPromote }),
    [labels, onVote, onUnvote, onPromote],
  );

  const groups = useMemo(() => {
    const byGroup = new Map<string, Idea[]>();
    const sorted = [...(ideas ?? [])].sort(
      (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
    );
    for (const idea of sorted) {
      const list = byGroup.get(idea.group);
      if (list) list.push(idea);
      else byGroup.set(idea.group, [idea]);
    }
    return [...byGroup].sort(([a], [b]) => a.localeCompare(b, 'ja'));
  }, [ideas]);
  const ranking = useMemo(
    () =>
      (ideas ?? [])
        .map((idea) => ({ idea, dots: tally.total.get(idea.id) ?? 0 }))
        .filter((r) => r.dots > 0)
        .sort((a, b) => b.dots - a.dots)
        .slice(0, 5),
    [ideas, tally],
  );

  return (
    <div className="card stack" role="region" aria-labelledby={ids.h}>
      <h3 className="section-title" id={ids.h}>
        {t('workshops.capture.ideas')}
      </h3>
      <AddForm
        className="capture__form"
        submitLabel={t('workshops.capture.addIdea')}
        ready={text.trim() !== ''}
        add={() =>
          repos.ideas.create({
            workshopId: workshop.id,
            agendaItemId: currentItemId,
            group: group.trim(),
            text: text.trim(),
            color,
          })
        }
        reset={() => setText('')}
        onError={fail}
      >
        <LabeledInput
          label={t('workshops.capture.ideaText')}
          maxLength={500}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <LabeledInput
          label={t('workshops.capture.group')}
          list={ids.groups}
          maxLength={60}
          value={group}
          placeholder={t('workshops.capture.groupPlaceholder')}
          onChange={(e) => setGroup(e.target.value)}
        />
        <datalist id={ids.groups}>{groups.map(([g]) => g && <option key={g} value={g} />)}</datalist>
        <label htmlFor={ids.color} className="field-label">
          {t('workshops.capture.color')}
        </label>
        <select id={ids.color} className="input" value={color} onChange={(e) => setColor(e.target.value)}>
          {IDEA_COLORS.map((c) => (
            <option key={c} value={c}>
              {t(`workshops.capture.colors.${c}`)}
            </option>
          ))}
        </select>
      </AddForm>
      <fieldset className="capture__voting">
        <legend>{t('workshops.capture.voting')}</legend>
        <LabeledInput
          label={t('workshops.capture.voter')}
          maxLength={60}
          value={voter}
          placeholder={t('workshops.capture.voterPlaceholder')}
          onChange={(e) => {
            setVoter(e.target.value);
            globalThis.localStorage?.setItem(VOTER_KEY, e.target.value);
          }}
        />
        <LabeledInput
          label={t('workshops.capture.budget')}
          className="input agenda-row__minutes"
          type="number"
          min={1}
          max={20}
          value={budget}
          onChange={(e) => {
            const n = Math.round(Number(e.target.value));
            if (n >= 1 && n <= 20) void repos.workshops.update(workshop.id, { dotBudget: n }).catch(fail);
          }}
        />
        <p role="status" data-testid="votes-left">
          {voter.trim()
            ? t('workshops.capture.left', { voter: voter.trim(), count: left })
            : t('workshops.capture.needVoter')}
        </p>
      </fieldset>
      {groups.length > 0 && <p className="muted">{t('workshops.capture.boardHint')}</p>}
      <div className="idea-board" data-testid="idea-board" data-total={ideas?.length ?? 0}>
        {groups.map(([name, list]) => {
          const label = name || t('workshops.capture.noGroup');
          return (
            <section key={name} className="idea-group" aria-label={label}>
              <h4 className="idea-group__name">
                {label} <span className="muted">{t('workshops.capture.count', { count: list.length })}</span>
              </h4>
              <IdeaColumn name={label} ideas={list} tally={tally} canVote={left > 0} actions={actions} />
            </section>
          );
        })}
      </div>
      {ranking.length > 0 && (
        <div>
          <h4>{t('workshops.capture.tally')}</h4>
          <ol data-testid="vote-tally" className="vote-tally">
            {ranking.map(({ idea, dots }) => (
              <li key={idea.id}>
                <span>
                  {idea.text} — {t('workshops.capture.dots', { count: dots })}
                  {idea.decidedIn ? ` · ${t('workshops.capture.decided')}` : ''}
                </span>
                {/* A vote's result becomes a 決定事項 of the item running now (see common/workshops/decisions). */}
                <button
                  type="button"
                  className="button button--small"
                  aria-pressed={!!idea.decidedIn}
                  aria-label={t('workshops.capture.decideLabel', { text: idea.text })}
                  onClick={() =>
                    void repos.ideas
                      .update(idea.id, { decidedIn: idea.decidedIn ? '' : currentItemId || workshop.id })
                      .catch(fail)
                  }
                >
                  {t('workshops.capture.decide')}
                </button>
              </li>
            ))}
          </ol>
        </div>
      )}
    </div>
  );
}
