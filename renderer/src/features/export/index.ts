/** Export feature: PDF / Markdown / text of briefs, agendas and minutes, and full backups. */
export { ExportMenu, type ExportMenuProps } from './ExportMenu';
export { BackupSection } from './BackupSection';
export { BriefExportSection } from './BriefExportSection';
export { PrintDocument, type PrintDoc, type PrintSection } from './PrintDocument';
export { buildPrintHtml } from './printHtml';
export { remarkLineBreaks } from './remarkLineBreaks';
export { downloadBlob } from './download';
export { bundledFonts, PRINT_FONT_FAMILY, type FontProvider } from './fonts';
export { exportPrintDocPdf, downloadMarkdown } from './exportActions';
export { agendaPrintDoc, briefPrintDoc, minutesPrintDoc, type PrintLabels } from './printDocs';
