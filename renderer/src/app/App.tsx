import { CouncilPage } from '../features/council';
import { IssueWorkspacePage } from '../features/briefs';
import { GlossaryPage } from '../features/glossary';
import { IssuesPage } from '../features/issues';
import { SearchPage } from '../features/search';
import { SettingsPage } from '../features/settings';
import { WorkshopsPage } from '../features/workshops';
import { AppShell } from './AppShell';
import { href, sectionOf, useRoute, type Route } from '../navigation/router';
import { PageErrorBoundary } from '../ui/PageErrorBoundary';

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'issues':
      return <IssuesPage />;
    case 'issue':
      return <IssueWorkspacePage id={route.id} />;
    case 'glossary':
      return <GlossaryPage />;
    case 'workshops':
    case 'workshop':
    case 'present':
      return <WorkshopsPage />;
    case 'council':
    case 'councilSession':
      return <CouncilPage />;
    case 'search':
      return <SearchPage />;
    case 'settings':
      return <SettingsPage />;
  }
}

export function App() {
  const route = useRoute();
  return (
    <AppShell current={sectionOf(route)}>
      {/* Keyed by route: moving to another page leaves a broken one behind. */}
      <PageErrorBoundary key={JSON.stringify(route)} homeHref={href('issues')}>
        <Page route={route} />
      </PageErrorBoundary>
    </AppShell>
  );
}
