// Contract of the fake GitHub's Actions secrets endpoints (repository and environment), driven
// through Octokit and sealed with libsodium as GitHub's docs show.
import { Octokit } from '@octokit/rest';
import sodium from 'libsodium-wrappers';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeGitHub, startFakeGitHub } from '../../tools/github-emulator/index.js';

const TOKEN = 'github_pat_fakeFineGrained0123456789';
const repo = { owner: 'acme', repo: 'campaign' };
// Octokit logs every 4xx; the refusal tests below expect them.
const log = { debug() {}, info() {}, warn: console.warn, error() {} };
const SECRET = 'p8e-Zx9_new-secret-value-0123456789abcd';

let gh: FakeGitHub;
let octokit: Octokit;

beforeAll(() => sodium.ready);
beforeEach(async () => {
  gh = await startFakeGitHub({ ...repo, token: TOKEN, environments: ['Production', 'prod/eu'] });
  octokit = new Octokit({ auth: TOKEN, baseUrl: gh.url, log, request: { retries: 0 } });
});
afterEach(() => gh.close());

function seal(value: string, base64Key: string): string {
  const key = sodium.from_base64(base64Key, sodium.base64_variants.ORIGINAL);
  const sealed = sodium.crypto_box_seal(sodium.from_string(value), key);
  return sodium.to_base64(sealed, sodium.base64_variants.ORIGINAL);
}

/** Gets the public key, seals `value` with it and PUTs it: the way a client stores a secret. */
async function putSecret(name: string, value: string, environment?: string) {
  const env = environment === undefined ? undefined : { ...repo, environment_name: environment };
  const { data: key } = env
    ? await octokit.rest.actions.getEnvironmentPublicKey(env)
    : await octokit.rest.actions.getRepoPublicKey(repo);
  const body = { secret_name: name, encrypted_value: seal(value, key.key), key_id: key.key_id };
  return env
    ? octokit.rest.actions.createOrUpdateEnvironmentSecret({ ...env, ...body })
    : octokit.rest.actions.createOrUpdateRepoSecret({ ...repo, ...body });
}

const putRepoSecret = (name: string, value: string) => putSecret(name, value);
const putEnvSecret = (environment: string, name: string, value: string) =>
  putSecret(name, value, environment);

/** The status of a call that is expected to fail. */
async function statusOf(call: Promise<unknown>): Promise<number> {
  try {
    await call;
    return 200;
  } catch (error) {
    return (error as { status: number }).status;
  }
}

describe('repository secrets', () => {
  it('serves a base64 X25519 public key; PUT creates (201) then updates (204)', async () => {
    const { status, data } = await octokit.rest.actions.getRepoPublicKey(repo);
    expect(status).toBe(200);
    expect(data.key_id).toMatch(/^\d+$/);
    expect(sodium.from_base64(data.key, sodium.base64_variants.ORIGINAL)).toHaveLength(32);

    const created = await putRepoSecret('adobe_client_secret', 'first');
    expect(created.status).toBe(201);
    expect(created.data).toEqual({});
    const updated = await putRepoSecret('ADOBE_CLIENT_SECRET', SECRET);
    expect(updated.status).toBe(204);

    expect(gh.actionsSecrets).toEqual([
      expect.objectContaining({
        name: 'ADOBE_CLIENT_SECRET',
        environment: null,
        keyId: data.key_id,
      }),
    ]);
    expect(await gh.openSecret('adobe_client_secret')).toBe(SECRET);
    const raw = gh.requests.filter((r) => r.method === 'PUT').map((r) => r.body);
    expect(raw.join('\n')).not.toContain(SECRET);
  });

  it('updates a seeded secret with 204', async () => {
    await gh.seedSecret('ADOBE_CLIENT_SECRET', 'old');
    expect(await gh.openSecret('ADOBE_CLIENT_SECRET')).toBe('old');
    expect((await putRepoSecret('ADOBE_CLIENT_SECRET', SECRET)).status).toBe(204);
    expect(await gh.openSecret('ADOBE_CLIENT_SECRET')).toBe(SECRET);
    expect(await gh.openSecret('NEVER_SET')).toBeUndefined();
  });
});

