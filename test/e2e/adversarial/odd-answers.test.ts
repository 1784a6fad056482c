// Answers that do not fit the documented shapes: each becomes a failing row saying what
// was seen, with the checks output and the summary written, never "Unexpected error".
import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest';
import type { Fault } from '../../../tools/adobe-emulator/index.js';
import { expectFailingRow, expectOwnCommandsOnly } from '../../support/hostile.js';
import { type Scenario, startScenario } from '../../support/scenario.js';

let s: Scenario;
beforeAll(async () => {
  s = await startScenario();
});
afterAll(() => s.close());
beforeEach(() => s.emulator.reset());

const TOKEN = '/ims/token/v3';
const PERMISSIONS = { verify: 'permissions', 'report-suites': 'rs1prod' };
const ok = (path: Fault['path'], body: unknown): Fault => ({
  path,
  response: { status: 200, body },
});
const refused = (path: Fault['path'], status: number, body: unknown): Fault => ({
  path,
  response: { status, body },
});

// [case, fault, extra inputs, row, what the row must say was seen]
const CASES: [string, Fault, Record<string, string>, string, RegExp][] = [
  [
    'expires_in of 1e16',
    ok(TOKEN, { access_token: 'eyJhbGciOi.eyJ4IjoxfQ.c2lnbmF0dXJl', expires_in: 1e16 }),
    {},
    'ims-token',
    /expires_in was the number 10000000000000000, not a whole number/,
  ],
  [
    'expires_in "Infinity"',
    ok(TOKEN, { access_token: 'eyJhbGciOi.eyJ4IjoxfQ.c2lnbmF0dXJl', expires_in: 'Infinity' }),
    {},
    'ims-token',
    /expires_in was the string "Infinity"/,
  ],
  [
    'error_description a number',
    refused(TOKEN, 401, { error: 'invalid_client', error_description: 42 }),
    {},
    'ims-token',
    /client-secret is not valid.*error_description was the number 42/,
  ],
  [
    'error_description an object',
    refused(TOKEN, 400, { error_description: { nested: [1] } }),
    {},
    'ims-token',
    /error_description was an object, not a string/,
  ],
  [
    'discovery imsOrgs as {}',
    ok('/discovery/me', { imsOrgs: {} }),
    PERMISSIONS,
    'analytics-identity',
    /imsOrgs was an object, not a list/,
  ],
  [
    'discovery imsOrgs as [null]',
    ok('/discovery/me', { imsOrgs: [null] }),
    PERMISSIONS,
    'analytics-identity',
    /imsOrgs\[0\] was null, not an object/,
  ],
  [
    'a non-string report suite id',
    ok(/\/reportsuites\/collections\/suites$/, { content: [{ rsid: 1234 }] }),
    PERMISSIONS,
    'report-suites',
    /content\[0\]\.rsid was the number 1234, not a string/,
  ],
  [
    'a non-string metric id',
    ok(/\/metrics$/, [{ id: { metric: 'pageviews' } }]),
    PERMISSIONS,
    'metrics:rs1prod',
    /\[0\]\.id was an object, not a string/,
  ],
  [
    'an Analytics error message as an object',
    refused(/\/dimensions$/, 403, {
      errorCode: 'insufficient_access',
      errorDescription: { text: 'x' },
    }),
    PERMISSIONS,
    'dimensions:rs1prod',
    /errorDescription was an object, not a string/,
  ],
];

describe('odd answers', () => {
  it.each(CASES)('%s', async (_name, fault, inputs, row, seen) => {
    s.emulator.injectFault(fault);
    const run = await s.run({ ...s.inputs, ...inputs });
    expectOwnCommandsOnly(run);
    expectFailingRow(run, row, seen);
  });
});
