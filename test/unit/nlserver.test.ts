import { describe, expect, it } from 'vitest';
import type { Credentials } from '../../src/credentials/kinds.js';
import {
  configArgs,
  fullCommandLine,
  redactedCommand,
  shellQuote,
} from '../../src/nlserver/command.js';
import { childEnvironment } from '../../src/nlserver/process.js';
import { VALID } from '../support/inputs.js';

const oauth: Credentials = {
  auth: 'oauth',
  orgId: VALID.org,
  clientId: VALID.client,
  clientSecret: VALID.secret,
  technicalAccountId: VALID.technicalAccount,
  scopes: ['openid'],
};
const jwt: Credentials = {
  ...oauth,
  auth: 'jwt',
  technicalAccountId: VALID.technicalAccount,
  privateKey: { key: undefined as never, pem: 'PEM', base64: 'UEVNLWJhc2U2NC8rPQ==' },
  metascopes: ['ent_analytics_bulk_ingest_sdk'],
  certificate: undefined,
  expiryWarningDays: 30,
};

describe('nlserver command', () => {
  it('builds -setimsoauth with a single colon and four fields', () => {
    expect(configArgs('prod', oauth)).toEqual([
      'config',
      '-instance:prod',
      `-setimsoauth:${VALID.org}/${VALID.client}/${VALID.technicalAccount}/${VALID.secret}`,
    ]);
  });

  it('builds -setimsjwtauth with the base64 key as fifth field', () => {
    expect(configArgs('prod', jwt)[2]).toBe(
      `-setimsjwtauth:${VALID.org}/${VALID.client}/${VALID.technicalAccount}/${VALID.secret}/UEVNLWJhc2U2NC8rPQ==`,
    );
  });

  it('redacts secrets with placeholders and nothing else', () => {
    expect(redactedCommand('nlserver', 'prod', oauth)).toBe(
      `nlserver config -instance:prod -setimsoauth:${VALID.org}/${VALID.client}/${VALID.technicalAccount}/<client-secret>`,
    );
    const line = redactedCommand('/opt/nl/bin/nlserver', 'prod', jwt);
    expect(line).toMatch(/\/<client-secret>\/<private-key-base64>$/);
    expect(line).not.toContain(VALID.secret);
    expect(line).not.toContain('UEVNLWJhc2U2NC8rPQ==');
  });

  it('quotes for the shell only where needed', () => {
    expect(shellQuote('-instance:prod')).toBe('-instance:prod');
    expect(shellQuote("it's here")).toBe(`'it'\\''s here'`);
    expect(fullCommandLine('/opt/my nl/nlserver', 'prod', oauth)).toBe(
      `'/opt/my nl/nlserver' config -instance:prod -setimsoauth:${VALID.org}/${VALID.client}/${VALID.technicalAccount}/${VALID.secret}`,
    );
  });

  it('gives the child no inputs, runner tokens, file-command paths or Adobe secrets', () => {
    const env = childEnvironment({
      PATH: '/bin',
      HOME: '/home/runner',
      INPUT_CLIENT_SECRET: 'x',
      ACTIONS_RUNTIME_TOKEN: 'x',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'x',
      GITHUB_TOKEN: 'x',
      GH_TOKEN: 'x',
      ADOBE_PRIVATE_KEY: 'x',
      ADOBE_CLIENT_SECRET: 'x',
      STATE_commandFile: 'x',
      GITHUB_ENV: '/f',
      GITHUB_OUTPUT: '/f',
      GITHUB_PATH: '/f',
      GITHUB_STATE: '/f',
      GITHUB_STEP_SUMMARY: '/f',
      ACTIONS_CACHE_URL: 'x',
      GITHUB_WORKSPACE: '/w',
    });
    expect(Object.keys(env).sort()).toEqual(['GITHUB_WORKSPACE', 'HOME', 'PATH']);
  });
});
