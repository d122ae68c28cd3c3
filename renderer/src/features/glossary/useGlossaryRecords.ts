import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import type { GlossaryWrite } from '../../../../common/brief/userGlossary';
import type { RecordOf } from '../../../../common/records/types';
import { useServices } from '../../services/services';

export type GlossaryTermRecord = RecordOf<'glossaryTerms'>;

/** The user's glossary records, live (undefined while the first read is under way). */
export function useGlossaryRecords(): GlossaryTermRecord[] | undefined {
  const { repos } = useServices();
  return useLiveQuery(() => repos.glossaryTerms.list(), [repos]);
}

/**
 * Performs glossary writes through the one repository, in order; resolves once every write is
 * committed with its outbox entry, so a caller says 「保存しました」 only for what is stored.
 */
export function useGlossaryWrites(): (writes: readonly GlossaryWrite[]) => Promise<void> {
  const { repos } = useServices();
  return useCallback(
    async (writes) => {
      for (const write of writes) {
        if (write.kind === 'create') await repos.glossaryTerms.create(write.fields);
        else if (write.kind === 'update') await repos.glossaryTerms.update(write.id, write.patch);
        else await repos.glossaryTerms.remove(write.id);
      }
    },
    [repos],
  );
}
