// GitHub's REST routes over one repository's issues: list (state and labels filters, newest
// first, per_page/page with the Link header Octokit's paginate() follows), create, update,
// and list or add comments. As GitHub documents: 201 on create, 422 "Validation Failed" with
// missing_field or invalid per field, 400 for a body that is not a JSON object, 404 for
// another repository or an unknown issue. Chosen here: an unknown state filter is a 422.
// The issues themselves, and how they are shown, are in issue-records.ts.
import { type FakeIssue, IssueRecords } from './issue-records.js';
import { errorReply, type FieldError, type Input, parseInput, type Reply } from './replies.js';

export type { FakeIssue } from './issue-records.js';

type Rules = Record<string, { required?: boolean; valid: (value: unknown) => boolean }>;

const text = (value: unknown) => typeof value === 'string' && value.trim() !== '';
const nullableString = (value: unknown) => value === null || typeof value === 'string';
const labelNames = (value: unknown) => Array.isArray(value) && value.every(text);
const oneOf =
  (...allowed: unknown[]) =>
  (value: unknown) =>
    allowed.includes(value);

function validate(resource: string, input: Input, rules: Rules): Reply | undefined {
  const errors = Object.entries(rules).flatMap(([field, rule]): FieldError[] => {
    const value = input[field];
    if (value === undefined)
      return rule.required ? [{ resource, field, code: 'missing_field' }] : [];
    return rule.valid(value) ? [] : [{ resource, field, code: 'invalid' }];
  });
  return errors.length > 0 ? errorReply(422, 'Validation Failed', errors) : undefined;
}

/** One page of `items` plus GitHub's `Link` header, which Octokit's paginate() follows. */
function paginate(items: unknown[], url: URL): Reply {
  const perPage = Math.min(
    100,
    Math.max(1, Math.trunc(Number(url.searchParams.get('per_page'))) || 30),
  );
  const page = Math.max(1, Math.trunc(Number(url.searchParams.get('page'))) || 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const rels: [string, number][] = [
    ['prev', page - 1],
    ['next', page < last ? page + 1 : 0],
    ['last', page < last ? last : 0],
    ['first', page > 1 ? 1 : 0],
  ];
  const link = rels
    .filter(([, target]) => target > 0)
    .map(([rel, target]) => {
      const pageUrl = new URL(url);
      pageUrl.searchParams.set('page', String(target));
      return `<${pageUrl}>; rel="${rel}"`;
    })
    .join(', ');
  return {
    status: 200,
    body: items.slice((page - 1) * perPage, page * perPage),
    ...(link && { headers: { link } }),
  };
}

/** The issues of one repository and the REST routes over them. */
export class IssueStore extends IssueRecords {
  route(method: string, url: URL, rawBody: string): Reply {
    const match = /^\/repos\/([^/]+)\/([^/]+)\/issues(?:\/(\d+)(\/comments)?)?$/.exec(url.pathname);
    const [, owner = '', repo = '', number, comments] = match ?? [];
    const sameRepo =
      decodeURIComponent(owner).toLowerCase() === this.owner.toLowerCase() &&
      decodeURIComponent(repo).toLowerCase() === this.repo.toLowerCase();
    if (!match || !sameRepo) return errorReply(404, 'Not Found');
    if (number === undefined) {
      if (method === 'GET') return this.list(url);
      if (method === 'POST') return this.withInput(rawBody, (input) => this.create(input));
      return errorReply(404, 'Not Found');
    }
    const issue = this.find(Number(number));
    if (!issue) return errorReply(404, 'Not Found');
    if (!comments && method === 'PATCH') {
      return this.withInput(rawBody, (input) => this.update(issue, input));
    }
    if (comments && method === 'GET') return this.listComments(issue, url);
    if (comments && method === 'POST') {
      return this.withInput(rawBody, (input) => this.comment(issue, input));
    }
    return errorReply(404, 'Not Found');
  }

  private withInput(rawBody: string, handle: (input: Input) => Reply): Reply {
    const input = parseInput(rawBody);
    return input ? handle(input) : errorReply(400, 'Problems parsing JSON');
  }

  private list(url: URL): Reply {
    const state = url.searchParams.get('state') ?? 'open';
    // Chosen: reject an unknown state rather than guess, so a caller's typo surfaces.
    if (!['open', 'closed', 'all'].includes(state)) {
      return errorReply(422, 'Validation Failed', [
        { resource: 'Issue', field: 'state', code: 'invalid' },
      ]);
    }
    const wanted = (url.searchParams.get('labels') ?? '')
      .split(',')
      .map((name) => name.trim().toLowerCase())
      .filter(Boolean);
    const matching = this.issues
      .filter((issue) => state === 'all' || issue.state === state)
      .filter((issue) =>
        wanted.every((name) => issue.labels.some((label) => label.toLowerCase() === name)),
      )
      .reverse();
    return paginate(
      matching.map((issue) => this.render(issue)),
      url,
    );
  }

  private create(input: Input): Reply {
    const invalid = validate('Issue', input, {
      title: { required: true, valid: text },
      body: { valid: nullableString },
      labels: { valid: labelNames },
    });
    if (invalid) return invalid;
    const issue = this.add({
      title: input.title as string,
      body: (input.body as string | null) ?? '',
      labels: (input.labels as string[] | undefined) ?? [],
    });
    return { status: 201, body: this.render(issue) };
  }

  private update(issue: FakeIssue, input: Input): Reply {
    const invalid = validate('Issue', input, {
      title: { valid: text },
      body: { valid: nullableString },
      state: { valid: oneOf('open', 'closed') },
      state_reason: { valid: oneOf('completed', 'not_planned', 'duplicate', 'reopened', null) },
      labels: { valid: labelNames },
    });
    if (invalid) return invalid;
    this.change(issue, input);
    return { status: 200, body: this.render(issue) };
  }

  private comment(issue: FakeIssue, input: Input): Reply {
    const invalid = validate('IssueComment', input, { body: { required: true, valid: text } });
    if (invalid) return invalid;
    const index = this.addComment(issue, input.body as string);
    return { status: 201, body: this.renderComment(issue, index) };
  }

  private listComments(issue: FakeIssue, url: URL): Reply {
    return paginate(
      issue.comments.map((_, index) => this.renderComment(issue, index)),
      url,
    );
  }
}
