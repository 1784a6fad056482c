import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type ForwardProxy, startProxy } from '../support/proxy.js';
import { type Scenario, startScenario } from '../support/scenario.js';

let s: Scenario;
let proxy: ForwardProxy;
beforeAll(async () => {
  s = await startScenario();
  proxy = await startProxy();
});
afterAll(async () => {
  await proxy.close();
  await s.close();
});
beforeEach(() => {
  s.emulator.reset();
  proxy.seen.length = 0;
});

const host = () => new URL(s.emulator.url).host;

describe('proxy variables, as self-hosted runners set them', () => {
  it.each(['HTTP_PROXY', 'http_proxy'])('sends the Adobe requests through %s', async (variable) => {
    const run = await s.run(
      { ...s.inputs, verify: 'permissions' },
      { env: { [variable]: proxy.url } },
    );
    expect(run.exitCode).toBe(0);
    expect(s.emulator.requests.length).toBeGreaterThanOrEqual(3);
    // Tunnels are kept alive, so one CONNECT can carry several requests; the unreachable
    // proxy test below shows there is no direct path besides the proxy.
    expect(proxy.seen.length).toBeGreaterThan(0);
    for (const line of proxy.seen) expect(line).toContain(host());
  });

  it('bypasses the proxy for hosts in NO_PROXY', async () => {
    const run = await s.run(s.inputs, { env: { HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1' } });
    expect(run.exitCode).toBe(0);
    expect(s.emulator.requests.length).toBeGreaterThan(0);
    expect(proxy.seen).toEqual([]);
  });

  it('fails with a hint when the proxy cannot be reached, and sends nothing around it', async () => {
    const run = await s.run(
      { ...s.inputs, 'max-attempts': '2', 'timeout-seconds': '10' },
      { env: { HTTP_PROXY: 'http://127.0.0.1:9' } },
    );
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/failed after 2 attempts: ECONNREFUSED.*HTTPS_PROXY, NO_PROXY/);
    expect(s.emulator.requests).toHaveLength(0);
  });
});
