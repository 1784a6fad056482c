// The inputs as action.yml declares them (a test keeps the two in agreement).

/** The values of the mode input: what a run does (the CLI's commands). */
export const MODES = ['validate', 'print', 'apply', 'rotate'] as const;

/** Defaults as in action.yml. */
export const INPUT_DEFAULTS: Readonly<Record<string, string>> = {
  mode: 'validate',
  auth: 'auto',
  verify: 'permissions',
  scopes:
    'openid,AdobeID,read_organizations,additional_info.projectedProductContext,additional_info.job_function',
  metascopes: 'ent_analytics_bulk_ingest_sdk',
  nlserver: 'nlserver',
  'continue-on-instance-error': 'false',
  'ims-endpoint': 'https://ims-na1.adobelogin.com',
  'analytics-endpoint': 'https://analytics.adobe.io',
  'timeout-seconds': '60',
  'max-attempts': '4',
  'expiry-warning-days': '30',
  'tool-probes': 'first-suite',
  reload: 'false',
  'console-endpoint': 'https://api.adobe.io',
  'delete-old-secret': 'true',
};

/** Every input, in action.yml's order. */
export const INPUT_NAMES = [
  'mode',
  'auth',
  'ims-org-id',
  'client-id',
  'client-secret',
  'technical-account-id',
  'private-key',
  'private-key-passphrase',
  'scopes',
  'metascopes',
  'instances',
  'nlserver',
  'continue-on-instance-error',
  'campaign-conf-dir',
  'reload',
  'verify',
  'report-suites',
  'metrics',
  'dimensions',
  'tool-probes',
  'campaign-evar',
  'certificate',
  'expiry-warning-days',
  'global-company-id',
  'ims-endpoint',
  'analytics-endpoint',
  'timeout-seconds',
  'max-attempts',
  'alert-issue',
  'github-token',
  'github-api-url',
  'console-org-id',
  'credential-id',
  'console-endpoint',
  'delete-old-secret',
  'github-secret-name',
  'github-secret-environment',
] as const;

export type InputName = (typeof INPUT_NAMES)[number];

/** Inputs whose raw value is secret: masked before they are even validated. */
export const SECRET_INPUTS: readonly InputName[] = [
  'client-secret',
  'private-key',
  'private-key-passphrase',
  'github-token',
];
