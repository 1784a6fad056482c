// Contract of the emulator's Developer Console secrets API (adobe-facts §8): the documented
// list, add and delete, the SDK spec's variants, and the I/O Management scopes at IMS.
import { describe, expect, it } from 'vitest';
import { consoleDate } from '../../tools/adobe-emulator/console.js';
import {
  generateCredential,
  IO_MANAGEMENT_SCOPES,
  rotationInputs,
} from '../../tools/adobe-emulator/index.js';
import { type Json, listed, ROTATION_SCOPES, useConsoleEmulator } from '../support/console.js';

const { emulator, rotatable, imsToken, tokenFor, list, add, remove } = useConsoleEmulator();

describe('credentials and IMS scopes', () => {
  it('generates numeric Console ids, distinct from the @AdobeOrg id, without I/O Management', () => {
    const { credential } = generateCredential();
    expect(credential.console?.orgId).toMatch(/^\d{5}$/);
    expect(credential.console?.credentialId).toMatch(/^\d{6}$/);
    expect(credential.console?.ioManagementApi).toBeUndefined();
  });

  it('grants the I/O Management scopes only to a project subscribed to the API', async () => {
    const plain = generateCredential().credential;
    emulator().addCredential(plain);
    const refused = await imsToken(plain, plain.clientSecrets[0] ?? '');
    expect(refused).toMatchObject({ status: 400, body: { error: 'invalid_scope' } });

    const { credential } = rotatable();
    for (const scope of [ROTATION_SCOPES, 'additional_info.roles,ent_adobeio_sdk']) {
      expect((await imsToken(credential, credential.clientSecrets[0] ?? '', scope)).status).toBe(
        200,
      );
    }
    expect(IO_MANAGEMENT_SCOPES).toEqual(
      expect.arrayContaining(['adobeio_api', 'read_client_secret', 'manage_client_secrets']),
    );
  });

  it('gives the rotate mode its inputs', () => {
    const generated = rotatable();
    const { credential } = generated;
    expect(rotationInputs(generated, emulator())).toMatchObject({
      'client-id': credential.clientId,
      'client-secret': credential.clientSecrets[0],
      'console-org-id': credential.console?.orgId,
      'credential-id': credential.console?.credentialId,
      'console-endpoint': emulator().url,
    });
  });
});

describe('list (GET …/secrets)', () => {
  it('answers the documented shape: client_id, ms strings, PERMANENT, no secret value', async () => {
    const { credential } = rotatable();
    const before = Date.now();
    const call = await list(credential);
    expect(call.status).toBe(200);
    expect(call.body?.client_id).toBe(credential.clientId);
    const [secret, ...others] = listed(call);
    expect(others).toEqual([]);
    expect(Object.keys(secret ?? {}).sort()).toEqual([
      'created_at',
      'created_at_str',
      'expires_at',
      'expires_at_str',
      'secret_usages',
      'uuid',
    ]);
    expect(secret).toMatchObject({
      expires_at: 'PERMANENT',
      expires_at_str: 'PERMANENT',
      uuid: expect.stringMatching(/^[0-9a-f]{32}$/),
      created_at: expect.stringMatching(/^\d{13}$/),
    });
    expect(secret?.created_at_str).toBe(consoleDate(Number(secret?.created_at)));
    // The token for this very call was minted with the secret, so its use is already recorded.
    const [usage] = (secret?.secret_usages ?? []) as Json[];
    expect(usage?.grant_type).toBe('client_credentials');
    expect(Number(usage?.last_used_at)).toBeGreaterThanOrEqual(before);
    expect(call.text).not.toContain(credential.clientSecrets[0]);
  });

  it('formats created_at_str like the docs samples', () => {
    expect(consoleDate(1682448485000)).toBe('Tue, Apr 25 2023 18:48:05.000 UTC');
    expect(consoleDate(1683005777000)).toBe('Tue, May 2 2023 05:36:17.000 UTC');
  });
});

