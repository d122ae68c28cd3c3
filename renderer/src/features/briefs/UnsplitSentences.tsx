import { useTranslation } from 'react-i18next';
import type { RewriteResult } from '../../../../common/brief/rewrite';

const shown = (text: string) => (text.length > 50 ? `${text.slice(0, 50)}…` : text);

/** The sentences the rewrite could not cut, named: a count alone leaves the author to hunt for them. */
export function UnsplitSentences({ unsplit }: { unsplit: RewriteResult['unsplit'] }) {
  const { t } = useTranslation();
  if (unsplit.length === 0) return null;
  return (
    <div className="rewrite__unsplit" data-testid="rewrite-unsplit">
      <p className="muted">{t('rewrite.unsplit', { count: unsplit.length })}</p>
      <ul>
        {unsplit.map((u) => (
          <li key={u.start}>{shown(u.text)}</li>
        ))}
      </ul>
    </div>
  );
}
