// The GitHub-only inputs: the alert issue, and the Actions secret a rotation stores the
// new client secret in. One token serves both, so it is read (and required) once.
import { describe, type InputReader } from '../common/input-reader.js';
import { inputRef } from '../common/input-ref.js';
import type { AlertSettings, GitHubSecretSettings, Mode } from './settings.js';

// GitHub's rules for secret names: letters, digits and "_", not starting with a digit or
// with GITHUB_ (compared case-insensitively).
const SECRET_NAME = /^(?!GITHUB_)[A-Z_][A-Z0-9_]*$/i;
// Environment names are at most 255 characters, case-insensitive and unique per repository.
const ENVIRONMENT = /^[^\p{Cc}]{1,255}$/u;

export function readGitHub(
  r: InputReader,
  mode: Mode,
): { alert: AlertSettings | undefined; githubSecret: GitHubSecretSettings | undefined } {
  const label = r.text('alert-issue');
  const apiUrl = r.text('github-api-url').replace(/\/+$/, '');
  if (apiUrl !== '') r.url('github-api-url', apiUrl);
  if (label !== '' && (label.length > 50 || /[,\r\n]/.test(label))) {
    r.problem(
      'alert-issue',
      'invalid',
      `must be one GitHub label name (at most 50 characters, no comma); got ${describe(label)}`,
    );
  }

  const name = r.text('github-secret-name');
  const environment = r.text('github-secret-environment');
  if (name !== '' && !SECRET_NAME.test(name)) {
    r.problem(
      'github-secret-name',
      'invalid',
      `must be a GitHub Actions secret name: letters, digits and "_", not starting with a digit or GITHUB_; got ${describe(name)}`,
    );
  }
  if (environment !== '' && !ENVIRONMENT.test(environment)) {
    r.problem(
      'github-secret-environment',
      'invalid',
      'must be an environment name of at most 255 characters, on one line',
    );
  }
  if (environment !== '' && name === '') {
    r.problem(
      'github-secret-environment',
      'conflict',
      `needs ${inputRef('github-secret-name')}: the secret to update in that environment`,
    );
  }
  const storesSecret = mode === 'rotate' && name !== '';
  if (name !== '' && mode !== 'rotate') {
    r.warnings.push(
      `${inputRef('github-secret-name')} is only used by ${inputRef('mode', 'rotate')}; it is ignored.`,
    );
  }

  // Read only when used: unused, it may hold an unexpanded ${{ github.token }} (local-action).
  if (label === '' && !storesSecret) return { alert: undefined, githubSecret: undefined };
  const token = r.secret(
    'github-token',
    true,
    storesSecret
      ? 'a token that may write Actions secrets (a fine-grained token or a GitHub App token with secrets: write, or environments: write for an environment; the default github.token cannot)'
      : 'a token that may write issues (the default github.token, with permissions: issues: write)',
  );
  return {
    alert: label === '' ? undefined : { label, token, apiUrl },
    githubSecret: storesSecret
      ? { name, environment: environment || undefined, token, apiUrl }
      : undefined,
  };
}
