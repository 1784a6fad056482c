// The inputs of mode: rotate, which replaces the client secret through the Developer
// Console's I/O Management API. Only a credential kind that can rotate its secrets may.
import type { InputReader } from '../common/input-reader.js';
import { inputRef } from '../common/input-ref.js';
import type { CredentialKind } from '../credentials/kind.js';
import type { Credentials } from '../credentials/kinds.js';
import type { Mode, RotationSettings } from './settings.js';

// Both ids are numbers in the credential page's URL:
// /console/projects/{orgId}/{projectId}/credentials/{credentialId}/details/...
const CONSOLE_ID = /^\d{1,20}$/;

export function readRotation(
  r: InputReader,
  mode: Mode,
  kind: CredentialKind<Credentials>,
  credentials: Credentials,
): { rotation: RotationSettings | undefined; credentials: Credentials } {
  const rotating = mode === 'rotate';
  const consoleOrgId = r.matching(
    'console-org-id',
    CONSOLE_ID,
    'the numeric Developer Console organization id, the number after /console/projects/ in the credential page URL (not the …@AdobeOrg id)',
    rotating,
  );
  const credentialId = r.matching(
    'credential-id',
    CONSOLE_ID,
    'the numeric credential id, the number after /credentials/ in the credential page URL',
    rotating,
  );
  const consoleEndpoint = r.endpoint('console-endpoint');
  const deleteOldSecret = r.boolean('delete-old-secret');
  if (!rotating) return { rotation: undefined, credentials };

  if (!kind.forRotation || r.raw('private-key').trim() !== '') {
    r.problem(
      'mode',
      'conflict',
      `rotate works only with OAuth Server-to-Server credentials (${inputRef('auth', 'oauth')}, no ${inputRef('private-key')}): Service Account (JWT) secrets cannot be rotated through the Developer Console API`,
    );
    return { rotation: undefined, credentials };
  }
  return {
    rotation: {
      consoleOrgId: consoleOrgId ?? '',
      credentialId: credentialId ?? '',
      consoleEndpoint,
      deleteOldSecret,
    },
    // The token that lists, adds and deletes secrets needs the I/O Management scopes.
    credentials: kind.forRotation(credentials),
  };
}
