import {
  errorReply,
  type FieldError,
  githubTime,
  type Input,
  parseInput,
  type Reply,
} from './replies.js';

/** One issue (or pull request, which GitHub's issues API also lists) as tests see and seed it. */
export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  labels: string[];
  /** Comment bodies, oldest first. */
  comments: string[];
  isPullRequest: boolean;
}

/** What the API shows but tests need not care about; kept apart so `FakeIssue`s stay plain. */
interface Meta {
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  stateReason: string | null;
  comments: { id: number; createdAt: string }[];
}

type Rules = Record<string, { required?: boolean; valid: (value: unknown) => boolean }>;

const BOT = { login: 'github-actions[bot]', type: 'Bot' };
// Far from issue numbers, so a caller passing an id where a number belongs gets a 404.
const ISSUE_ID_BASE = 1_000_000;
const FIRST_COMMENT_ID = 2_000_001;

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

/** Label names are case-insensitive on GitHub; keep the first spelling of each. */
function uniqueLabels(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
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
export class IssueStore {
  /** Creation order; listings reverse it to show newest first. */
  readonly issues: FakeIssue[] = [];
  private readonly meta = new WeakMap<FakeIssue, Meta>();
  private nextCommentId = FIRST_COMMENT_ID;
  private readonly apiRepo: string;
  private readonly htmlRepo: string;

  constructor(
    private readonly owner: string,
    private readonly repo: string,
    apiUrl: string,
  ) {
    this.apiRepo = `${apiUrl}/repos/${owner}/${repo}`;
    this.htmlRepo = `https://github.com/${owner}/${repo}`;
  }

  add(fields: Partial<FakeIssue> & { title: string }): FakeIssue {
    const number = fields.number ?? Math.max(0, ...this.issues.map((i) => i.number)) + 1;
    if (this.find(number)) throw new Error(`issue #${number} already exists`);
    const issue: FakeIssue = {
      number,
      title: fields.title,
      body: fields.body ?? '',
      state: fields.state ?? 'open',
      labels: uniqueLabels(fields.labels ?? []),
      comments: [...(fields.comments ?? [])],
      isPullRequest: fields.isPullRequest ?? false,
    };
    this.issues.push(issue);
    this.metaOf(issue);
    return issue;
  }

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

  private find(number: number): FakeIssue | undefined {
    return this.issues.find((issue) => issue.number === number);
  }

  /** Created lazily too, so issues a test pushes straight into `issues` still render. */
  private metaOf(issue: FakeIssue): Meta {
    let meta = this.meta.get(issue);
    if (!meta) {
      const stamp = githubTime();
      const closed = issue.state === 'closed';
      meta = {
        createdAt: stamp,
        updatedAt: stamp,
        closedAt: closed ? stamp : null,
        stateReason: closed ? 'completed' : null,
        comments: [],
      };
      this.meta.set(issue, meta);
    }
    return meta;
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
    const meta = this.metaOf(issue);
    const stamp = githubTime();
    if (input.title !== undefined) issue.title = input.title as string;
    if (input.body !== undefined) issue.body = (input.body as string | null) ?? '';
    if (input.labels !== undefined) issue.labels = uniqueLabels(input.labels as string[]);
    if (input.state !== undefined && input.state !== issue.state) {
      issue.state = input.state as FakeIssue['state'];
      meta.closedAt = issue.state === 'closed' ? stamp : null;
      meta.stateReason = issue.state === 'closed' ? 'completed' : 'reopened';
    }
    if (input.state_reason !== undefined) meta.stateReason = input.state_reason as string | null;
    meta.updatedAt = stamp;
    return { status: 200, body: this.render(issue) };
  }

  private comment(issue: FakeIssue, input: Input): Reply {
    const invalid = validate('IssueComment', input, { body: { required: true, valid: text } });
    if (invalid) return invalid;
    issue.comments.push(input.body as string);
    // A new comment bumps the issue's updated_at on GitHub too.
    this.metaOf(issue).updatedAt = githubTime();
    return { status: 201, body: this.renderComment(issue, issue.comments.length - 1) };
  }

  private listComments(issue: FakeIssue, url: URL): Reply {
    return paginate(
      issue.comments.map((_, index) => this.renderComment(issue, index)),
      url,
    );
  }

  private render(issue: FakeIssue) {
    const meta = this.metaOf(issue);
    const htmlUrl = `${this.htmlRepo}/${issue.isPullRequest ? 'pull' : 'issues'}/${issue.number}`;
    return {
      id: ISSUE_ID_BASE + issue.number,
      number: issue.number,
      url: `${this.apiRepo}/issues/${issue.number}`,
      html_url: htmlUrl,
      title: issue.title,
      // GitHub answers null, not '', for an issue without a body.
      body: issue.body === '' ? null : issue.body,
      state: issue.state,
      state_reason: meta.stateReason,
      labels: issue.labels.map((name) => ({ name })),
      comments: issue.comments.length,
      user: BOT,
      created_at: meta.createdAt,
      updated_at: meta.updatedAt,
      // A state flipped directly by a test has no recorded closing time.
      closed_at: issue.state === 'closed' ? (meta.closedAt ?? meta.updatedAt) : null,
      ...(issue.isPullRequest && {
        pull_request: {
          url: `${this.apiRepo}/pulls/${issue.number}`,
          html_url: htmlUrl,
          diff_url: `${htmlUrl}.diff`,
          patch_url: `${htmlUrl}.patch`,
          merged_at: null,
        },
      }),
    };
  }

  private renderComment(issue: FakeIssue, index: number) {
    const meta = this.metaOf(issue);
    // Seeded comments get their id and time when first shown.
    const { id, createdAt } = meta.comments[index] ?? {
      id: this.nextCommentId++,
      createdAt: githubTime(),
    };
    meta.comments[index] = { id, createdAt };
    return {
      id,
      body: issue.comments[index],
      html_url: `${this.htmlRepo}/issues/${issue.number}#issuecomment-${id}`,
      user: BOT,
      created_at: createdAt,
      updated_at: createdAt,
    };
  }
}