describe('add (POST …/secrets)', () => {
  it('answers 201 with the new value once; IMS takes it at once; the list never shows it', async () => {
    const { credential } = rotatable();
    const token = await tokenFor(credential);
    const added = await add(credential, token);
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({
      expires_at: 'PERMANENT',
      expires_at_str: 'PERMANENT',
      client_secret: expect.stringMatching(/^p8e-[A-Za-z0-9_-]{32}$/),
      created_at: expect.stringMatching(/^\d{13}$/),
      uuid: expect.stringMatching(/^[0-9a-f]{32}$/),
      secret_usages: null,
    });
    const value = String(added.body?.client_secret);
    expect(value).not.toBe(credential.clientSecrets[0]);

    const after = await list(credential, token);
    expect(listed(after).map((s) => s.uuid)).toEqual([
      emulator().secretsOf(credential.clientId)[0]?.uuid,
      added.body?.uuid,
    ]);
    expect(listed(after)[1]?.secret_usages).toBeNull();
    expect(after.text).not.toContain(value);

    expect((await imsToken(credential, value)).status).toBe(200);
    expect(
      emulator()
        .secretsOf(credential.clientId)
        .map((s) => s.value),
    ).toEqual([credential.clientSecrets[0], value]);
  });

  it('refuses a third secret with 400 and keeps the two (chosen: undocumented)', async () => {
    const { credential } = rotatable();
    const token = await tokenFor(credential);
    expect((await add(credential, token)).status).toBe(201);
    const third = await add(credential, token);
    expect(third.status).toBe(400);
    expect(third.text).not.toMatch(/p8e-/);
    expect(emulator().secretsOf(credential.clientId)).toHaveLength(2);
  });

  it('answers 200 with only the SDK spec fields when configured so', async () => {
    const { credential } = rotatable();
    emulator().configureConsole({ addStatus: 200, addBody: 'sdk-spec' });
    const added = await add(credential);
    expect(added.status).toBe(200);
    expect(Object.keys(added.body ?? {}).sort()).toEqual([
      'client_secret',
      'expires_at',
      'expires_at_str',
    ]);
  });

  it('keeps a new secret invalid_client at IMS until the activation delay has passed', async () => {
    const { credential } = rotatable();
    emulator().configureConsole({ secretActivationDelayMs: 400 });
    const added = await add(credential);
    const value = String(added.body?.client_secret);
    const [, stored] = emulator().secretsOf(credential.clientId);
    expect((stored?.usableAt ?? 0) - (stored?.createdAt ?? 0)).toBe(400);
    expect(await imsToken(credential, value)).toEqual({
      status: 400,
      body: { error: 'invalid_client', error_description: 'invalid client_secret parameter' },
    });
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect((await imsToken(credential, value)).status).toBe(200);
  });
});

describe('delete (DELETE …/secrets/{uuid})', () => {
  it('answers 204 with no body; IMS refuses the deleted secret; issued tokens live on', async () => {
    const { credential } = rotatable();
    const oldToken = await tokenFor(credential);
    const added = await add(credential, oldToken);
    const [old] = emulator().secretsOf(credential.clientId);
    const deleted = await remove(credential, old?.uuid ?? '', oldToken);
    expect(deleted).toEqual({ status: 204, body: undefined, text: '' });
    expect(
      emulator()
        .secretsOf(credential.clientId)
        .map((s) => s.uuid),
    ).toEqual([added.body?.uuid]);
    // Kept for leak searches, like issuedTokens.
    expect(emulator().issuedSecrets).toContain(added.body?.client_secret);
    const refused = await imsToken(credential, credential.clientSecrets[0] ?? '');
    expect(refused).toMatchObject({ status: 400, body: { error: 'invalid_client' } });
    // Inference in the facts (§8.6): deleting a secret does not revoke tokens already issued.
    expect((await list(credential, oldToken)).status).toBe(200);
  });

  it('answers 200 when configured as the SDK spec says', async () => {
    const { credential } = rotatable();
    const token = await tokenFor(credential);
    await add(credential, token);
    emulator().configureConsole({ deleteStatus: 200 });
    const [old] = emulator().secretsOf(credential.clientId);
    expect((await remove(credential, old?.uuid ?? '', token)).status).toBe(200);
  });

  it('answers 404 for an unknown uuid and 400 for the last secret (chosen)', async () => {
    const { credential } = rotatable();
    const token = await tokenFor(credential);
    expect((await remove(credential, 'f'.repeat(32), token)).status).toBe(404);
    const [only] = emulator().secretsOf(credential.clientId);
    expect((await remove(credential, only?.uuid ?? '', token)).status).toBe(400);
    expect(emulator().secretsOf(credential.clientId)).toHaveLength(1);
  });
});
