/**
 * 議事メモ through the export pipeline: the same sections become a print document (PDF, BIZ
 * UDPGothic embedded) or a Markdown file with front matter. Records are read fresh, so an export
 * shows what is saved.
 */
import {
  minutesFrontMatter,
  minutesMarkdown,
  minutesSections,
  type MinutesLabels,
} from '../../../../common/council';
import type { SaveResult } from '../../../../common/ipc/contract';
import { downloadMarkdown, exportPrintDocPdf, type PrintDoc } from '../export';
import { href } from '../../navigation/router';
import type { Services } from '../../services/services';
import { noteEntry, sessionInfo } from './sessionInfo';

type Deps = Pick<Services, 'repos' | 'platform'>;

async function load({ repos }: Deps, id: string) {
  const record = await repos.councilSessions.get(id);
  if (!record) throw new Error(id);
  const notes = (await repos.notes.findBy('sessionId', id)).map(noteEntry);
  const issues = new Map(
    (await repos.issues.list())
      .filter((i) => notes.some((n) => n.issueId === i.id))
      .map((i) => [i.id, { title: i.title, href: href('issues', i.id) }]),
  );
  return { session: sessionInfo(record), notes, issues };
}

export async function councilPrintDoc(
  deps: Deps,
  id: string,
  l: MinutesLabels,
  appName: string,
  lang: 'ja' | 'en',
): Promise<PrintDoc> {
  const { session, notes, issues } = await load(deps, id);
  const title = session.title.trim() || l.untitled;
  return {
    lang,
    kind: l.minutes,
    title,
    fileName: `${title} ${l.minutes}`, // as the Markdown file is named
    fields: [],
    sections: minutesSections(session, notes, l, issues),
    headerLeft: appName,
    headerRight: title,
  };
}

export async function exportCouncilPdf(
  deps: Deps,
  id: string,
  l: MinutesLabels,
  appName: string,
  lang: 'ja' | 'en',
): Promise<SaveResult> {
  return exportPrintDocPdf(deps, await councilPrintDoc(deps, id, l, appName, lang));
}

export async function exportCouncilMarkdown(deps: Deps, id: string, l: MinutesLabels): Promise<string> {
  const { session, notes, issues } = await load(deps, id);
  const kind = session.kind === 'committee' ? l.committee : l.plenary;
  const text = `${minutesFrontMatter(session, kind)}\n${minutesMarkdown(session, notes, l, issues)}`;
  return downloadMarkdown(text, `${session.title || l.untitled} ${l.minutes}`, 'minutes');
}
