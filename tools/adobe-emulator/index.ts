import { setMaxListeners } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { FaultQueue } from '../faults.js';
import { analyticsRoutes } from './analytics.js';
import { consoleRoutes } from './console.js';
import { imsRoutes } from './ims.js';
import { createRateLimiter } from './rate-limit.js';
import { createSecretStore } from './secrets.js';
import { createTokenIssuer } from './tokens.js';
import type {
  ConsoleOptions,
  Emulator,
  EmulatorContext,
  EmulatorOptions,
  FaultResponse,
  Incoming,
  RecordedRequest,
  Reply,
  Route,
} from './types.js';

export { type GeneratedCredential, generateCredential } from './credentials.js';
export { IO_MANAGEMENT_SCOPES } from './ims.js';
export { credentialInputs, rotationInputs } from './inputs.js';
export { MAX_SECRETS } from './secrets.js';
export type {
  ConsoleOptions,
  ConsoleProject,
  Emulator,
  EmulatorCompany,
  EmulatorCredential,
  EmulatorOptions,
  EmulatorSecret,
  Fault,
  FaultResponse,
  ProductProfile,
  RecordedRequest,
} from './types.js';

const routes: Route[] = [...imsRoutes, ...analyticsRoutes, ...consoleRoutes];

const CONSOLE_DEFAULTS: Required<ConsoleOptions> = {
  addStatus: 201,
  addBody: 'documented',
  deleteStatus: 204,
  secretActivationDelayMs: 0,
};

// Chosen: the shapes of unrouted answers are undocumented; plain JSON keeps clients parsing.
async function dispatch(ctx: EmulatorContext, req: Incoming): Promise<Reply> {
  let pathKnown = false;
  for (const route of routes) {
    const match = route.pattern.exec(req.path);
    if (!match) continue;
    if (route.method === req.method) {
      const params = Object.fromEntries(
        Object.entries(match.groups ?? {}).map(([name, value]) => [
          name,
          decodeURIComponent(value),
        ]),
      );
      return route.handle(ctx, req, params);
    }
    pathKnown = true;
  }
  return pathKnown
    ? { status: 405, body: { error: 'method_not_allowed', error_description: req.method } }
    : { status: 404, body: { error: 'not_found', error_description: req.path } };
}

function send(res: ServerResponse, reply: Reply): void {
  if (res.destroyed) return;
  const json = reply.body !== undefined && typeof reply.body !== 'string';
  const payload = json ? JSON.stringify(reply.body) : ((reply.body as string | undefined) ?? '');
  res.writeHead(reply.status, {
    ...(json ? { 'content-type': 'application/json;charset=UTF-8' } : {}),
    ...reply.headers,
  });
  res.end(payload);
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const rateLimit = options.rateLimit ?? null;
  const ctx: EmulatorContext = {
    url: `http://127.0.0.1:${port}`,
    credentials: new Map(),
    tokens: await createTokenIssuer(),
    tokenLifetimeSeconds: options.tokenLifetimeSeconds ?? 86399,
    reportSuitesShape: options.reportSuitesShape ?? 'paged',
    rateLimiter: rateLimit && createRateLimiter(rateLimit.requests, rateLimit.windowMs),
    secrets: createSecretStore(),
    console: { ...CONSOLE_DEFAULTS, ...options.console },
  };
  const requests: RecordedRequest[] = [];
  const faults = new FaultQueue();
  // Aborted by close(), so latency sleeps stop instead of outliving the server.
  const closing = new AbortController();
  // Every in-flight latency sleep listens on it; many at once is expected here.
  setMaxListeners(0, closing.signal);
  let latencyMs = options.latencyMs ?? 0;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', ctx.url);
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: { ...req.headers },
      body: '',
      status: 0,
      startedAt: performance.now(),
      endedAt: 0,
    };
    requests.push(record);
    // 'close' fires for answered, reset and hung-then-closed requests alike.
    res.on('close', () => {
      record.status = res.headersSent ? res.statusCode : 0;
      record.endedAt = performance.now();
    });
    const rawBody = await readBody(req);
    record.body = rawBody.toString('utf8');

    const outcome: FaultResponse =
      faults.take(record.method, record.path) ??
      (await dispatch(ctx, {
        method: record.method,
        path: record.path,
        query: url.searchParams,
        headers: req.headers,
        rawBody,
      }));
    if ('kind' in outcome && outcome.kind === 'hang') return; // close() destroys the socket
    if (latencyMs > 0) await sleep(latencyMs, undefined, { signal: closing.signal });
    if ('kind' in outcome) req.socket.destroy();
    else send(res, outcome);
  }

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((error: unknown) => {
      // Requests cut short by close() or by the client need no answer.
      if (closing.signal.aborted || res.destroyed) return;
      send(res, {
        status: 500,
        body: { error: 'internal_error', error_description: String(error) },
      });
    });
  });

  const emulator: Emulator = {
    url: ctx.url,
    requests,
    issuedTokens: ctx.tokens.issued,
    issuedSecrets: ctx.secrets.issued,
    addCredential(credential) {
      // Same client id replaces the old credential, so tests can reconfigure one mid-run.
      ctx.credentials.set(credential.clientId, credential);
      ctx.secrets.reset(credential);
    },
    secretsOf(clientId) {
      return ctx.secrets.list(clientId);
    },
    configureConsole(changes) {
      Object.assign(ctx.console, changes);
    },
    injectFault(fault) {
      faults.add(fault);
    },
    setLatency(ms) {
      latencyMs = ms;
    },
    reset() {
      // In place: callers may hold a reference to `requests`. Latency, credentials, their
      // secrets and the Console options stay.
      requests.length = 0;
      faults.clear();
      ctx.rateLimiter?.clear();
    },
    close() {
      closing.abort();
      return new Promise((resolve) => {
        server.close(() => resolve());
        // Hung requests and idle keep-alive sockets would otherwise keep close() waiting.
        server.closeAllConnections();
      });
    },
  };
  for (const credential of options.credentials ?? []) emulator.addCredential(credential);
  return emulator;
}
