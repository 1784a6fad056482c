import { describe, expect, it } from 'vitest';
import { splitList } from '../../src/common/input-reader.js';
import { parseInputs } from '../../src/inputs/rules.js';
import { asAction, oauthInputs, reader, VALID } from '../support/inputs.js';
import { rsaKeyPair } from '../support/keys.js';

const keys = rsaKeyPair();
const parse = (overrides: Record<string, string> = {}) =>
  parseInputs(reader(oauthInputs(overrides)));

describe('parseInputs', () => {
  it('fills defaults from action.yml and picks oauth without a key', () => {
    const { settings, problems } = parse();
    expect(problems).toEqual([]);
    expect(settings).toMatchObject({
      mode: 'validate',
      verify: 'permissions',
      nlserver: 'nlserver',
      imsEndpoint: 'https://ims-na1.adobelogin.com',
      analyticsEndpoint: 'https://analytics.adobe.io',
      timeoutSeconds: 60,
      maxAttempts: 4,
      continueOnInstanceError: false,
    });
    expect(settings?.credentials).toMatchObject({ auth: 'oauth' });
    expect(settings?.credentials.auth === 'oauth' && settings.credentials.scopes).toContain(
      'additional_info.projectedProductContext',
    );
  });

  it('auth auto becomes jwt when a private key is given, and masks its derived forms', () => {
    const { settings, secretForms } = parse({ 'private-key': keys.pkcs8 });
    const credentials = settings?.credentials;
    if (credentials?.auth !== 'jwt') throw new Error('expected a jwt credential');
    expect(credentials.privateKey.pem).toBe(keys.pkcs8);
    expect(credentials.metascopes).toEqual(['ent_analytics_bulk_ingest_sdk']);
    expect(secretForms).toContain(credentials.privateKey.base64);
  });

  it('warns and ignores the key when auth is oauth', () => {
    const { settings, warnings } = parse({ auth: 'oauth', 'private-key': keys.pkcs8 });
    expect(settings?.credentials).not.toHaveProperty('privateKey');
    expect(asAction(warnings[0])).toMatch(/private-key is set but auth: oauth/);
  });

  it('reports every problem at once, each naming its input', () => {
    const { settings, problems } = parseInputs(
      reader({
        mode: 'apply',
        'ims-org-id': 'nope',
        'client-id': 'x',
        'client-secret': '',
        auth: 'jwt',
      }),
    );
    expect(settings).toBeUndefined();
    expect(problems.map((p) => p.input).sort()).toEqual(
      [
        'client-id',
        'client-secret',
        'ims-org-id',
        'instances',
        'private-key',
        'technical-account-id',
      ].sort(),
    );
    for (const problem of problems)
      expect(asAction(problem.message).startsWith(`${problem.input} `)).toBe(true);
    expect(problems.find((p) => p.input === 'client-secret')?.kind).toBe('missing');
    expect(problems.find((p) => p.input === 'ims-org-id')?.kind).toBe('invalid');
  });

  it('never echoes a secret value in a message', () => {
    const secret = 'p8e-zq9Wk Xy7LmQvT';
    const { problems } = parse({ 'client-secret': secret });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).not.toContain('Xy7LmQvT');
  });

  it('trims a secret pasted with a trailing newline', () => {
    expect(parse({ 'client-secret': `${VALID.secret}\n` }).settings?.credentials.clientSecret).toBe(
      VALID.secret,
    );
  });

  it('splits instances on commas and newlines and requires them for print/apply', () => {
    const { settings } = parse({ mode: 'print', instances: 'prod, stage\n\n dev ' });
    expect(settings?.instances).toEqual(['prod', 'stage', 'dev']);
    expect(parse({ mode: 'print' }).problems[0]?.input).toBe('instances');
    expect(parse({ mode: 'validate' }).problems).toEqual([]);
  });

  it('normalises metric and dimension shorthands', () => {
    const { settings } = parse({
      'report-suites': 'rs1',
      metrics: 'event1, metrics/pageviews',
      dimensions: 'evar1\nvariables/evar2',
    });
    expect(settings?.metrics).toEqual(['metrics/event1', 'metrics/pageviews']);
    expect(settings?.dimensions).toEqual(['variables/evar1', 'variables/evar2']);
  });

  it('accepts http only for loopback endpoints and reduces endpoints to their origin', () => {
    expect(parse({ 'ims-endpoint': 'http://127.0.0.1:8080' }).settings?.imsEndpoint).toBe(
      'http://127.0.0.1:8080',
    );
    expect(parse({ 'ims-endpoint': 'https://ims-na1.adobelogin.com/' }).settings?.imsEndpoint).toBe(
      'https://ims-na1.adobelogin.com',
    );
    expect(parse({ 'analytics-endpoint': 'http://example.com' }).problems[0]?.input).toBe(
      'analytics-endpoint',
    );
  });

  it('requires the technical account for jwt (it is the sub claim)', () => {
    const { problems } = parse({ 'private-key': keys.pkcs8, 'technical-account-id': '' });
    expect(problems.map((p) => p.input)).toEqual(['technical-account-id']);
  });
});

describe('splitList', () => {
  it('drops blanks and trims', () => {
    expect(splitList(' a,,b\n c ,\n')).toEqual(['a', 'b', 'c']);
  });
});

describe('Analytics inputs', () => {
  it('need report-suites for metrics and dimensions', () => {
    const { problems } = parse({ metrics: 'event1', dimensions: 'evar1' });
    expect(problems.map((p) => p.input)).toEqual(['metrics', 'dimensions']);
  });
});
