import { CouncilPage, CouncilSessionPage } from '../features/council';
import { IssueWorkspacePage } from '../features/briefs';
import { GlossaryPage } from '../features/glossary';
import { IssuesPage } from '../features/issues';
import { SearchPage } from '../features/search';
import { SettingsPage } from '../features/settings';
import { PresenterPage, WorkshopPage, WorkshopsPage } from '../features/workshops';
import { AppShell } from './AppShell';
import { useFocusHeadingOnNavigate } from '../navigation/focusOnNavigate';
import { href, sectionOf, useRoute, type Route } from '../navigation/router';
import { PageErrorBoundary } from '../ui/PageErrorBoundary';
import { useTextLimitGuard } from '../ui/useTextLimitGuard';

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'issues':
      return <IssuesPage />;
    case 'issue':
      return <IssueWorkspacePage id={route.id} />;
    case 'glossary':
      return <GlossaryPage />;
    case 'workshops':
    case 'present':
      return <WorkshopsPage />;
    case 'workshop':
      return <WorkshopPage id={route.id} view={route.view} />;
    case 'council':
      return <CouncilPage />;
    case 'councilSession':
      return <CouncilSessionPage id={route.id} noteId={route.note} />;
    case 'search':
      return <SearchPage />;
    case 'settings':
      return <SettingsPage at={route.at} />;
  }
}

export function App() {
  const route = useRoute();
  const routeKey = JSON.stringify(route);
  useFocusHeadingOnNavigate(routeKey);
  // Every field, the projector view's included: an oversized paste is refused before it goes in.
  useTextLimitGuard();
  // The projector view has no app chrome (navigation, sync indicator): only the run.
  if (route.page === 'present') return <PresenterPage id={route.id} />;
  return (
    <AppShell current={sectionOf(route)}>
      {/* Keyed by route: moving to another page leaves a broken one behind. */}
      <PageErrorBoundary key={routeKey} homeHref={href('issues')}>
        <Page route={route} />
      </PageErrorBoundary>
    </AppShell>
  );
}
