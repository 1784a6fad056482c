import { generateKeyPairSync, randomBytes, randomInt } from 'node:crypto';
import { newSecretValue } from './secrets.js';
import type { EmulatorCredential, ProductProfile } from './types.js';

export interface GeneratedCredential {
  credential: EmulatorCredential;
  /** PKCS#8 PEM, the format the Developer Console hands out. */
  privateKeyPem: string;
  /** SPKI PEM, bound to the credential's JWT binding. */
  publicKeyPem: string;
}

const hex = (bytes: number) => randomBytes(bytes).toString('hex');

const FULL_SUITE = {
  metrics: ['metrics/pageviews', 'metrics/visits', 'metrics/event1'],
  dimensions: ['variables/page', 'variables/evar1', 'variables/evar2'],
};

/**
 * A realistic, fully provisioned credential with a fresh RSA-2048 key pair and Console ids
 * (without the I/O Management API). Overrides merge shallowly.
 */
export function generateCredential(
  overrides: Partial<EmulatorCredential> = {},
): GeneratedCredential {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  const profile: ProductProfile = {
    reportSuites: {
      rs1prod: {
        name: 'Production',
        ...structuredClone(FULL_SUITE),
        classificationSets: { evar1: [hex(12)] },
      },
      rs2dev: {
        name: 'Development',
        ...structuredClone(FULL_SUITE),
        classificationSets: { evar1: [hex(12)] },
      },
    },
    tools: { dataWarehouse: true, dataSources: true, classifications: true },
  };
  const credential: EmulatorCredential = {
    clientId: hex(16),
    clientSecrets: [newSecretValue()],
    orgId: `${hex(12).toUpperCase()}@AdobeOrg`,
    technicalAccountId: `${hex(12).toUpperCase()}@techacct.adobe.com`,
    jwt: { publicKeyPem: publicKey },
    analytics: {
      companies: [{ globalCompanyId: `acme${hex(2)}`, companyName: 'Acme Corp', profile }],
    },
    // Numeric, like the doc example's 23294 and 436084; no I/O Management API unless a test adds it.
    console: {
      orgId: String(randomInt(10_000, 100_000)),
      credentialId: String(randomInt(100_000, 1_000_000)),
    },
    ...overrides,
  };
  return { credential, privateKeyPem: privateKey, publicKeyPem: publicKey };
}
