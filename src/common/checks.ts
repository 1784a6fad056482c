export type CheckStatus = 'pass' | 'fail' | 'warn' | 'skip';

/** Where a failure is fixed in Admin Console, and the items to add there. */
export interface Fix {
  /** A product-profile group ("Report Suites", "Report Suite Tools") or "API credentials". */
  place: string;
  items: string[];
}

/** One row of the `checks` output and of the job summary. */
export interface Check {
  /** `kind` or `kind:<rsid>` for a row about one report suite. */
  id: string;
  status: CheckStatus;
  message: string;
  /** The product-profile item it proves, as Admin Console names it; none for other rows. */
  capability?: string;
  /** Only on rows fixed in Admin Console; not part of the `checks` output. */
  fix?: Fix;
}

export function failed(checks: Check[]): Check[] {
  return checks.filter((check) => check.status === 'fail');
}

export function countByStatus(checks: Check[]): Record<CheckStatus, number> {
  const counts: Record<CheckStatus, number> = { pass: 0, fail: 0, warn: 0, skip: 0 };
  for (const check of checks) counts[check.status]++;
  return counts;
}

/** The report suite a per-suite row (`kind:<rsid>`) is about. */
export function suiteOf(check: Check): { kind: string; rsid: string } | undefined {
  const colon = check.id.indexOf(':');
  return colon > 0
    ? { kind: check.id.slice(0, colon), rsid: check.id.slice(colon + 1) }
    : undefined;
}
