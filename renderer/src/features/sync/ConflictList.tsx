import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../services/services';
import { useOpenConflicts } from '../../sync';
import { ConflictCard } from './ConflictCard';

/** Every unresolved conflict of the workspace; nothing is decided for the user. */
export function ConflictList({ focusOnShow = false }: { focusOnShow?: boolean }) {
  const { t } = useTranslation();
  const { db, device } = useServices();
  const conflicts = useOpenConflicts(db, device.workspaceId);
  const heading = useRef<HTMLHeadingElement>(null);
  // Reached from a conflict's link (a conflicted note): start at the list, not the page top.
  useEffect(() => {
    if (!focusOnShow) return;
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus({ preventScroll: true });
  }, [focusOnShow]);
  return (
    <section className="card stack" aria-labelledby="sync-conflicts-title" data-testid="conflict-list">
      <h2 id="sync-conflicts-title" className="section-title" ref={heading} tabIndex={-1}>
        {t('sync.conflicts.title', { count: conflicts?.length ?? 0 })}
      </h2>
      {conflicts && conflicts.length === 0 && <p className="muted">{t('sync.conflicts.none')}</p>}
      <p className="muted">{conflicts && conflicts.length > 0 && t('sync.conflicts.help')}</p>
      {conflicts?.map((c) => (
        <ConflictCard key={c.id} conflict={c} />
      ))}
    </section>
  );
}
