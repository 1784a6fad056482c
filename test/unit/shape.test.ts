// The one helper for answers, and the odd answers the issue names: each becomes a sentence
// saying what was seen, never an exception.
import { describe, expect, it } from 'vitest';
import { readDiscovery, readErrorEnvelope } from '../../src/adobe/analytics/answers.js';
import { selectCompany } from '../../src/adobe/analytics/discovery.js';
import { componentsCheck } from '../../src/adobe/analytics/verdicts.js';
import { explainImsError } from '../../src/adobe/ims.js';
import {
  describeValue,
  listOf,
  optional,
  readFields,
  readShape,
  record,
  text,
  wholeNumber,
} from '../../src/common/shape.js';
import { kindNamed } from '../../src/credentials/kinds.js';
import { asAction, VALID } from '../support/inputs.js';

const problemOf = (result: { ok: boolean; problem?: string }) =>
  result.ok ? 'fits' : result.problem;

describe('readers', () => {
  const lifetime = record({ expires_in: optional(wholeNumber(1, 31_622_400)) });

  it('say where a value did not fit and what was there', () => {
    expect(problemOf(readShape(lifetime, { expires_in: 1e16 }))).toBe(
      'expires_in was the number 10000000000000000, not a whole number from 1 to 31622400',
    );
    expect(problemOf(readShape(lifetime, { expires_in: 'Infinity' }))).toBe(
      'expires_in was the string "Infinity", not a whole number from 1 to 31622400',
    );
    expect(problemOf(readShape(lifetime, { expires_in: '86399' }))).toBe('fits');
    expect(problemOf(readShape(lifetime, []))).toBe('the answer was an empty list, not an object');
    expect(problemOf(readShape(listOf(record({ id: text })), [{ id: 'a' }, { id: 7 }]))).toBe(
      '[1].id was the number 7, not a string',
    );
  });

  it('describe values briefly and safely', () => {
    expect(describeValue(undefined)).toBe('missing');
    expect(describeValue({})).toBe('an object');
    expect(describeValue([null])).toBe('a list');
    expect(describeValue(`${'x'.repeat(100)}\n`)).toMatch(
      /^the string "x{60}… \(41 more characters\)"$/,
    );
  });

  it('read error answers field by field, keeping what fits', () => {
    const { value, problems } = readFields(
      { error: optional(text), error_description: optional(text) },
      { error: 'invalid_client', error_description: { nested: true } },
    );
    expect(value).toEqual({ error: 'invalid_client' });
    expect(problems).toEqual(['error_description was an object, not a string']);
    expect(readFields({ error: optional(text) }, undefined)).toEqual({ value: {}, problems: [] });
  });
});

describe('odd Adobe answers', () => {
  it('an IMS error_description that is a number or an object is said, the error still explained', () => {
    const oauth = kindNamed('oauth');
    const number = explainImsError(
      oauth,
      401,
      { error: 'invalid_client', error_description: 42 },
      'https://ims',
    );
    expect(asAction(number)).toMatch(/^client-secret is not valid for client-id/);
    expect(number).toContain('error_description was the number 42, not a string');
    const object = explainImsError(oauth, 400, { error_description: { a: 1 } }, 'https://ims');
    expect(object).toBe(
      'Adobe IMS refused the token request (HTTP 400; its error answer did not fit: error_description was an object, not a string).',
    );
  });

  it('discovery with imsOrgs as {} or [null], or a non-string company id, becomes a failing row', () => {
    const request = {
      orgId: VALID.org,
      technicalAccountId: undefined,
      globalCompanyId: undefined,
      reportSuites: [],
      metrics: [],
      dimensions: [],
      toolProbes: 'first-suite' as const,
      campaignEvar: undefined,
    };
    for (const [body, seen] of [
      [{ imsOrgs: {} }, 'imsOrgs was an object, not a list'],
      [{ imsOrgs: [null] }, 'imsOrgs[0] was null, not an object'],
      [
        { imsOrgs: [{ imsOrgId: VALID.org, companies: [{ globalCompanyId: 12 }] }] },
        'imsOrgs[0].companies[0].globalCompanyId was the number 12, not a string',
      ],
    ] as const) {
      expect(problemOf(readDiscovery(body))).toBe(seen);
      const { check, companyId } = selectCompany(body, request);
      expect(check.status).toBe('fail');
      expect(check.message).toContain(seen);
      expect(companyId).toBeUndefined();
    }
  });

  it('a component list with non-string ids becomes a failing row, not "missing"', () => {
    const check = componentsCheck('metrics', 'rs1', ['metrics/pageviews'], {
      ok: true,
      status: 200,
      body: [{ id: 5 }],
    });
    expect(check).toMatchObject({ id: 'metrics:rs1', status: 'fail' });
    expect(check.message).toContain('[0].id was the number 5, not a string');
  });

  it('an Analytics message that is an object is said, and the code still read', () => {
    expect(readErrorEnvelope({ error_code: '403025', message: { x: 1 } })).toEqual({
      gatewayCode: '403025',
      analyticsCode: undefined,
      said: undefined,
      problems: ['message was an object, not a string'],
    });
  });
});