describe('environment secrets', () => {
  it('keeps a key and secrets per environment, apart from the repository', async () => {
    const repoKey = (await octokit.rest.actions.getRepoPublicKey(repo)).data;
    const envKey = (
      await octokit.rest.actions.getEnvironmentPublicKey({
        ...repo,
        environment_name: 'production',
      })
    ).data;
    expect(envKey.key_id).not.toBe(repoKey.key_id);
    expect(envKey.key).not.toBe(repoKey.key);

    expect((await putEnvSecret('production', 'ADOBE_CLIENT_SECRET', SECRET)).status).toBe(201);
    expect((await putEnvSecret('Production', 'ADOBE_CLIENT_SECRET', SECRET)).status).toBe(204);
    expect((await putEnvSecret('prod/eu', 'ADOBE_CLIENT_SECRET', 'eu')).status).toBe(201);
    expect(gh.requests.at(-1)?.path).toBe(
      '/repos/acme/campaign/environments/prod%2Feu/secrets/ADOBE_CLIENT_SECRET',
    );

    expect(await gh.openSecret('ADOBE_CLIENT_SECRET', 'PRODUCTION')).toBe(SECRET);
    expect(await gh.openSecret('ADOBE_CLIENT_SECRET', 'prod/eu')).toBe('eu');
    expect(await gh.openSecret('ADOBE_CLIENT_SECRET')).toBeUndefined();
    expect(gh.actionsSecrets.map((s) => s.environment)).toEqual(['Production', 'prod/eu']);
  });

  it('answers 404 for an unknown environment and another repository', async () => {
    const unknown = { ...repo, environment_name: 'staging' };
    expect(await statusOf(octokit.rest.actions.getEnvironmentPublicKey(unknown))).toBe(404);
    const put = octokit.rest.actions.createOrUpdateEnvironmentSecret({
      ...unknown,
      secret_name: 'X',
      encrypted_value: 'AAAA',
      key_id: '1',
    });
    expect(await statusOf(put)).toBe(404);
    const other = octokit.rest.actions.getRepoPublicKey({ owner: 'acme', repo: 'other' });
    expect(await statusOf(other)).toBe(404);
    await expect(gh.seedSecret('X', 'v', 'staging')).rejects.toThrow(/staging/);
  });
});

describe('permissions and refusals', () => {
  it('answers 403 to a token that may not write secrets, as for GITHUB_TOKEN', async () => {
    gh.setCanWriteSecrets(false);
    const { data: key } = await octokit.rest.actions.getRepoPublicKey(repo);
    const res = await fetch(`${gh.url}/repos/acme/campaign/actions/secrets/ADOBE_CLIENT_SECRET`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ encrypted_value: seal(SECRET, key.key), key_id: key.key_id }),
    });
    expect(res.status).toBe(403);
    expect(res.headers.get('x-accepted-github-permissions')).toBe('secrets=write');
    expect(await res.json()).toMatchObject({ message: 'Resource not accessible by integration' });
    expect(await statusOf(putEnvSecret('Production', 'ADOBE_CLIENT_SECRET', SECRET))).toBe(403);
    expect(gh.actionsSecrets).toEqual([]);

    gh.setCanWriteSecrets(true);
    expect((await putRepoSecret('ADOBE_CLIENT_SECRET', SECRET)).status).toBe(201);
  });

  it('answers 401 to a wrong token on the secrets paths', async () => {
    const intruder = new Octokit({ auth: 'ghs_wrong', baseUrl: gh.url, log });
    expect(await statusOf(intruder.rest.actions.getRepoPublicKey(repo))).toBe(401);
  });

  it('answers 422 to bad names, missing fields, a wrong key and values that do not open', async () => {
    const { data: key } = await octokit.rest.actions.getRepoPublicKey(repo);
    const envKey = (
      await octokit.rest.actions.getEnvironmentPublicKey({
        ...repo,
        environment_name: 'Production',
      })
    ).data;
    const put = (name: string, body: Record<string, unknown>) =>
      fetch(`${gh.url}/repos/acme/campaign/actions/secrets/${name}`, {
        method: 'PUT',
        headers: { authorization: `token ${TOKEN}` },
        body: JSON.stringify(body),
      }).then((res) => res.status);
    const good = { encrypted_value: seal(SECRET, key.key), key_id: key.key_id };
    expect(await put('1ST', good)).toBe(422);
    expect(await put('GITHUB_SECRET', good)).toBe(422);
    expect(await put('BAD-NAME', good)).toBe(422);
    expect(await put('OK', { encrypted_value: good.encrypted_value })).toBe(422);
    expect(await put('OK', { key_id: key.key_id })).toBe(422);
    expect(await put('OK', { ...good, key_id: envKey.key_id })).toBe(422);
    expect(await put('OK', { ...good, encrypted_value: seal(SECRET, envKey.key) })).toBe(422);
    expect(await put('OK', { ...good, encrypted_value: 'not base64!' })).toBe(422);
    expect(
      await put('OK', { ...good, encrypted_value: seal('x'.repeat(48 * 1024 + 1), key.key) }),
    ).toBe(422);
    const broken = await fetch(`${gh.url}/repos/acme/campaign/actions/secrets/OK`, {
      method: 'PUT',
      headers: { authorization: `token ${TOKEN}` },
      body: '{',
    });
    expect(broken.status).toBe(400);
    expect(gh.actionsSecrets).toEqual([]);
    expect(await put('OK', good)).toBe(201);
  });
});

describe('faults', () => {
  it('serves 5xx faults and resets, then resumes', async () => {
    gh.injectFault({ method: 'PUT', path: /\/secrets\//, times: 2, response: { status: 502 } });
    expect(await statusOf(putRepoSecret('ADOBE_CLIENT_SECRET', SECRET))).toBe(502);
    expect(await statusOf(putRepoSecret('ADOBE_CLIENT_SECRET', SECRET))).toBe(502);
    expect(gh.actionsSecrets).toEqual([]);
    gh.injectFault({
      path: '/repos/acme/campaign/actions/secrets/public-key',
      response: { kind: 'reset' },
    });
    await expect(octokit.rest.actions.getRepoPublicKey(repo)).rejects.toThrow();
    expect((await putRepoSecret('ADOBE_CLIENT_SECRET', SECRET)).status).toBe(201);
  });
});
