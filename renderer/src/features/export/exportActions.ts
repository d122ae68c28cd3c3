/**
 * What the export menu does, apart from React: load the records, build the document, hand it to
 * the host. Every function reads the records fresh, so an export always shows the saved state.
 */
import { briefMarkdown } from '../../../../common/export/frontMatter';
import { downloadFileName } from '../../../../common/export/fileName';
import { markdownToPlainText } from '../../../../common/export/plainText';
import type { SaveResult } from '../../../../common/ipc/contract';
import type { Services } from '../../services/services';
import { downloadBlob } from './download';
import { bundledFonts } from './fonts';
import type { PrintDoc } from './PrintDocument';
import { agendaPrintDoc, briefPrintDoc, minutesPrintDoc, type PrintLabels } from './printDocs';
import { buildPrintHtml } from './printHtml';

type Deps = Pick<Services, 'repos' | 'platform'>;

export class ExportNotFoundError extends Error {}

async function loadBrief({ repos }: Deps, id: string) {
  const brief = await repos.briefs.get(id);
  if (!brief) throw new ExportNotFoundError(id);
  const issue = brief.issueId ? await repos.issues.get(brief.issueId) : undefined;
  return { brief, issue };
}

/**
 * The print document of a brief as HTML.
 * @param inline embed the font slices (for a file to keep) instead of linking the bundled files
 */
export async function briefPrintHtml(
  deps: Deps,
  id: string,
  labels: PrintLabels,
  inline = false,
): Promise<{ html: string; doc: PrintDoc }> {
  const { brief, issue } = await loadBrief(deps, id);
  const doc = briefPrintDoc(brief, issue, labels, new Date());
  return { html: await buildPrintHtml(doc, bundledFonts(inline ? 'inline' : 'auto')), doc };
}

/**
 * Prints a document to PDF through the host: Electron saves a PDF; web mode downloads the same
 * print document (fonts inlined, so it opens offline) and opens the browser's print dialog.
 */
async function savePdf(
  deps: Deps,
  build: (inline: boolean) => Promise<{ html: string; doc: PrintDoc }>,
): Promise<SaveResult> {
  const { shell } = await deps.platform['app:info']();
  const { html, doc } = await build(shell === 'web');
  return deps.platform['pdf:save']({ html, suggestedName: doc.fileName ?? doc.title });
}

export function exportBriefPdf(deps: Deps, id: string, labels: PrintLabels): Promise<SaveResult> {
  return savePdf(deps, (inline) => briefPrintHtml(deps, id, labels, inline));
}

export async function exportWorkshopPdf(
  deps: Deps,
  id: string,
  kind: 'agenda' | 'minutes',
  labels: PrintLabels,
): Promise<SaveResult> {
  const workshop = await deps.repos.workshops.get(id);
  if (!workshop) throw new ExportNotFoundError(id);
  const [items, actions, ideas] = await Promise.all([
    deps.repos.agendaItems.list(),
    deps.repos.actionItems.list(),
    deps.repos.ideas.list(),
  ]);
  const mine = <R extends { workshopId: string }>(rows: R[]) => rows.filter((r) => r.workshopId === id);
  const now = new Date();
  const doc =
    kind === 'agenda'
      ? agendaPrintDoc(workshop, mine(items), labels, now)
      : minutesPrintDoc(workshop, mine(actions), mine(ideas), labels, now, mine(items));
  return savePdf(deps, async (inline) => ({
    html: await buildPrintHtml(doc, bundledFonts(inline ? 'inline' : 'auto')),
    doc,
  }));
}

/** Any print document to PDF through the host (features with their own documents, e.g. 議事メモ). */
export function exportPrintDocPdf(deps: Deps, doc: PrintDoc): Promise<SaveResult> {
  return savePdf(deps, async (inline) => ({
    html: await buildPrintHtml(doc, bundledFonts(inline ? 'inline' : 'auto')),
    doc,
  }));
}

/** Offers Markdown text as a .md download named after `title`; returns the file name. */
export function downloadMarkdown(text: string, title: string, fallback: string): string {
  const fileName = downloadFileName(title, 'md', fallback);
  downloadBlob(new Blob([text], { type: 'text/markdown;charset=utf-8' }), fileName);
  return fileName;
}

/** Downloads the brief as Markdown with YAML front matter. */
export async function exportBriefMarkdown(deps: Deps, id: string, untitled: string): Promise<string> {
  const { brief, issue } = await loadBrief(deps, id);
  const title = brief.title.trim() || issue?.title.trim() || untitled;
  const text = briefMarkdown(
    {
      id: brief.id,
      title,
      municipality: issue?.municipalityName ?? '',
      department: issue?.department ?? '',
      status: issue?.status ?? '',
      updatedAt: brief.updatedAt,
    },
    brief.body,
  );
  const fileName = downloadFileName(title, 'md', 'brief');
  downloadBlob(new Blob([text], { type: 'text/markdown;charset=utf-8' }), fileName);
  return fileName;
}

/** The brief as plain text for an email: title line, then the body without markdown marks. */
export async function briefPlainText(deps: Deps, id: string, untitled: string): Promise<string> {
  const { brief, issue } = await loadBrief(deps, id);
  const title = brief.title.trim() || issue?.title.trim() || untitled;
  const org = [issue?.municipalityName, issue?.department].filter(Boolean).join(' ');
  return `${title}\n${org ? `${org}\n` : ''}\n${markdownToPlainText(brief.body)}`;
}
