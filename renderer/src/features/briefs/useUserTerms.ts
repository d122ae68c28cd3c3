import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { fromGlossaryRecord, type GlossaryEntry } from '../../../../common/brief';
import { useServices } from '../../services/services';

const NONE: readonly GlossaryEntry[] = [];

/** The user's own glossary terms, in the shape the checker takes (stable between renders). */
export function useUserTerms(): readonly GlossaryEntry[] {
  const { repos } = useServices();
  const rows = useLiveQuery(() => repos.glossaryTerms.list(), [repos]);
  return useMemo(() => (rows?.length ? rows.map(fromGlossaryRecord) : NONE), [rows]);
}
