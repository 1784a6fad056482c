// The Developer Console's I/O Management API for one credential's client secrets: list,
// add and delete (developer.adobe.com ServerToServerAuthentication ims.md). A credential
// holds at most two secrets; the list never shows a value; add shows the new one once.
import { ActionError } from '../../common/errors.js';
import type { HttpClient, HttpRequest } from '../../common/http.js';
import { inputRef } from '../../common/input-ref.js';
import { parseJson } from '../../common/json.js';
import { sanitise } from '../../common/sanitise.js';
import {
  listOf,
  matching,
  optional,
  readFields,
  readShape,
  record,
  text,
  wholeNumber,
} from '../../common/shape.js';

export interface ConsoleTarget {
  endpoint: string;
  /** The numeric Developer Console organization id. */
  orgId: string;
  credentialId: string;
  /** Sent as x-api-key. */
  clientId: string;
  /** Minted with the current secret and the I/O Management scopes. */
  accessToken: string;
}

export interface SecretInfo {
  uuid: string;
  createdAt: Date | undefined;
  /** The latest `secret_usages[].last_used_at`; undefined when never used. */
  lastUsedAt: Date | undefined;
}

export interface NewSecret {
  value: string;
  /** Absent from the answer as Adobe's SDK spec describes it: found by listing again. */
  uuid: string | undefined;
  createdAt: Date | undefined;
}

/** The Console answered, and refused: the status decides what the user is told. */
export class ConsoleRefusal extends ActionError {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

// Times are milliseconds since the epoch, sent as strings in the docs' samples.
const MILLIS = wholeNumber(1, 4_102_444_800_000);
const UUID = matching(/^[A-Za-z0-9-]{8,64}$/, 'a secret uuid (letters, digits and "-")');
const SECRET_INFO = record({
  uuid: UUID,
  created_at: optional(MILLIS),
  secret_usages: optional(listOf(record({ last_used_at: optional(MILLIS) }))),
});
const LIST = record({ client_id: text, client_secrets: listOf(SECRET_INFO) });
// Adobe's secrets are "p8e-" and 32 more characters: a value of a few visible characters,
// never a line of text. A misfit says only its length.
const SECRET_VALUE = matching(
  /^[\x21-\x7e]{16,256}$/,
  'a client secret of 16 to 256 visible characters',
  true,
);
const ADDED = record({
  client_secret: SECRET_VALUE,
  uuid: optional(UUID),
  created_at: optional(MILLIS),
});
const GATEWAY_ERROR = { error_code: optional(text), message: optional(text) };

const date = (millis: number | undefined) => (millis === undefined ? undefined : new Date(millis));

type Operation = 'list the client secrets' | 'add a client secret' | 'delete a client secret';

function refusal(target: ConsoleTarget, operation: Operation, status: number, body: unknown) {
  const { value } = readFields(GATEWAY_ERROR, body);
  const said =
    value.error_code || value.message
      ? `: ${sanitise([value.error_code, value.message].filter(Boolean).join(' '))}`
      : '';
  const seen = `(HTTP ${status}${said})`;
  if (status === 401 || status === 403) {
    return new ConsoleRefusal(
      `The Developer Console refused to ${operation} ${seen}. Likely causes: the project lacks the I/O Management API (Developer Console > the project > Add API > I/O Management API, for this credential); the project was created by Adobe, and such projects cannot be changed; or the credential is being migrated from JWT to OAuth, which blocks rotating its secrets until the migration is done.`,
      status,
    );
  }
  if (status === 404) {
    return new ConsoleRefusal(
      `The Developer Console knows no credential ${target.credentialId} in organization ${target.orgId} ${seen}: copy ${inputRef('console-org-id')} and ${inputRef('credential-id')} from the credential page URL, /console/projects/<console-org-id>/<project>/credentials/<credential-id>/details.`,
      status,
    );
  }
  const hint =
    operation === 'add a client secret' && status === 400
      ? ' A credential holds at most 2 client secrets: delete the unused one in Developer Console.'
      : '';
  return new ConsoleRefusal(
    `The Developer Console refused to ${operation} ${seen}.${hint}`,
    status,
  );
}

export class ConsoleSecrets {
  constructor(
    private readonly http: HttpClient,
    private readonly target: ConsoleTarget,
  ) {}

  async #send(
    operation: Operation,
    request: Omit<HttpRequest, 'label' | 'url' | 'headers'>,
    uuid?: string,
  ) {
    const { endpoint, orgId, credentialId, clientId, accessToken } = this.target;
    const path = `/console/organizations/${encodeURIComponent(orgId)}/credentials/${encodeURIComponent(credentialId)}/secrets${uuid ? `/${encodeURIComponent(uuid)}` : ''}`;
    return this.http.send({
      ...request,
      label: `Developer Console: ${operation}`,
      url: `${endpoint}${path}`,
      headers: {
        authorization: `Bearer ${accessToken}`,
        'x-api-key': clientId,
        accept: 'application/json',
      },
    });
  }

  async list(): Promise<{ clientId: string; secrets: SecretInfo[] }> {
    const operation = 'list the client secrets';
    const response = await this.#send(operation, { method: 'GET' });
    const body = parseJson(response.text);
    if (response.status !== 200) throw refusal(this.target, operation, response.status, body);
    const read = readShape(LIST, body);
    if (!read.ok) {
      throw new ActionError(
        `The Developer Console answered the secret list in a shape this action cannot read: ${read.problem}. Check that ${inputRef('console-endpoint')} is the Developer Console API (https://api.adobe.io).`,
      );
    }
    return {
      clientId: read.value.client_id,
      secrets: read.value.client_secrets.map((secret) => ({
        uuid: secret.uuid,
        createdAt: date(secret.created_at),
        lastUsedAt: date(
          Math.max(0, ...(secret.secret_usages ?? []).map((usage) => usage.last_used_at ?? 0)) ||
            undefined,
        ),
      })),
    };
  }

  /** Adds a secret; `mask` gets the value before anything else happens to it. */
  async add(mask: (value: string) => void): Promise<NewSecret> {
    const operation = 'add a client secret';
    const response = await this.#send(operation, { method: 'POST', once: true });
    const body = parseJson(response.text);
    const value = (body as { client_secret?: unknown } | undefined)?.client_secret;
    if (typeof value === 'string') mask(value);
    // 201 in the docs, 200 in Adobe's SDK spec.
    if (response.status !== 200 && response.status !== 201)
      throw refusal(this.target, operation, response.status, body);
    const read = readShape(ADDED, body);
    if (!read.ok) {
      throw new ActionError(
        `The Developer Console added a client secret but answered in a shape this action cannot read: ${read.problem}.`,
      );
    }
    return {
      value: read.value.client_secret,
      uuid: read.value.uuid,
      createdAt: date(read.value.created_at),
    };
  }

  /** Deletes a secret; one already gone (404) counts as deleted. */
  async remove(uuid: string): Promise<void> {
    const operation = 'delete a client secret';
    const response = await this.#send(operation, { method: 'DELETE' }, uuid);
    // 204 in the docs, 200 in Adobe's SDK spec.
    if (response.status === 200 || response.status === 204 || response.status === 404) return;
    throw refusal(this.target, operation, response.status, parseJson(response.text));
  }
}
