// A Developer Console client for the emulator's contract tests: one emulator per test file,
// credentials whose project has the I/O Management API, and the three secrets calls.
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import {
  type ConsoleProject,
  type Emulator,
  type EmulatorCredential,
  type GeneratedCredential,
  generateCredential,
  startEmulator,
} from '../../tools/adobe-emulator/index.js';

export const ROTATION_SCOPES =
  'openid,AdobeID,adobeio_api,read_client_secret,manage_client_secrets';

export type Json = Record<string, unknown>;

export interface ConsoleCall {
  status: number;
  body: Json | undefined;
  text: string;
}

export const listed = (call: ConsoleCall) => (call.body?.client_secrets ?? []) as Json[];

export function secretsPath(c: EmulatorCredential, uuid?: string): string {
  const { orgId, credentialId } = c.console ?? {};
  const base = `/console/organizations/${orgId}/credentials/${credentialId}/secrets`;
  return uuid === undefined ? base : `${base}/${uuid}`;
}

/** Starts the file's emulator, and puts the Console options back after each test. */
export function useConsoleEmulator() {
  let emu: Emulator | undefined;
  const emulator = () => {
    if (!emu) throw new Error('the emulator starts in beforeAll');
    return emu;
  };
  beforeAll(async () => {
    emu = await startEmulator();
  });
  afterAll(() => emu?.close());
  afterEach(() => {
    emulator().reset();
    emulator().configureConsole({
      addStatus: 201,
      addBody: 'documented',
      deleteStatus: 204,
      secretActivationDelayMs: 0,
    });
  });

  /** A registered credential whose project has the I/O Management API unless `project` says else. */
  function rotatable(project: Partial<ConsoleProject> = {}): GeneratedCredential {
    const generated = generateCredential();
    const { credential } = generated;
    credential.console = {
      orgId: credential.console?.orgId ?? '1',
      credentialId: credential.console?.credentialId ?? '2',
      ioManagementApi: true,
      ...project,
    };
    emulator().addCredential(credential);
    return generated;
  }

  async function imsToken(c: EmulatorCredential, secret: string, scope = ROTATION_SCOPES) {
    const form = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: c.clientId,
      client_secret: secret,
      scope,
    });
    const res = await fetch(`${emulator().url}/ims/token/v3`, { method: 'POST', body: form });
    return { status: res.status, body: (await res.json()) as Json };
  }

  async function tokenFor(c: EmulatorCredential, scope = ROTATION_SCOPES): Promise<string> {
    const { status, body } = await imsToken(c, c.clientSecrets[0] ?? '', scope);
    expect(status).toBe(200);
    return String(body.access_token);
  }

  /** A Console call with a fresh rotation token unless one is given. */
  async function call(
    method: string,
    path: string,
    c: EmulatorCredential,
    token?: string,
    apiKey = c.clientId,
  ): Promise<ConsoleCall> {
    const authorization = `Bearer ${token ?? (await tokenFor(c))}`;
    const res = await fetch(`${emulator().url}${path}`, {
      method,
      headers: { authorization, 'x-api-key': apiKey },
    });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as Json) : undefined, text };
  }

  return {
    emulator,
    rotatable,
    imsToken,
    tokenFor,
    call,
    list: (c: EmulatorCredential, token?: string) => call('GET', secretsPath(c), c, token),
    add: (c: EmulatorCredential, token?: string) => call('POST', secretsPath(c), c, token),
    remove: (c: EmulatorCredential, uuid: string, token?: string) =>
      call('DELETE', secretsPath(c, uuid), c, token),
  };
}
