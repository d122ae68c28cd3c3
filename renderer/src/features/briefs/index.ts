export { IssueWorkspacePage } from './IssueWorkspacePage';
export { BriefPreview } from './BriefPreview';
