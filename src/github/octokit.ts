// The one way this action builds an Octokit: through the run's bounded fetch (proxy,
// deadline, retries), with its own log silenced, since it would print request details.
import { Octokit } from '@octokit/rest';

export interface GitHubClientOptions {
  token: string;
  apiUrl: string;
  fetch: typeof globalThis.fetch;
  /** Octokit's own warnings (deprecations), when they are worth showing. */
  warn?: (message: string) => void;
}

export function createOctokit({ token, apiUrl, fetch, warn }: GitHubClientOptions): Octokit {
  const silent = () => {};
  return new Octokit({
    auth: token,
    baseUrl: apiUrl,
    request: { fetch },
    userAgent: 'campaign-analytics-credentials',
    log: { debug: silent, info: silent, warn: warn ?? silent, error: silent },
  });
}

/** owner and repo of an owner/repo name. */
export function splitRepository(repository: string): { owner: string; repo: string } {
  const [owner = '', repo = ''] = repository.split('/');
  return { owner, repo };
}
