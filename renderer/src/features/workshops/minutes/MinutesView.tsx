import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFileName } from '../../../../../common/export/fileName';
import {
  actualMinutes,
  buildMinutesMarkdown,
  totalActualMinutes,
} from '../../../../../common/workshops/minutes';
import { itemTimes } from '../../../../../common/workshops/minutesTimes';
import { deriveRun } from '../../../../../common/workshops/run';
import { readRunEvents } from '../../../../../common/workshops/runEvents';
import { useServices } from '../../../services/services';
import { useSaveFailed } from '../../../ui/useSaveFailed';
import { useUiStore } from '../../../ui/uiStore';
import { ExportMenu, downloadBlob } from '../../export';
import type { AgendaItem, Workshop } from '../agendaActions';
import { tallyVotes } from '../capture/ideaActions';
import { formatClock, formatDay } from '../format';
import { useCommitField } from '../useCommitField';
import { useNow } from '../useNow';
import { useActionItems, useIdeas, useRunPlan, useVotes } from '../useWorkshopData';
import { DecisionList } from './DecisionList';
import { MinutesTimes } from './MinutesTimes';
import { PlannedActualChart } from './PlannedActualChart';

/** After the workshop: planned vs actual, the minutes draft (editable Markdown) and its exports. */
export function MinutesView({ workshop, items }: { workshop: Workshop; items: AgendaItem[] }) {
  const { t, i18n } = useTranslation();
  const { repos } = useServices();
  const fail = useSaveFailed();
  const notify = useUiStore((s) => s.notify);
  const editorId = useId();
  const plan = useRunPlan(workshop, items);
  const ideas = useIdeas(workshop.id);
  const ideaIds = useMemo(() => (ideas ?? []).map((i) => i.id), [ideas]);
  const votes = useVotes(ideaIds);
  const actions = useActionItems(workshop.id);
  const now = useNow(5_000);
  const run = useMemo(() => deriveRun(readRunEvents(workshop.run), plan, now), [workshop.run, plan, now]);
  const editor = useCommitField(
    workshop.minutes,
    (value) => void repos.workshops.update(workshop.id, { minutes: value }).catch(fail),
  );

  const rows = items.map((item, i) => ({
    id: item.id,
    title: item.title,
    planned: item.minutes,
    actual: actualMinutes(run.actuals[i]?.activeMs ?? 0),
  }));

  // The clock as the reader's language writes it; the duration labels as the Markdown's.
  const clock = (ms: number) => formatClock(ms, i18n.language);
  const timesLabels = {
    notRun: t('workshops.minutes.doc.notRun'),
    minutes: (minutes: number) => t('workshops.minutes.doc.minutes', { minutes }),
    timed: (range: string, minutes: number) => t('workshops.minutes.doc.timed', { range, minutes }),
  };
  const times = itemTimes(
    items.map((item, i) => ({
      ...item,
      title: item.title.trim() || `${t('workshops.minutes.doc.item')} ${i + 1}`,
    })),
    run.actuals,
    plan.start,
    clock,
    timesLabels,
  );

  const generate = () => {
    if (workshop.minutes.trim() && !window.confirm(t('workshops.minutes.overwriteConfirm'))) return;
    const d = (key: string) => t(`workshops.minutes.doc.${key}` as 'workshops.minutes.doc.date');
    const startedAt = run.startedAt ?? Date.parse(workshop.plannedStart);
    const markdown = buildMinutesMarkdown({
      title: workshop.title,
      date: Number.isNaN(startedAt)
        ? ''
        : new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'ja-JP', {
            dateStyle: 'long',
            timeStyle: 'short',
          }).format(new Date(startedAt)),
      items,
      plannedStart: plan.start,
      actuals: run.actuals,
      ideas: ideas ?? [],
      dots: tallyVotes(votes ?? [], '').total,
      actions: [...(actions ?? [])].sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
      formatClock: clock,
      formatDay: (day) => formatDay(day, i18n.language),
      labels: {
        ...timesLabels,
        date: d('date'),
        agenda: d('agenda'),
        item: d('item'),
        planned: d('planned'),
        actual: d('actual'),
        summary: d('summary'),
        decisions: d('decisions'),
        decisionLine: (text, item) => t('workshops.minutes.doc.decisionLine', { text, item }),
        perItem: d('perItem'),
        notes: d('notes'),
        ideas: d('ideas'),
        votes: d('votes'),
        votesLine: (text, count) => t('workshops.minutes.doc.votesLine', { text, count }),
        actions: d('actions'),
        who: d('who'),
        what: d('what'),
        due: d('due'),
        noGroup: t('workshops.capture.noGroup'),
      },
    });
    void repos.workshops.update(workshop.id, { minutes: markdown }).catch(fail);
  };

  const saveMarkdown = () => {
    const name = downloadFileName(workshop.title || t('common.untitled'), 'md', 'minutes');
    // The text as shown: the click's blur has only started writing the last edit to the record.
    downloadBlob(new Blob([editor.value], { type: 'text/markdown;charset=utf-8' }), name);
    notify('info', t('workshops.minutes.markdownSaved', { name }));
  };

  return (
    <div className="stack">
      <DecisionList items={items} ideas={ideas ?? []} />
      <section className="card stack">
        <MinutesTimes rows={times} />
        <PlannedActualChart
          rows={rows}
          actualTotal={totalActualMinutes(items.map((_, i) => run.actuals[i]?.activeMs ?? 0))}
        />
      </section>
      <section className="card stack" aria-labelledby={`${editorId}-h`}>
        <h2 className="section-title" id={`${editorId}-h`}>
          {t('workshops.minutes.heading')}
        </h2>
        {!workshop.minutes.trim() && <p className="muted">{t('workshops.minutes.empty')}</p>}
        <div className="run__controls">
          <button type="button" className="button button--primary" onClick={generate}>
            {workshop.minutes.trim() ? t('workshops.minutes.regenerate') : t('workshops.minutes.generate')}
          </button>
          <button type="button" className="button" disabled={!editor.value.trim()} onClick={saveMarkdown}>
            {t('workshops.minutes.markdown')}
          </button>
        </div>
        <label htmlFor={editorId} className="field-label">
          {t('workshops.minutes.editor')}
        </label>
        <textarea id={editorId} className="textarea minutes-editor" rows={20} {...editor} />
        <ExportMenu table="workshops" id={workshop.id} />
      </section>
    </div>
  );
}
