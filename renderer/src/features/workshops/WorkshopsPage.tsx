import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../services/services';
import { href, navigate } from '../../navigation/router';
import { PageHeader } from '../../ui/PageHeader';
import { RecordList } from '../../ui/RecordList';
import { useUiStore } from '../../ui/uiStore';
import { useSaveFailed } from '../../ui/useSaveFailed';
import { createWorkshop } from './agendaActions';
import { LabeledInput } from './LabeledInput';
import { resolveTemplate, TemplateSelect } from './plan/TemplatePicker';

/** The workshops (saved templates are listed in the template picker, not here). */
export function WorkshopsPage() {
  const { t, i18n } = useTranslation();
  const { repos } = useServices();
  const notify = useUiStore((s) => s.notify);
  const fail = useSaveFailed();
  const workshops = useLiveQuery(
    async () => (await repos.workshops.list()).filter((w) => !w.isTemplate),
    [repos],
  );
  const templateId = useId();
  const [title, setTitle] = useState('');
  const [template, setTemplate] = useState('');
  const [busy, setBusy] = useState(false);

  async function create(e: FormEvent) {
    e.preventDefault();
    if (!title.trim() || busy) return;
    setBusy(true);
    try {
      const chosen = template ? await resolveTemplate(repos, template, i18n.language) : null;
      const workshop = await createWorkshop(repos, title.trim(), chosen);
      notify('info', t('common.saved'));
      navigate(href('workshops', workshop.id));
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <PageHeader title={t('workshops.title')} lead={t('workshops.lead')} />
      <form className="create-form" onSubmit={create}>
        <LabeledInput
          label={t('workshops.newTitle')}
          value={title}
          maxLength={200}
          placeholder={t('workshops.newPlaceholder')}
          onChange={(e) => setTitle(e.target.value)}
        />
        <label htmlFor={templateId} className="field-label">
          {t('workshops.fromTemplate')}
        </label>
        <div className="create-form__row">
          <TemplateSelect id={templateId} value={template} onChange={setTemplate} allowNone />
          <button type="submit" className="button button--primary" disabled={busy || !title.trim()}>
            {t('workshops.add')}
          </button>
        </div>
      </form>
      <RecordList
        testId="workshop-list"
        records={workshops}
        titleOf={(w) => w.title}
        hrefOf={(w) => href('workshops', w.id)}
      />
    </>
  );
}
