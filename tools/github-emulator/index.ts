import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { errorReply, type FakeIssue, IssueStore, type Reply } from './issues.js';

export type { FakeIssue } from './issues.js';

export interface GitHubRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  /** Raw, so tests can search what was sent for leaked secrets. */
  body: string;
  authorization: string | undefined;
}

/** A scripted answer for the next matching request(s), before any routing or auth. */
export interface GitHubFault {
  method?: string;
  path: string | RegExp;
  /** Default 1. */
  times?: number;
  response: Reply;
}

export interface FakeGitHub {
  /** Pass as Octokit's `baseUrl` (the action's `github-api-url`). */
  url: string;
  /** Live state, in creation order. */
  issues: FakeIssue[];
  /** Every request, in arrival order. */
  requests: GitHubRequest[];
  seedIssue(issue: Partial<FakeIssue> & { title: string }): FakeIssue;
  injectFault(fault: GitHubFault): void;
  close(): Promise<void>;
}

export interface FakeGitHubOptions {
  owner: string;
  repo: string;
  token: string;
}

/** GitHub accepts both schemes for installation and personal tokens. */
function carriesToken(authorization: string | undefined, token: string): boolean {
  return /^(?:token|bearer) +(\S+)$/i.exec(authorization ?? '')?.[1] === token;
}

function send(res: ServerResponse, reply: Reply): void {
  res.writeHead(reply.status, {
    'content-type': 'application/json; charset=utf-8',
    ...reply.headers,
  });
  res.end(JSON.stringify(reply.body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** A fake of the GitHub issues REST API for one repository, on 127.0.0.1 and a free port. */
export async function startFakeGitHub(options: FakeGitHubOptions): Promise<FakeGitHub> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const store = new IssueStore(options.owner, options.repo, url);
  const requests: GitHubRequest[] = [];
  const faults: { fault: GitHubFault; remaining: number }[] = [];
  const takeFault = (method: string, path: string): Reply | undefined => {
    const index = faults.findIndex(
      ({ fault }) =>
        (!fault.method || fault.method.toUpperCase() === method) &&
        (typeof fault.path === 'string' ? fault.path === path : path.search(fault.path) !== -1),
    );
    const hit = faults[index];
    if (!hit) return undefined;
    if (--hit.remaining <= 0) faults.splice(index, 1);
    return hit.fault.response;
  };

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
    // GitHub checks credentials before routing: a bad token is a 401 on any path.
    send(
      res,
      takeFault(record.method, record.path) ??
        (carriesToken(record.authorization, options.token)
          ? store.route(record.method, requestUrl, record.body)
          : errorReply(401, 'Bad credentials')),
    );
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
    requests,
    seedIssue: (issue) => store.add(issue),
    injectFault: (fault) => faults.push({ fault, remaining: fault.times ?? 1 }),
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Octokit's fetch keeps sockets alive; without this close() waits for them to idle out.
        server.closeAllConnections();
      }),
  };
}
