// GitHub Actions secrets of one repository and its environments, as GitHub's REST API defines
// them: get the public key (key_id + base64 key), then create or update a secret with PUT,
// encrypted_value (a libsodium sealed box, base64) and key_id; 201 on create, 204 on update.
// The fake holds each private key, so a test can open what was stored.
//
// Chosen here (GitHub documents no error answer for these): 422 for a bad name, a missing
// field, an unknown key_id, a value that does not open with the key, or one over 48 KB (the
// documented size limit); names are stored upper-cased and compared case-insensitively, as
// GitHub shows them. A token that may not write secrets gets GitHub's 403 for GITHUB_TOKEN.
import { randomInt } from 'node:crypto';
import type Sodium from 'libsodium-wrappers';
import { errorReply, type FieldError, githubTime, parseInput, type Reply } from './replies.js';

export interface FakeActionsSecret {
  /** Upper-cased. */
  name: string;
  /** null: a repository secret. */
  environment: string | null;
  /** The base64 sealed box as it was sent. */
  encryptedValue: string;
  keyId: string;
  createdAt: string;
  updatedAt: string;
}

interface KeyPair {
  keyId: string;
  publicKey: Uint8Array;
  privateKey: Uint8Array;
}

let loading: Promise<typeof Sodium> | undefined;
/** Loaded on first use, so fakes that never touch secrets never pay for the WebAssembly. */
function sodium(): Promise<typeof Sodium> {
  loading ??= import('libsodium-wrappers').then(async ({ default: lib }) => {
    await lib.ready;
    return lib;
  });
  return loading;
}

/** Documented naming rules: letters, digits and _, not starting with a digit or GITHUB_. */
const SECRET_NAME = /^(?!GITHUB_)[A-Z_][A-Z0-9_]*$/i;
const MAX_VALUE_BYTES = 48 * 1024;
const PATH =
  /^\/repos\/(?<owner>[^/]+)\/(?<repo>[^/]+)\/(?:actions|environments\/(?<environment>[^/]+))\/secrets\/(?<name>[^/]+)$/;

export class ActionsSecrets {
  /** Live state, in creation order. */
  readonly secrets: FakeActionsSecret[] = [];
  private readonly keys = new Map<string, KeyPair>();

  constructor(
    private readonly owner: string,
    private readonly repo: string,
    /** Environments that exist; names compare case-insensitively, as on GitHub. */
    private readonly environments: string[],
    public canWrite: boolean,
  ) {}

  /** The answer to a secrets request, or undefined when the path is not a secrets path. */
  async route(method: string, url: URL, rawBody: string): Promise<Reply | undefined> {
    const groups = PATH.exec(url.pathname)?.groups;
    if (!groups) return undefined;
    const sameRepo =
      decodeURIComponent(groups.owner ?? '').toLowerCase() === this.owner.toLowerCase() &&
      decodeURIComponent(groups.repo ?? '').toLowerCase() === this.repo.toLowerCase();
    const environment = this.environment(
      groups.environment === undefined ? undefined : decodeURIComponent(groups.environment),
    );
    if (!sameRepo || environment === undefined) return errorReply(404, 'Not Found');
    const name = decodeURIComponent(groups.name ?? '');
    if (name === 'public-key' && method === 'GET') {
      const key = await this.keyFor(environment);
      const lib = await sodium();
      return {
        status: 200,
        body: {
          key_id: key.keyId,
          key: lib.to_base64(key.publicKey, lib.base64_variants.ORIGINAL),
        },
      };
    }
    if (method !== 'PUT') return errorReply(404, 'Not Found');
    if (!this.canWrite) {
      return {
        ...errorReply(403, 'Resource not accessible by integration'),
        // GitHub names the permission a fine-grained token or app lacks in this header.
        headers: {
          'x-accepted-github-permissions':
            environment === null ? 'secrets=write' : 'environments=write',
        },
      };
    }
    return this.put(name, environment, rawBody);
  }

