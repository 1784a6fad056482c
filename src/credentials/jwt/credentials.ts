import type { X509Certificate } from 'node:crypto';
import type { BaseCredentials } from '../kind.js';
import type { PrivateKeyMaterial } from './private-key.js';

export interface JwtCredentials extends BaseCredentials {
  auth: 'jwt';
  /** The assertion's sub claim. */
  technicalAccountId: string;
  privateKey: PrivateKeyMaterial;
  metascopes: string[];
  /** The public certificate registered on the credential, when given. */
  certificate: X509Certificate | undefined;
  expiryWarningDays: number;
}
