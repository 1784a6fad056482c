// Realistic, valid input sets; tests override single entries.
import { INPUT_NAMING, renderInputRefs } from '../../src/common/input-ref.js';

/** A message as the action shows it: inputs named as in action.yml. */
export const asAction = (text: string | undefined) => renderInputRefs(text ?? '', INPUT_NAMING);

export const VALID = {
  org: 'E3761E2A657833C40A495CAC@AdobeOrg',
  client: 'e053e1a87cf74c68a6ec8e71d4a82662',
  secret: 'p8e-EIRF6kY6EHLBSdw2bpLUWKodDqJqSz3x',
  technicalAccount: '2B413E7C5BE4905E0A495E88@techacct.adobe.com',
};

export function oauthInputs(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    'ims-org-id': VALID.org,
    'client-id': VALID.client,
    'client-secret': VALID.secret,
    'technical-account-id': VALID.technicalAccount,
    ...overrides,
  };
}

export const reader = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? '';
