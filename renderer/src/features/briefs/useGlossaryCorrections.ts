import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../../common/brief';
import { knownTermOf, markKnownWrites } from '../../../../common/brief/userGlossary';
import { useServices } from '../../services/services';
import { useSaveFailed } from '../../ui/useSaveFailed';
import { useUiStore } from '../../ui/uiStore';
import {
  useGlossaryRecords,
  useGlossaryWrites,
  type GlossaryTermRecord,
} from '../glossary/useGlossaryRecords';

/** What the raw-text editor needs to correct the red pen: the user's terms and 「説明不要にする」. */
export interface GlossaryCorrections {
  records: readonly GlossaryTermRecord[];
  markKnown: (finding: Finding) => Promise<void>;
}

export function useGlossaryCorrections(): GlossaryCorrections {
  const { t } = useTranslation();
  const { repos } = useServices();
  const records = useGlossaryRecords();
  const write = useGlossaryWrites();
  const notify = useUiStore((s) => s.notify);
  const fail = useSaveFailed();
  const markKnown = useCallback(
    async (finding: Finding) => {
      const term = knownTermOf(finding);
      if (!term) return;
      try {
        // Read at the click, not from the last render: the team's own record of the word gets the
        // flag instead of a second record beside it.
        await write(markKnownWrites(await repos.glossaryTerms.list(), term));
        notify('info', t('briefs.known.saved', { term }));
      } catch (error) {
        fail(error);
      }
    },
    [fail, notify, repos, t, write],
  );
  return { records: records ?? [], markKnown };
}
