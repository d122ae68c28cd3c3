import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { builtInTemplates } from '../../../../../common/workshops/library';
import { sortAgenda } from '../../../../../common/workshops/order';
import type { Repositories } from '../../../data/repositories';
import { useServices } from '../../../services/services';
import { copyOf, itemFromTemplate, type NewItem } from '../agendaActions';

export interface TemplateChoice {
  name: string;
  items: readonly NewItem[];
}

/**
 * Resolves a picker value ('builtin:<id>' or 'saved:<workshopId>') to its name and items: a
 * built-in in `language` (the UI's at this moment: the copied items keep it), a saved one as written.
 */
export async function resolveTemplate(
  repos: Repositories,
  value: string,
  language: string,
): Promise<TemplateChoice | null> {
  const [source, id] = value.split(':');
  if (source === 'builtin') {
    const template = builtInTemplates(language).find((x) => x.id === id);
    return template ? { name: template.name, items: template.items.map(itemFromTemplate) } : null;
  }
  if (source === 'saved' && id) {
    const template = await repos.workshops.get(id);
    if (!template) return null;
    const items = sortAgenda(await repos.agendaItems.findBy('workshopId', id));
    return { name: template.title, items: items.map(copyOf) };
  }
  return null;
}

/** A `<select>` of the built-in and the saved templates (saved ones are workshops rows marked as such). */
export function TemplateSelect(props: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  allowNone: boolean;
}) {
  const { t, i18n } = useTranslation();
  const { repos } = useServices();
  const saved = useLiveQuery(async () => (await repos.workshops.list()).filter((w) => w.isTemplate), [repos]);
  return (
    <select
      id={props.id}
      className="input"
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
    >
      {props.allowNone && <option value="">{t('workshops.noTemplate')}</option>}
      <optgroup label={t('workshops.builtInTemplates')}>
        {builtInTemplates(i18n.language).map((x) => (
          <option key={x.id} value={`builtin:${x.id}`}>
            {x.name}
          </option>
        ))}
      </optgroup>
      {saved && saved.length > 0 && (
        <optgroup label={t('workshops.savedTemplates')}>
          {saved.map((w) => (
            <option key={w.id} value={`saved:${w.id}`}>
              {w.title}
            </option>
          ))}
        </optgroup>
      )}
    </select>
  );
}
