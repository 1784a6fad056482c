import type { GeneratedCredential } from './credentials.js';
import type { Emulator } from './types.js';

/** The action's inputs for a generated credential, pointed at the emulator. */
export function credentialInputs(
  generated: GeneratedCredential,
  emulator: Pick<Emulator, 'url'>,
): Record<string, string> {
  const { credential } = generated;
  return {
    'ims-org-id': credential.orgId,
    'client-id': credential.clientId,
    'client-secret': credential.clientSecrets[0] ?? '',
    'technical-account-id': credential.technicalAccountId,
    'ims-endpoint': emulator.url,
    'analytics-endpoint': emulator.url,
  };
}

/** The rotate mode's Console inputs for a generated credential, pointed at the emulator. */
export function rotationInputs(
  generated: GeneratedCredential,
  emulator: Pick<Emulator, 'url'>,
): Record<string, string> {
  const project = generated.credential.console;
  if (!project) throw new Error('the credential has no Developer Console ids (console)');
  return {
    ...credentialInputs(generated, emulator),
    'console-org-id': project.orgId,
    'credential-id': project.credentialId,
    'console-endpoint': emulator.url,
  };
}
