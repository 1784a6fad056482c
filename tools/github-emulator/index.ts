import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Fault, FaultQueue } from '../faults.js';
import { type FakeIssue, IssueStore } from './issues.js';
import { errorReply, type Reply } from './replies.js';
import { ActionsSecrets, type FakeActionsSecret } from './secrets.js';

export type { Fault, FaultResponse } from '../faults.js';
export type { FakeIssue } from './issues.js';
export type { FakeActionsSecret } from './secrets.js';

export interface GitHubRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  /** Raw, so tests can search what was sent for leaked secrets. */
  body: string;
  authorization: string | undefined;
}

export interface FakeGitHub {
  /** Pass as Octokit's `baseUrl` (the action's `github-api-url`). */
  url: string;
  /** Live state, in creation order. */
  issues: FakeIssue[];
  /** Live Actions secrets of the repository and its environments, in creation order. */
  actionsSecrets: FakeActionsSecret[];
  /** Every request, in arrival order. */
  requests: GitHubRequest[];
  seedIssue(issue: Partial<FakeIssue> & { title: string }): FakeIssue;
  /** Stores a secret sealed with the fake's key, as if set earlier; a PUT then updates it. */
  seedSecret(name: string, value: string, environment?: string): Promise<void>;
  /** Opens a stored secret with the fake's private key; undefined when there is none. */
  openSecret(name: string, environment?: string): Promise<string | undefined>;
  /** Whether the token may write secrets from now on (see FakeGitHubOptions.canWriteSecrets). */
  setCanWriteSecrets(allowed: boolean): void;
  /** Answers matching requests with a status, a reset or a hang instead of routing them. */
  injectFault(fault: Fault): void;
  close(): Promise<void>;
}

export interface FakeGitHubOptions {
  owner: string;
  repo: string;
  token: string;
  /** Deployment environments of the repository; default none. */
  environments?: string[];
  /**
   * Default true. false: the token may read the public keys but every secret PUT answers 403
   * "Resource not accessible by integration", as GitHub answers GITHUB_TOKEN.
   */
  canWriteSecrets?: boolean;
}

/** GitHub accepts both schemes for installation and personal tokens. */
function carriesToken(authorization: string | undefined, token: string): boolean {
  return /^(?:token|bearer) +(\S+)$/i.exec(authorization ?? '')?.[1] === token;
}

function send(res: ServerResponse, reply: Reply): void {
  const json = reply.body !== undefined;
  res.writeHead(reply.status, {
    ...(json && { 'content-type': 'application/json; charset=utf-8' }),
    ...reply.headers,
  });
  res.end(json ? JSON.stringify(reply.body) : undefined);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** A fake of GitHub's issues and Actions secrets REST API for one repository, on 127.0.0.1. */
export async function startFakeGitHub(options: FakeGitHubOptions): Promise<FakeGitHub> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const store = new IssueStore(options.owner, options.repo, url);
  const secrets = new ActionsSecrets(
    options.owner,
    options.repo,
    options.environments ?? [],
    options.canWriteSecrets ?? true,
  );
  const requests: GitHubRequest[] = [];
  const faults = new FaultQueue();

  async function route(record: GitHubRequest, requestUrl: URL): Promise<Reply> {
    // GitHub checks credentials before routing: a bad token is a 401 on any path.
    if (!carriesToken(record.authorization, options.token))
      return errorReply(401, 'Bad credentials');
    const secretReply = await secrets.route(record.method, requestUrl, record.body);
    return secretReply ?? store.route(record.method, requestUrl, record.body);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const requestUrl = new URL(req.url ?? '/', url);
    const record: GitHubRequest = {
      method: req.method ?? 'GET',
      path: requestUrl.pathname,
      query: Object.fromEntries(requestUrl.searchParams),
      body: '',
      authorization: req.headers.authorization,
    };
    // Recorded before the body arrives, so `requests` keeps arrival order.
    const requestId = requests.push(record);
    // Octokit names this id in its error logs.
    res.setHeader('x-github-request-id', `FAKE:${requestId}`);
    record.body = await readBody(req);
    const fault = faults.take(record.method, record.path);
    if (fault && 'kind' in fault) {
      if (fault.kind === 'reset') req.socket.destroy();
      return; // a hang: close() destroys the socket
    }
    send(res, fault ?? (await route(record, requestUrl)));
  }

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((error: unknown) => {
      // A client that hung up mid-body needs no answer.
      if (!res.headersSent && !res.destroyed) send(res, errorReply(500, String(error)));
    });
  });

  return {
    url,
    issues: store.issues,
    actionsSecrets: secrets.secrets,
    requests,
    seedIssue: (issue) => store.add(issue),
    seedSecret: (name, value, environment) => secrets.seed(name, value, environment ?? null),
    openSecret: (name, environment) => secrets.open(name, environment ?? null),
    setCanWriteSecrets(allowed) {
      secrets.canWrite = allowed;
    },
    injectFault: (fault) => faults.add(fault),
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Octokit's fetch keeps sockets alive; without this close() waits for them to idle out.
        server.closeAllConnections();
      }),
  };
}