  /** Seals `value` with this fake's key and stores it, as if set earlier. */
  async seed(name: string, value: string, environment: string | null = null): Promise<void> {
    const scope = this.environment(environment ?? undefined);
    if (scope === undefined) throw new Error(`no environment named ${environment}`);
    const key = await this.keyFor(scope);
    const lib = await sodium();
    const sealed = lib.crypto_box_seal(lib.from_string(value), key.publicKey);
    this.store(name, scope, lib.to_base64(sealed, lib.base64_variants.ORIGINAL), key.keyId);
  }

  /** Opens a stored secret with the private key: its plain value, or undefined if there is none. */
  async open(name: string, environment: string | null = null): Promise<string | undefined> {
    const secret = this.find(name, environment);
    if (!secret) return undefined;
    const key = await this.keyFor(secret.environment);
    const plain = await this.unseal(secret.encryptedValue, key);
    return plain === undefined ? undefined : new TextDecoder().decode(plain);
  }

  /** The canonical spelling of an existing environment; null for none; undefined if unknown. */
  private environment(raw: string | undefined): string | null | undefined {
    if (raw === undefined) return null;
    const wanted = raw.toLowerCase();
    return this.environments.find((name) => name.toLowerCase() === wanted);
  }

  private async keyFor(environment: string | null): Promise<KeyPair> {
    const scope = environment === null ? '' : `env:${environment.toLowerCase()}`;
    let key = this.keys.get(scope);
    if (!key) {
      const { publicKey, privateKey } = (await sodium()).crypto_box_keypair();
      // GitHub's key ids are long decimal strings.
      key = { keyId: String(randomInt(1e12, 2 ** 48 - 1)), publicKey, privateKey };
      this.keys.set(scope, key);
    }
    return key;
  }

  private async unseal(encryptedValue: string, key: KeyPair): Promise<Uint8Array | undefined> {
    const lib = await sodium();
    try {
      const sealed = lib.from_base64(encryptedValue, lib.base64_variants.ORIGINAL);
      return lib.crypto_box_seal_open(sealed, key.publicKey, key.privateKey);
    } catch {
      return undefined;
    }
  }

  private async put(name: string, environment: string | null, rawBody: string): Promise<Reply> {
    const input = parseInput(rawBody);
    if (!input) return errorReply(400, 'Problems parsing JSON');
    const invalid = (field: string, code: FieldError['code'] = 'invalid') =>
      errorReply(422, 'Validation Failed', [{ resource: 'Secret', field, code }]);
    if (!SECRET_NAME.test(name)) return invalid('name');
    const { encrypted_value: value, key_id: keyId } = input;
    if (typeof value !== 'string') return invalid('encrypted_value', 'missing_field');
    if (typeof keyId !== 'string') return invalid('key_id', 'missing_field');
    const key = await this.keyFor(environment);
    if (keyId !== key.keyId) return invalid('key_id');
    const plain = await this.unseal(value, key);
    if (!plain || plain.length > MAX_VALUE_BYTES) return invalid('encrypted_value');
    const created = this.store(name, environment, value, keyId);
    return created ? { status: 201, body: {} } : { status: 204 };
  }

  /** True when the secret is new. */
  private store(name: string, environment: string | null, value: string, keyId: string): boolean {
    const existing = this.find(name, environment);
    const stamp = githubTime();
    if (existing) {
      Object.assign(existing, { encryptedValue: value, keyId, updatedAt: stamp });
      return false;
    }
    this.secrets.push({
      name: name.toUpperCase(),
      environment,
      encryptedValue: value,
      keyId,
      createdAt: stamp,
      updatedAt: stamp,
    });
    return true;
  }

  private find(name: string, environment: string | null): FakeActionsSecret | undefined {
    const env = environment?.toLowerCase() ?? null;
    return this.secrets.find(
      (s) => s.name === name.toUpperCase() && (s.environment?.toLowerCase() ?? null) === env,
    );
  }
}
