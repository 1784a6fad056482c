// Analytics answers, each read through the one shape helper (common/shape.ts): the two
// error envelopes, discovery, and the report suite and component lists. Ids keep their raw
// value for matching with the inputs and a sanitised one for messages.
import type { Check } from '../../common/checks.js';
import { inputRef } from '../../common/input-ref.js';
import { type Quoted, quoted, type Sanitised } from '../../common/sanitise.js';
import {
  flag,
  listOf,
  matching,
  optional,
  type Reader,
  type ReadResult,
  readFields,
  readShape,
  record,
  text,
} from '../../common/shape.js';

/** The gateway's `{error_code, message}` and Analytics' `{errorCode, errorDescription}`. */
export interface ErrorEnvelope {
  gatewayCode?: string;
  analyticsCode?: string;
  /** Adobe's message, for the row. */
  said?: Quoted;
  /** Fields that were there but did not fit. */
  problems: Sanitised[];
}

const ENVELOPE = {
  error_code: optional(text),
  errorCode: optional(text),
  message: optional(text),
  errorDescription: optional(text),
  error_description: optional(text),
};

export function readErrorEnvelope(body: unknown): ErrorEnvelope {
  const { value, problems } = readFields(ENVELOPE, body);
  const said = value.message ?? value.errorDescription ?? value.error_description;
  return {
    gatewayCode: value.error_code,
    analyticsCode: value.errorCode,
    said: said === undefined ? undefined : quoted(said),
    problems,
  };
}

// Used in request paths and the global-company-id output: only what the input rule allows.
const COMPANY_ID = matching(
  /^[A-Za-z0-9_-]{1,100}$/,
  'a global company ID (letters, digits, "_" or "-")',
);

const DISCOVERY = record({
  imsUserId: optional(text),
  imsOrgs: optional(
    listOf(
      record({
        imsOrgId: text,
        companies: optional(
          listOf(record({ globalCompanyId: COMPANY_ID, companyName: optional(text) })),
        ),
      }),
    ),
  ),
});

export interface Discovery {
  user: Quoted | undefined;
  orgs: { id: Quoted; companies: { id: Quoted; name: Quoted | undefined }[] }[];
}

const maybeQuoted = (value: string | undefined) =>
  value === undefined ? undefined : quoted(value);

export function readDiscovery(body: unknown): ReadResult<Discovery> {
  const read = readShape(DISCOVERY, body);
  if (!read.ok) return read;
  return {
    ok: true,
    value: {
      user: maybeQuoted(read.value.imsUserId),
      orgs: (read.value.imsOrgs ?? []).map((org) => ({
        id: quoted(org.imsOrgId),
        companies: (org.companies ?? []).map((company) => ({
          id: quoted(company.globalCompanyId),
          name: maybeQuoted(company.companyName),
        })),
      })),
    },
  };
}

/** Lists are an array in the docs and a paged object (`content`) live: accept both. */
function listAnswer<T>(item: Reader<T>): Reader<T[]> {
  const list = listOf(item);
  const paged = record({ content: list });
  return (value, at) => (Array.isArray(value) ? list(value, at) : paged(value, at).content);
}

const SUITES = listAnswer(record({ rsid: text }));
const COMPONENTS = listAnswer(record({ id: text, allowedForReporting: optional(flag) }));

export function readReportSuiteIds(body: unknown): ReadResult<Quoted[]> {
  const read = readShape(SUITES, body);
  return read.ok ? { ok: true, value: read.value.map((suite) => quoted(suite.rsid)) } : read;
}

/** Components the suite exposes for reporting (explicitly disallowed ones do not count). */
export function readComponentIds(body: unknown): ReadResult<Quoted[]> {
  const read = readShape(COMPONENTS, body);
  if (!read.ok) return read;
  return {
    ok: true,
    value: read.value.filter((c) => c.allowedForReporting !== false).map((c) => quoted(c.id)),
  };
}

/** The row for an answer that did not fit: what was seen, never an exception. */
export function misfitCheck(id: string, what: string, problem: Sanitised): Check {
  return {
    id,
    status: 'fail',
    message: `Analytics answered ${what} in a shape this action cannot read: ${problem}. Check that ${inputRef('analytics-endpoint')} is the Adobe Analytics 2.0 API (https://analytics.adobe.io).`,
  };
}
