/** The commands the palette runs; they live here because each belongs to another feature. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { newIssueFields } from '../features/issues';
import type { PaletteCommand } from '../features/search';
import { href, navigate } from '../navigation/router';
import { useServices } from '../services/services';

export function usePaletteCommands(): PaletteCommand[] {
  const { t } = useTranslation();
  const { repos } = useServices();
  return useMemo(
    () => [
      {
        id: 'newIssue',
        label: t('search.palette.newIssue'),
        run: async () => {
          const issue = await repos.issues.create(newIssueFields(''));
          navigate(href('issues', issue.id));
        },
      },
      { id: 'newNote', label: t('search.palette.newNote'), run: () => navigate(href('council')) },
      { id: 'settings', label: t('search.palette.openSettings'), run: () => navigate(href('settings')) },
      { id: 'search', label: t('search.palette.openSearch'), run: () => navigate(href('search')) },
      { id: 'issues', label: t('search.palette.openIssues'), run: () => navigate(href('issues')) },
      { id: 'glossary', label: t('search.palette.openGlossary'), run: () => navigate(href('glossary')) },
      { id: 'workshops', label: t('search.palette.openWorkshops'), run: () => navigate(href('workshops')) },
      { id: 'council', label: t('search.palette.openCouncil'), run: () => navigate(href('council')) },
    ],
    [t, repos],
  );
}
