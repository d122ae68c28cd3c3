import { useCallback, useState } from 'react';
import { draftBrief } from '../../../../common/brief';
import type { BriefRecord, IssueFields } from '../../../../common/records/types';
import { useServices } from '../../app/services';
import { useAutosave, type SaveStatus } from '../../ui/useAutosave';

export interface BriefDraft {
  /** The markdown being edited, or null when the issue has no brief yet. */
  body: string | null;
  setBody: (body: string) => void;
  create: (issue: IssueFields) => Promise<void>;
  status: SaveStatus;
  error: string | null;
}

/** The brief of an issue: created from a draft of the issue's fields, then autosaved. */
export function useBriefDraft(issueId: string, brief: BriefRecord | null): BriefDraft {
  const { repos } = useServices();
  const [body, setBodyState] = useState<string | null>(brief?.body ?? null);
  const [briefId, setBriefId] = useState<string | null>(brief?.id ?? null);
  const autosave = useAutosave<string>(async (value) => {
    if (briefId) await repos.briefs.update(briefId, { body: value });
  });
  const { change } = autosave;

  const setBody = useCallback(
    (value: string) => {
      setBodyState(value);
      change(value);
    },
    [change],
  );

  const create = useCallback(
    async (issue: IssueFields) => {
      const markdown = draftBrief(issue);
      const created = await repos.briefs.create({ issueId, title: issue.title, body: markdown });
      setBriefId(created.id);
      setBodyState(markdown);
    },
    [repos, issueId],
  );

  return { body, setBody, create, status: autosave.status, error: autosave.error };
}
