// The malformed-input table, shared by the end-to-end test and `npm run test:faults`.
import type { ActionRun } from '../../tools/runner.js';
import { rsaKeyPair } from './keys.js';

const keys = rsaKeyPair();
const pemBody = keys.pkcs8.split('\n')[1] ?? '';
const base64Key = Buffer.from(keys.pkcs8).toString('base64');

// [what is wrong, inputs to override, the input the error must name]
export const BAD_INPUT_CASES: [string, Record<string, string>, string][] = [
  ['org id empty', { 'ims-org-id': '' }, 'ims-org-id'],
  [
    'org id with wrong suffix case',
    { 'ims-org-id': 'E3761E2A657833C40A495CAC@adobeorg' },
    'ims-org-id',
  ],
  ['org id too short', { 'ims-org-id': 'E3761E2A657833C40A495CA@AdobeOrg' }, 'ims-org-id'],
  [
    'org id with a space inside',
    { 'ims-org-id': 'E3761E2A657833C4 A495CAC@AdobeOrg' },
    'ims-org-id',
  ],
  ['client id empty', { 'client-id': '' }, 'client-id'],
  ['client id with a slash', { 'client-id': 'e053e1a87cf7/4c68a6ec8e71d4a82662' }, 'client-id'],
  ['client id too short', { 'client-id': 'abc' }, 'client-id'],
  ['client secret empty', { 'client-secret': '' }, 'client-secret'],
  ['client secret whitespace only', { 'client-secret': ' \n\t ' }, 'client-secret'],
  [
    'client secret in quotes',
    { 'client-secret': '"p8e-EIRF6kY6EHLBSdw2bpLUWKodDqJqSz3x"' },
    'client-secret',
  ],
  [
    'client secret with a stray quote',
    { 'client-secret': "p8e-EIRF6kY6EHLBSdw2bpLUWKodDqJqSz3x'" },
    'client-secret',
  ],
  [
    'client secret with a space inside',
    { 'client-secret': 'p8e-EIRF6kY6EHLB Sdw2bpLUWKodDqJqSz3x' },
    'client-secret',
  ],
  [
    'client secret with a slash, for print',
    { 'client-secret': 'p8e-EIRF6kY6/EHLBSdw2bpLUWKodDqJqSz3', mode: 'print', instances: 'prod' },
    'client-secret',
  ],
  [
    'technical account with wrong domain',
    { 'technical-account-id': '2B413E7C5BE4905E0A495E88@techacct.adobe.org' },
    'technical-account-id',
  ],
  [
    'technical account missing for apply',
    { 'technical-account-id': '', mode: 'apply', instances: 'prod' },
    'technical-account-id',
  ],
  ['unknown mode', { mode: 'deploy' }, 'mode'],
  ['unknown auth', { auth: 'saml' }, 'auth'],
  ['unknown verify', { verify: 'full' }, 'verify'],
  ['auth jwt without a key', { auth: 'jwt' }, 'private-key'],
  ['public key instead of private key', { 'private-key': keys.publicPem }, 'private-key'],
  [
    'certificate instead of private key',
    { 'private-key': `-----BEGIN CERTIFICATE-----\n${pemBody}\n-----END CERTIFICATE-----` },
    'private-key',
  ],
  ['truncated PEM', { 'private-key': keys.pkcs8.slice(0, 300) }, 'private-key'],
  [
    'encrypted PEM without passphrase',
    { 'private-key': keys.encryptedPkcs8('pass-phrase-1') },
    'private-key',
  ],
  [
    'encrypted PEM with wrong passphrase',
    { 'private-key': keys.encryptedPkcs8('pass-phrase-1'), 'private-key-passphrase': 'nope' },
    'private-key-passphrase',
  ],
  [
    'base64 key with line breaks',
    { 'private-key': base64Key.replace(/(.{76})/g, '$1\n') },
    'private-key',
  ],
  [
    'base64 of garbage',
    { 'private-key': Buffer.from('garbage that is not a key at all').toString('base64') },
    'private-key',
  ],
  ['key that is plain text', { 'private-key': 'my-private-key-goes-here' }, 'private-key'],
  ['RSA key shorter than 2048 bits', { 'private-key': rsaKeyPair(1024).pkcs8 }, 'private-key'],
  [
    'instance with shell metacharacters',
    { mode: 'print', instances: 'prod;rm -rf /' },
    'instances',
  ],
  ['instance with a space', { mode: 'print', instances: 'prod stage' }, 'instances'],
  ['instance with a path', { mode: 'apply', instances: '../etc' }, 'instances'],
  ['instance listed twice', { mode: 'print', instances: 'prod, stage, prod' }, 'instances'],
  ['instances missing for print', { mode: 'print' }, 'instances'],
  [
    'plain http to a remote IMS',
    { 'ims-endpoint': 'http://ims-na1.adobelogin.com' },
    'ims-endpoint',
  ],
  [
    'endpoint with credentials',
    { 'ims-endpoint': 'https://user:pw@ims-na1.adobelogin.com' },
    'ims-endpoint',
  ],
  [
    'endpoint with a path',
    { 'ims-endpoint': 'https://ims-na1.adobelogin.com/ims/token/v3' },
    'ims-endpoint',
  ],
  [
    'analytics endpoint not a URL',
    { 'analytics-endpoint': 'analytics.adobe.io' },
    'analytics-endpoint',
  ],
  ['negative timeout', { 'timeout-seconds': '-1' }, 'timeout-seconds'],
  ['absurd timeout', { 'timeout-seconds': '999999' }, 'timeout-seconds'],
  ['timeout not a number', { 'timeout-seconds': '1m' }, 'timeout-seconds'],
  ['zero attempts', { 'max-attempts': '0' }, 'max-attempts'],
  ['absurd attempts', { 'max-attempts': '1000' }, 'max-attempts'],
  [
    'boolean that is not one',
    { 'continue-on-instance-error': 'yes' },
    'continue-on-instance-error',
  ],
  ['scope with a space', { scopes: 'openid AdobeID' }, 'scopes'],
  [
    'metascope given as a URL',
    {
      'private-key': keys.pkcs8,
      metascopes: 'https://ims-na1.adobelogin.com/s/ent_analytics_bulk_ingest_sdk',
    },
    'metascopes',
  ],
  ['report suite with a space', { 'report-suites': 'rs1prod, rs 2' }, 'report-suites'],
  ['metric with a space', { metrics: 'metrics/page views' }, 'metrics'],
  ['global company id with a space', { 'global-company-id': 'test co' }, 'global-company-id'],
  ['unknown tool-probes value', { 'tool-probes': 'some-suites' }, 'tool-probes'],
  [
    'rotate without the Developer Console ids',
    { mode: 'rotate', instances: 'prod' },
    'console-org-id',
  ],
  [
    'rotate with the @AdobeOrg id as console-org-id',
    {
      mode: 'rotate',
      instances: 'prod',
      'console-org-id': 'E3761E2A657833C40A495CAC@AdobeOrg',
      'credential-id': '436084',
    },
    'console-org-id',
  ],
  [
    'credential-id that is not a number',
    { mode: 'rotate', instances: 'prod', 'console-org-id': '23294', 'credential-id': 'abc' },
    'credential-id',
  ],
  [
    'rotate a JWT credential',
    {
      mode: 'rotate',
      instances: 'prod',
      'console-org-id': '23294',
      'credential-id': '436084',
      'private-key': keys.pkcs8,
    },
    'mode',
  ],
  [
    'delete-old-secret that is not a boolean',
    { 'delete-old-secret': 'maybe' },
    'delete-old-secret',
  ],
  [
    'github-secret-name starting with GITHUB_',
    { 'github-secret-name': 'GITHUB_SECRET' },
    'github-secret-name',
  ],
  [
    'github-secret-environment without a secret name',
    { 'github-secret-environment': 'production' },
    'github-secret-environment',
  ],
  [
    'console endpoint over plain http',
    { 'console-endpoint': 'http://api.adobe.io' },
    'console-endpoint',
  ],
  ['reload that is not a boolean', { reload: 'yes' }, 'reload'],
  ['campaign eVar out of range', { 'campaign-evar': 'evar251' }, 'campaign-evar'],
  ['campaign eVar that is a prop', { 'campaign-evar': 'prop11' }, 'campaign-evar'],
  ['campaign eVar without report suites', { 'campaign-evar': 'evar11' }, 'campaign-evar'],
  [
    'more report suites than are checked',
    { 'report-suites': Array.from({ length: 101 }, (_, i) => `rs${i}`).join(',') },
    'report-suites',
  ],
  ['nlserver path over two lines', { nlserver: '/opt/nl/bin/nlserver\nrm -rf /' }, 'nlserver'],
];

/** Exit 1, an error annotation naming the input, and no stack trace. */
export function isCleanRejection(run: ActionRun, input: string): boolean {
  const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error::'));
  return (
    run.exitCode === 1 &&
    errors.some((line) => line.startsWith(`::error::${input} `)) &&
    !/\n\s+at .+:\d+:\d+/.test(run.stdout + run.stderr)
  );
}
