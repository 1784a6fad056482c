// GitHub's answers and failures, read through the one shape helper (common/shape.ts): the
// issue list and the created issue, and what a failed request means for the user, decided
// on the status and headers, never on GitHub's wording.

import { ActionError, describeFailure } from '../common/errors.js';
import { inputRef } from '../common/input-ref.js';
import { sanitise } from '../common/sanitise.js';
import {
  anything,
  listOf,
  optional,
  type Reader,
  readFields,
  readShape,
  record,
  text,
  wholeNumber,
} from '../common/shape.js';

const ISSUE_NUMBER = wholeNumber(1, Number.MAX_SAFE_INTEGER);

export const ISSUE_LIST = listOf(
  record({ number: ISSUE_NUMBER, body: optional(text), pull_request: optional(anything) }),
);

// GitHub lists labels as objects; its API also accepts (and older answers show) names.
const labelName: Reader<string | undefined> = (value, at) =>
  typeof value === 'string' ? value : record({ name: optional(text) })(value, at).name;
export const CREATED_ISSUE = record({ number: ISSUE_NUMBER, labels: listOf(labelName) });

/** Reads an answer, or stops the alert with what GitHub sent instead. */
export function readGitHub<T>(reader: Reader<T>, value: unknown, what: string): T {
  const read = readShape(reader, value);
  if (!read.ok) {
    throw new ActionError(
      `GitHub answered ${what} in a shape this action cannot read: ${read.problem}`,
    );
  }
  return read.value;
}

// What Octokit's RequestError carries: the status, and the response when there was one.
const FAILURE = {
  status: wholeNumber(0, 999),
  response: record({
    headers: record({
      'retry-after': optional(text),
      'x-ratelimit-remaining': optional(text),
    }),
    data: anything,
  }),
};

/** What to tell the user for a refusal, by HTTP status (the rest are said generically). */
export type FailureWords = Partial<Record<number, string>>;

/** Why a GitHub request failed, and what to do, decided on status and headers (pure). */
export function describeGitHubFailure(error: unknown, words: FailureWords): string {
  if (error instanceof ActionError) return error.message;
  const { value } = readFields(FAILURE, error);
  const { status, response } = value;
  if (!response || status === undefined) {
    // Octokit reports a request that got no answer as status 500 without a response.
    return `GitHub could not be reached (${describeFailure(error)}). Check the network path to GitHub (proxy settings: HTTPS_PROXY, NO_PROXY)`;
  }
  const said = readFields({ message: text }, response.data).value.message;
  const quote = said ? ` GitHub said: "${sanitise(said)}".` : '';
  const headers = response.headers;
  const rateLimited =
    status === 429 ||
    (status === 403 &&
      (headers['retry-after'] !== undefined || headers['x-ratelimit-remaining'] === '0'));
  if (rateLimited)
    return `GitHub kept rate-limiting the requests (HTTP ${status}) until the run's deadline: run again later.${quote}`;
  if (status >= 500)
    return `GitHub failed (HTTP ${status}), also after retries: run again later.${quote}`;
  if (status === 401)
    return `GitHub refused ${inputRef('github-token')} (HTTP 401): it is not a valid token.${quote}`;
  const specific = words[status];
  return `${specific ?? `GitHub refused the request (HTTP ${status}).`}${quote}`;
}

const ALERT_WORDS: FailureWords = {
  403: `the token lacks issues: write (HTTP 403): give the job permissions: issues: write, or set ${inputRef('github-token')} to a token that may write issues.`,
  404: `GitHub does not show this repository's issues to the token (HTTP 404): check ${inputRef('github-api-url')} and the token's repository access.`,
  410: `the repository has issues turned off (HTTP 410): turn them on, or remove ${inputRef('alert-issue')}.`,
};

/** Why the alert issue could not be updated, and what to do (pure, for tests). */
export const describeAlertFailure = (error: unknown) => describeGitHubFailure(error, ALERT_WORDS);
