// Generated from action.yml and package.json by `npm run docs`: do not edit.
// The CLI's flags and --help come from here (its bundle cannot read action.yml at run time);
// test/unit/cli-help.test.ts fails when this file differs from a fresh rendering.

export interface ActionInput {
  name: string;
  description: string;
  required: boolean;
  default?: string;
}

export const VERSION = '1.0.0';

export const ACTION_DESCRIPTION =
  'Checks Adobe Campaign Classic Analytics connector credentials with Adobe, then prints or applies nlserver config.';

export const ACTION_INPUTS: readonly ActionInput[] = [
  {
    name: 'mode',
    description:
      'validate (check the credential only), print (check, then write the full nlserver command to a new file only you can read, and log it with the secrets redacted), apply (check, then run nlserver config on each instance) or rotate (OAuth only: replace the client secret through the Developer Console API, prove the new one, apply it on every instance, then delete the old one). print, apply and rotate stop on a failed check.',
    required: false,
    default: 'validate',
  },
  {
    name: 'auth',
    description:
      'Credential type: auto (jwt when private-key is set, otherwise oauth), oauth (OAuth Server-to-Server, Campaign 7.4.1+) or jwt (Service Account, end of life: for older builds and migration checks only).',
    required: false,
    default: 'auto',
  },
  {
    name: 'ims-org-id',
    description: 'IMS organization ID, 24 letters or digits followed by @AdobeOrg.',
    required: true,
  },
  {
    name: 'client-id',
    description: 'Client ID (API key) of the Developer Console credential.',
    required: true,
  },
  {
    name: 'client-secret',
    description: 'Client secret of the credential. Pass it from an encrypted secret.',
    required: true,
  },
  {
    name: 'technical-account-id',
    description:
      'Technical account ID (...@techacct.adobe.com). Required for print, apply and jwt; when given with oauth it is cross-checked against the token.',
    required: false,
  },
  {
    name: 'private-key',
    description:
      'jwt only: the private key as PEM text (real or \\n-escaped newlines, PKCS#8 or PKCS#1) or as printed by `base64 -w0 private.key`. Pass it from an encrypted secret.',
    required: false,
  },
  {
    name: 'private-key-passphrase',
    description: 'jwt only, when the private key is encrypted.',
    required: false,
  },
  {
    name: 'scopes',
    description: 'oauth only. Comma-separated IMS scopes to request.',
    required: false,
    default:
      'openid,AdobeID,read_organizations,additional_info.projectedProductContext,additional_info.job_function',
  },
  {
    name: 'metascopes',
    description: 'jwt only. Comma-separated metascopes to claim in the assertion.',
    required: false,
    default: 'ent_analytics_bulk_ingest_sdk',
  },
  {
    name: 'instances',
    description:
      'Campaign instance names, comma- or newline-separated (plain names only). Required for print and apply.',
    required: false,
  },
  {
    name: 'nlserver',
    description: 'Path of the nlserver executable used by apply.',
    required: false,
    default: 'nlserver',
  },
  {
    name: 'continue-on-instance-error',
    description:
      'apply only. When true, a failing instance does not stop the remaining ones (the step still fails).',
    required: false,
    default: 'false',
  },
  {
    name: 'campaign-conf-dir',
    description:
      "apply and rotate: the Campaign folder holding config-<instance>.xml, where each instance's credential is read back after nlserver config. Empty: the conf folder beside the bin folder of the nlserver executable; if that does not exist, the read-back is skipped with a notice.",
    required: false,
  },
  {
    name: 'reload',
    description:
      'apply and rotate: when true, run nlserver config -reload once every instance has been configured and read back.',
    required: false,
    default: 'false',
  },
  {
    name: 'verify',
    description:
      'permissions (token plus Analytics product-profile checks), token (token exchange and identity only) or none (no call to Adobe).',
    required: false,
    default: 'permissions',
  },
  {
    name: 'report-suites',
    description: 'Report suite IDs the connector needs, comma- or newline-separated.',
    required: false,
  },
  {
    name: 'metrics',
    description: 'Metric IDs the connector needs in each report suite (event1 or metrics/event1).',
    required: false,
  },
  {
    name: 'dimensions',
    description:
      'Dimension IDs the connector needs in each report suite (evar1 or variables/evar1).',
    required: false,
  },
  {
    name: 'tool-probes',
    description:
      'Which required report suites the Report Suite Tools items (Custom Data Warehouse report, Data sources manager, Classifications) are probed on: first-suite (one suite proves them, since they are granted per product profile) or every-suite.',
    required: false,
    default: 'first-suite',
  },
  {
    name: 'campaign-evar',
    description:
      'The conversion variable that carries campaign names, such as evar11. Campaign 7.4.4 and later need a classification set subscribed to it in each report suite; a missing one is a warning. Needs report-suites.',
    required: false,
  },
  {
    name: 'certificate',
    description:
      'jwt only, optional: the public certificate registered on the credential (PEM). The action warns expiry-warning-days before it expires, fails when it has expired, and checks that private-key belongs to it.',
    required: false,
  },
  {
    name: 'expiry-warning-days',
    description: "Days before the certificate's expiry from which the action warns (0 to 365).",
    required: false,
    default: '30',
  },
  {
    name: 'global-company-id',
    description:
      'Analytics global company ID; needed when the org has several companies, and saves one round trip.',
    required: false,
  },
  {
    name: 'ims-endpoint',
    description: 'Adobe IMS origin. https only, except plain http to a loopback emulator.',
    required: false,
    default: 'https://ims-na1.adobelogin.com',
  },
  {
    name: 'analytics-endpoint',
    description:
      'Adobe Analytics API origin. https only, except plain http to a loopback emulator.',
    required: false,
    default: 'https://analytics.adobe.io',
  },
  {
    name: 'timeout-seconds',
    description: 'Upper bound for the whole run, retries included (5 to 3600).',
    required: false,
    default: '60',
  },
  {
    name: 'max-attempts',
    description: 'Attempts per Adobe request for transient faults (1 to 10).',
    required: false,
    default: '4',
  },
  {
    name: 'alert-issue',
    description:
      'Scheduled health: a label name (such as adobe-credentials) to turn alerting on. On schedule and workflow_dispatch runs, failing checks open (or update) one issue with this label, and passing checks comment on it and close it. Empty: off.',
    required: false,
  },
  {
    name: 'github-token',
    description:
      'Token for the alert issue (needs permissions: issues: write). Only used with alert-issue.',
    required: false,
  },
  {
    name: 'github-api-url',
    description:
      "GitHub API URL for the alert issue and the rotated secret; empty means the runner's (GitHub Enterprise Server works).",
    required: false,
  },
  {
    name: 'console-org-id',
    description:
      'rotate: the numeric Developer Console organization id, the number after /console/projects/ in the credential page URL. Digits only; not the @AdobeOrg id.',
    required: false,
  },
  {
    name: 'credential-id',
    description:
      'rotate: the numeric credential id, the number after /credentials/ in the credential page URL. Digits only.',
    required: false,
  },
  {
    name: 'console-endpoint',
    description:
      'rotate: the Developer Console API origin (I/O Management API). https only, except plain http to a loopback emulator.',
    required: false,
    default: 'https://api.adobe.io',
  },
  {
    name: 'delete-old-secret',
    description:
      'rotate: delete the old client secret once every instance holds the new one and read it back. false keeps both secrets working.',
    required: false,
    default: 'true',
  },
  {
    name: 'github-secret-name',
    description:
      'rotate, optional: the Actions secret that receives the new client secret. github-token must then be a token that may write secrets (fine-grained or GitHub App token), not the default github.token.',
    required: false,
  },
  {
    name: 'github-secret-environment',
    description:
      "rotate, optional, with github-secret-name; update this environment's secret instead of the repository's.",
    required: false,
  },
];
