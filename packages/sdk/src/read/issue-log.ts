/** Collects issues for one read: counts every one, keeps the first `maxIssues`, forwards each to `onIssue`. */
import type { Locale, Params } from '@netweave/model';
import { rowIssue } from '../issue.js';
import type { IssueSeverity, ReadStats, RowIssue } from '../types.js';

export interface IssueLog {
  readonly issues: RowIssue[];
  readonly stats: ReadStats;
  add(row: number, column: string, code: string, severity: IssueSeverity, params?: Params): RowIssue;
}

export function createIssueLog(
  file: string,
  options: { locale?: Locale; maxIssues?: number; onIssue?: (issue: RowIssue) => void } = {},
): IssueLog {
  const issues: RowIssue[] = [];
  const max = options.maxIssues ?? 1000;
  const stats: ReadStats = {
    rows: 0,
    accepted: 0,
    rejected: 0,
    duplicates: 0,
    errors: 0,
    warnings: 0,
    stopped: false,
  };
  return {
    issues,
    stats,
    add(row, column, code, severity, params = {}) {
      const issue = rowIssue(file, row, column, code, severity, params, options.locale);
      if (severity === 'error') stats.errors += 1;
      else if (severity === 'warning') stats.warnings += 1;
      if (issues.length < max) issues.push(issue);
      options.onIssue?.(issue);
      return issue;
    },
  };
}
