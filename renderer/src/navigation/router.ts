/**
 * Hash routes, so the same build works from app://, a file path or a web server, and the
 * presenter window can open `#/present/…` (the one route Electron lets a new window load).
 */
import { useSyncExternalStore } from 'react';

export type Route =
  | { page: 'issues' }
  | { page: 'issue'; id: string }
  | { page: 'glossary' }
  | { page: 'workshops' }
  | { page: 'workshop'; id: string; view: WorkshopView }
  | { page: 'council' }
  | { page: 'councilSession'; id: string; note?: string }
  | { page: 'search' }
  /** `at`: the part of the page a link leads to (the conflict list). */
  | { page: 'settings'; at?: 'conflicts' }
  | { page: 'present'; id: string };

/** The views of one workshop (`#/workshops/<id>/<view>`). */
export type WorkshopView = 'plan' | 'run' | 'minutes';

function workshopView(value: string | undefined): WorkshopView {
  return value === 'run' || value === 'minutes' ? value : 'plan';
}

export type Section = 'issues' | 'workshops' | 'council' | 'search' | 'settings';

export function parseRoute(hash: string): Route {
  const [section = '', id, sub] = hash.replace(/^#\/?/, '').split('/');
  const param = id ? decodeURIComponent(id) : '';
  switch (section) {
    case 'issues':
      return param ? { page: 'issue', id: param } : { page: 'issues' };
    case 'workshops':
      return param ? { page: 'workshop', id: param, view: workshopView(sub) } : { page: 'workshops' };
    case 'council':
      if (!param) return { page: 'council' };
      return sub
        ? { page: 'councilSession', id: param, note: decodeURIComponent(sub) }
        : { page: 'councilSession', id: param };
    case 'search':
      return { page: 'search' };
    case 'glossary':
      return { page: 'glossary' };
    case 'settings':
      return param === 'conflicts' ? { page: 'settings', at: 'conflicts' } : { page: 'settings' };
    case 'present':
      return param ? { page: 'present', id: param } : { page: 'workshops' };
    default:
      return { page: 'issues' };
  }
}

export function sectionOf(route: Route): Section {
  switch (route.page) {
    case 'issue':
    case 'glossary':
      return 'issues';
    case 'workshop':
    case 'present':
      return 'workshops';
    case 'councilSession':
      return 'council';
    default:
      return route.page;
  }
}

export function href(section: Section | 'glossary', id?: string): string {
  return id ? `#/${section}/${encodeURIComponent(id)}` : `#/${section}`;
}

/** The unresolved sync conflicts on the settings page (focused when the page opens). */
export const conflictsHref = (): string => `${href('settings')}/conflicts`;

/** One note of a council session: the session's page, scrolled to the note and focusing it. */
export function noteHref(sessionId: string, noteId: string): string {
  return `${href('council', sessionId)}/${encodeURIComponent(noteId)}`;
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}

export function navigate(to: string): void {
  window.location.hash = to;
}
