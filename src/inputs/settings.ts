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

export interface Settings {
  mode: Mode;
  verify: Verify;
  credentials: Credentials;
  instances: string[];
  nlserver: string;
  continueOnInstanceError: boolean;
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
}

export interface ParsedInputs {
  settings: Settings | undefined;
  problems: InputProblem[];
  warnings: string[];
  /** Derived secret forms (a normalised key PEM, its lines, its base64) to mask at once. */
  secretForms: string[];
}
