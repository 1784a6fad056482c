// Reads and validates every input before anything touches the network. Pure: it takes
// a reader function, so the same code serves the action, the CLI and tests. The rules
// of each credential kind live with the kind.

import { describe, InputReader, type Reader } from '../common/input-reader.js';
import { inputRef } from '../common/input-ref.js';
import { AUTH_KINDS, type AuthKind, DEFAULT_KIND, kindNamed } from '../credentials/kinds.js';
import { INPUT_DEFAULTS, MODES } from './catalogue.js';
import { readGitHub } from './github-rules.js';
import { readConfDir, readInstances, readNlserver } from './provisioning-rules.js';
import { readRotation } from './rotation-rules.js';
import type { Mode, ParsedInputs, Settings, ToolProbes, Verify } from './settings.js';

const ORG_ID = /^[A-Za-z0-9]{24}@AdobeOrg$/;
const TECHNICAL_ACCOUNT = /^[A-Za-z0-9]+@techacct\.adobe\.com$/;
const CLIENT_ID = /^[A-Za-z0-9_-]{8,128}$/;
const REPORT_SUITE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const COMPONENT = /^(?:[a-z]+\/)?[A-Za-z0-9_.-]+$/;
const COMPANY = /^[A-Za-z0-9_-]+$/;
// Campaign's connector takes eVar1 to eVar250.
const EVAR = /^(?:variables\/)?evar([1-9]\d{0,2})$/i;
// The connector needs a handful; bounds keep the summary and outputs within GitHub's limits.
const MAX_ITEMS = { 'report-suites': 100, metrics: 200, dimensions: 200, instances: 50 } as const;
const MIN_CLIENT_SECRET_LENGTH = 16;

function normaliseComponent(prefix: string) {
  return (id: string) => (id.includes('/') ? id : `${prefix}/${id}`);
}

function selectKind(r: InputReader): AuthKind {
  const choice = r.choice<'auto' | AuthKind>('auth', ['auto', ...AUTH_KINDS]);
  if (choice !== 'auto') return choice;
  return AUTH_KINDS.find((auth) => kindNamed(auth).selectedByInputs(r)) ?? DEFAULT_KIND;
}

function atMost(r: InputReader, name: keyof typeof MAX_ITEMS, items: string[]): string[] {
  if (items.length > MAX_ITEMS[name]) {
    r.problem(
      name,
      'invalid',
      `lists ${items.length} entries; at most ${MAX_ITEMS[name]} are checked`,
    );
  }
  return items;
}

function readCampaignEvar(r: InputReader, reportSuites: string[]): string | undefined {
  const value = r.text('campaign-evar');
  if (value === '') return undefined;
  const number = Number(EVAR.exec(value)?.[1] ?? 0);
  if (number < 1 || number > 250) {
    r.problem(
      'campaign-evar',
      'invalid',
      `must be the campaign-name conversion variable, evar1 to evar250 (such as evar11); got ${describe(value)}`,
    );
    return undefined;
  }
  if (reportSuites.length === 0)
    r.problem(
      'campaign-evar',
      'conflict',
      `needs ${inputRef('report-suites')}: the report suites to check it in`,
    );
  return `evar${number}`;
}

export function parseInputs(read: Reader): ParsedInputs {
  const r = new InputReader(read, INPUT_DEFAULTS);

  const mode = r.choice<Mode>('mode', MODES);
  const kind = kindNamed(selectKind(r));
  const verify = r.choice<Verify>('verify', ['permissions', 'token', 'none']);
  // print, apply and rotate all put a command together; rotate also runs it.
  const writesCommand = mode !== 'validate';

  const orgId = r.matching(
    'ims-org-id',
    ORG_ID,
    '24 letters or digits followed by @AdobeOrg, as shown in the Developer Console credential',
    true,
  );
  const clientId = r.matching(
    'client-id',
    CLIENT_ID,
    'the credential\'s client ID (API key): 8 to 128 letters, digits, "-" or "_"',
    true,
  );
  const clientSecret = r.secret(
    'client-secret',
    true,
    "the credential's client secret from the Developer Console",
  );
  // Adobe's secrets are "p8e-" and 32 more characters; a short one is a paste gone wrong,
  // and would be too short to mask safely. Its value is never echoed.
  if (!r.hasProblem('client-secret') && clientSecret.length < MIN_CLIENT_SECRET_LENGTH) {
    r.problem(
      'client-secret',
      'invalid',
      `is only ${clientSecret.length} characters long; Adobe's client secrets are far longer: copy the whole value from the Developer Console`,
    );
  }
  if (writesCommand && clientSecret.includes('/')) {
    r.problem(
      'client-secret',
      'invalid',
      'contains "/", which nlserver reads as a field separator; generate a new client secret',
    );
  }
  const technicalAccountId = r.matching(
    'technical-account-id',
    TECHNICAL_ACCOUNT,
    'the technical account ID, ending in @techacct.adobe.com',
    writesCommand || kind.needsTechnicalAccount,
  );
  const { credentials: kindCredentials, secretForms } = kind.readInputs(r, {
    orgId: orgId ?? '',
    clientId: clientId ?? '',
    clientSecret,
    technicalAccountId,
  });

  const instances = atMost(r, 'instances', readInstances(r, mode));
  const nlserver = readNlserver(r);
  const { rotation, credentials } = readRotation(r, mode, kind, kindCredentials);
  const { alert, githubSecret } = readGitHub(r, mode);

  const reportSuites = atMost(
    r,
    'report-suites',
    r.list('report-suites', REPORT_SUITE, 'report suite IDs (rsid)'),
  );
  const settings: Settings = {
    mode,
    verify,
    credentials,
    instances,
    nlserver,
    continueOnInstanceError: r.boolean('continue-on-instance-error'),
    campaignConfDir: readConfDir(r),
    reload: r.boolean('reload'),
    reportSuites,
    metrics: atMost(
      r,
      'metrics',
      r.list(
        'metrics',
        COMPONENT,
        'metric IDs such as pageviews, event1 or metrics/event1',
        normaliseComponent('metrics'),
      ),
    ),
    dimensions: atMost(
      r,
      'dimensions',
      r.list(
        'dimensions',
        COMPONENT,
        'dimension IDs such as evar1 or variables/evar1',
        normaliseComponent('variables'),
      ),
    ),
    toolProbes: r.choice<ToolProbes>('tool-probes', ['first-suite', 'every-suite']),
    campaignEvar: readCampaignEvar(r, reportSuites),
    globalCompanyId: r.matching(
      'global-company-id',
      COMPANY,
      'a global company ID as listed by Analytics discovery (letters, digits, "_" or "-")',
      false,
    ),
    imsEndpoint: r.endpoint('ims-endpoint'),
    analyticsEndpoint: r.endpoint('analytics-endpoint'),
    timeoutSeconds: r.integer('timeout-seconds', 5, 3600, 'seconds'),
    maxAttempts: r.integer('max-attempts', 1, 10, 'attempts'),
    alert,
    githubSecret,
    rotation,
  };

  if (settings.reportSuites.length === 0) {
    for (const name of ['metrics', 'dimensions'] as const) {
      if (settings[name].length > 0)
        r.problem(
          name,
          'conflict',
          `needs ${inputRef('report-suites')}: the report suites to check them in`,
        );
    }
  }

  return {
    settings: r.problems.length === 0 ? settings : undefined,
    problems: r.problems,
    warnings: r.warnings,
    secretForms,
  };
}
