export { IssuesPage } from './IssuesPage';
export { IssueDetailPage } from './IssueDetailPage';
export { newIssueFields } from './newIssue';
