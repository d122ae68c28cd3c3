import { useCallback } from 'react';
import type { GlossaryEntry } from '../../../../common/brief';
import type { BriefRecord, IssueFields } from '../../../../common/records/types';
import { useServices } from '../../services/services';
import { useRecordDraft } from '../../data/useRecordDraft';
import type { SaveStatus } from '../../data/useAutosave';
import { draftInWorker } from './analysis/analysisClient';

export interface BriefDraft {
  /** The markdown being edited, or null when the issue has no brief yet. */
  body: string | null;
  setBody: (body: string) => void;
  create: (issue: IssueFields) => Promise<void>;
  status: SaveStatus;
  error: string | null;
  /** Holds saves and arriving versions while an IME composition is open (see useRecordDraft). */
  composition: { onCompositionStart: () => void; onCompositionEnd: () => void };
}

const BODY = ['body'] as const;

/** The brief of an issue: drafted from the issue's fields, then autosaved like any record draft. */
export function useBriefDraft(
  issueId: string,
  brief: BriefRecord | null,
  userTerms: readonly GlossaryEntry[],
): BriefDraft {
  const services = useServices();
  const { repos } = services;
  const { draft, edit, status, error, composition } = useRecordDraft(services, 'briefs', brief, BODY);

  const setBody = useCallback((body: string) => edit({ body }), [edit]);

  const create = useCallback(
    async (issue: IssueFields) => {
      // Drafted in the analysis worker (sentence splitting stays off the main thread); the live
      // query hands the new record to the draft once it is committed.
      const body = await draftInWorker(issue, userTerms);
      await repos.briefs.create({ issueId, title: issue.title, body });
    },
    [repos, issueId, userTerms],
  );

  return { body: draft?.body ?? null, setBody, create, status, error, composition };
}
