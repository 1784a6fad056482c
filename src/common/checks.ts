export type CheckStatus = 'pass' | 'fail' | 'warn' | 'skip';

/** One row of the `checks` output and of the job summary. */
export interface Check {
  id: string;
  status: CheckStatus;
  message: string;
}

export function failed(checks: Check[]): Check[] {
  return checks.filter((check) => check.status === 'fail');
}
