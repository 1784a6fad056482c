// What a run is asked to do, once every input has been read and validated.

import type { InputProblem } from '../common/input-reader.js';
import type { Credentials } from '../credentials/kinds.js';
import type { MODES } from './catalogue.js';

export type Mode = (typeof MODES)[number];
export type Verify = 'permissions' | 'token' | 'none';
export type ToolProbes = 'first-suite' | 'every-suite';

export interface AlertSettings {
  label: string;
  token: string;
  /** Empty: the runner's GITHUB_API_URL. */
  apiUrl: string;
}

/** The Actions secret a rotation stores the new client secret in. */
export interface GitHubSecretSettings {
  name: string;
  /** Update this environment's secret instead of the repository's. */
  environment: string | undefined;
  token: string;
  /** Empty: the runner's GITHUB_API_URL. */
  apiUrl: string;
}

export interface RotationSettings {
  /** The numeric Developer Console organization id (not the @AdobeOrg id). */
  consoleOrgId: string;
  credentialId: string;
  consoleEndpoint: string;
  deleteOldSecret: boolean;
}

export interface Settings {
  mode: Mode;
  verify: Verify;
  credentials: Credentials;
  instances: string[];
  nlserver: string;
  continueOnInstanceError: boolean;
  /** Where the credential is read back from; undefined: beside nlserver's bin folder. */
  campaignConfDir: string | undefined;
  /** Run `nlserver config -reload` once every instance has been read back. */
  reload: boolean;
  reportSuites: string[];
  metrics: string[];
  dimensions: string[];
  toolProbes: ToolProbes;
  /** evar11: the campaign-name eVar whose classification set is checked. */
  campaignEvar: string | undefined;
  globalCompanyId: string | undefined;
  imsEndpoint: string;
  analyticsEndpoint: string;
  timeoutSeconds: number;
  maxAttempts: number;
  /** Scheduled health: keep one issue with this label in line with the checks. */
  alert: AlertSettings | undefined;
  /** rotate: the Actions secret that receives the new client secret. */
  githubSecret: GitHubSecretSettings | undefined;
  /** Only for mode: rotate. */
  rotation: RotationSettings | undefined;
}

export interface ParsedInputs {
  settings: Settings | undefined;
  problems: InputProblem[];
  warnings: string[];
  /** Derived secret forms (a normalised key PEM, its lines, its base64) to mask at once. */
  secretForms: string[];
}
