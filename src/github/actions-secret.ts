// Stores the rotated client secret as a GitHub Actions secret, the way GitHub's REST docs
// describe it: read the repository's (or an environment's) public key, seal the value
// with libsodium's sealed box, and PUT it. libsodium loads only here, in rotate mode.
import type { Octokit } from '@octokit/rest';
import type { BoundedFetch } from '../common/bounded-fetch.js';
import { ActionError } from '../common/errors.js';
import { inputRef } from '../common/input-ref.js';
import { matching, record } from '../common/shape.js';
import type { GitHubSecretSettings } from '../inputs/settings.js';
import { describeGitHubFailure, type FailureWords, readGitHub } from './answers.js';
import { createOctokit, splitRepository } from './octokit.js';

export interface SecretTarget extends GitHubSecretSettings {
  /** owner/repo, from GITHUB_REPOSITORY. */
  repository: string;
}

/** Where the secret goes: this run's repository, through the runner's API URL by default. */
export function secretTarget(
  secret: GitHubSecretSettings,
  env: Record<string, string | undefined>,
): SecretTarget {
  const repository = env.GITHUB_REPOSITORY ?? '';
  if (!/^[^/\s]+\/[^/\s]+$/.test(repository)) {
    throw new ActionError(
      `${inputRef('github-secret-name')} needs the repository (GITHUB_REPOSITORY) of a GitHub Actions run.`,
    );
  }
  const apiUrl = secret.apiUrl || env.GITHUB_API_URL || 'https://api.github.com';
  return { ...secret, apiUrl, repository };
}

const PUBLIC_KEY = record({
  key_id: matching(/^[\x21-\x7e]{1,200}$/, 'a key id'),
  key: matching(/^[A-Za-z0-9+/]{43}=$/, 'a base64 X25519 public key'),
});

function words(target: SecretTarget): FailureWords {
  const where = target.environment
    ? `the environment's secrets (Environments: write)`
    : 'Actions secrets (Secrets: write)';
  return {
    403: `the token may not write ${where} (HTTP 403): set ${inputRef('github-token')} to a fine-grained personal access token or a GitHub App token with that permission; the default github.token cannot write secrets.`,
    404: `GitHub shows the token no ${target.environment ? `environment ${JSON.stringify(target.environment)} in ` : ''}repository ${target.repository} (HTTP 404): check ${target.environment ? `${inputRef('github-secret-environment')}, ` : ''}${inputRef('github-api-url')} and the token's repository access.`,
    422: `GitHub refused the secret (HTTP 422): check ${inputRef('github-secret-name')}.`,
  };
}

const client = (target: SecretTarget, http: BoundedFetch): Octokit =>
  createOctokit({ token: target.token, apiUrl: target.apiUrl, fetch: http.fetch });

async function publicKey(octokit: Octokit, target: SecretTarget) {
  const { owner, repo } = splitRepository(target.repository);
  const answer = target.environment
    ? await octokit.rest.actions.getEnvironmentPublicKey({
        owner,
        repo,
        environment_name: target.environment,
      })
    : await octokit.rest.actions.getRepoPublicKey({ owner, repo });
  return readGitHub(PUBLIC_KEY, answer.data, 'the public key');
}

/** Fails early, before anything changes at Adobe, when the target cannot be reached. */
export async function checkSecretTarget(target: SecretTarget, http: BoundedFetch): Promise<void> {
  try {
    await publicKey(client(target, http), target);
  } catch (error) {
    throw new ActionError(
      `GitHub secret ${target.name} cannot be written: ${describeGitHubFailure(error, words(target))}`,
    );
  }
}

export async function storeSecret(
  target: SecretTarget,
  value: string,
  http: BoundedFetch,
): Promise<void> {
  const octokit = client(target, http);
  const { owner, repo } = splitRepository(target.repository);
  try {
    const key = await publicKey(octokit, target);
    const sodium = (await import('libsodium-wrappers')).default;
    await sodium.ready;
    const sealed = sodium.to_base64(
      sodium.crypto_box_seal(
        sodium.from_string(value),
        sodium.from_base64(key.key, sodium.base64_variants.ORIGINAL),
      ),
      sodium.base64_variants.ORIGINAL,
    );
    const secret = {
      owner,
      repo,
      secret_name: target.name,
      encrypted_value: sealed,
      key_id: key.key_id,
    };
    if (target.environment) {
      await octokit.rest.actions.createOrUpdateEnvironmentSecret({
        ...secret,
        environment_name: target.environment,
      });
    } else {
      await octokit.rest.actions.createOrUpdateRepoSecret(secret);
    }
  } catch (error) {
    throw new ActionError(
      `GitHub secret ${target.name} was not updated: ${describeGitHubFailure(error, words(target))}`,
    );
  }
}
