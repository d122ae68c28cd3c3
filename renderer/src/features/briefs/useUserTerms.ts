import { useMemo } from 'react';
import { fromGlossaryRecord, type GlossaryEntry } from '../../../../common/brief';
import { useGlossaryRecords } from '../glossary/useGlossaryRecords';

const NONE: readonly GlossaryEntry[] = [];

/** The user's own glossary terms, in the shape the checker takes (stable between renders). */
export function useUserTerms(): readonly GlossaryEntry[] {
  const rows = useGlossaryRecords();
  return useMemo(() => (rows?.length ? rows.map(fromGlossaryRecord) : NONE), [rows]);
}
