// The issues of one repository as the fake GitHub keeps them, and the JSON GitHub's REST API
// shows for an issue and an issue comment: a numeric id apart from the number, url and
// html_url, created_at/updated_at/closed_at, state_reason, the author, and pull requests
// listed among the issues with their pull_request links. As on GitHub: label names compare
// case-insensitively, a missing body shows as null, closing stamps closed_at with
// state_reason "completed", reopening clears closed_at with "reopened", and a new comment
// bumps the issue's updated_at. The REST routes over them are in issues.ts.
import { githubTime, type Input } from './replies.js';

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

const BOT = { login: 'github-actions[bot]', type: 'Bot' };
// Far from issue numbers, so a caller passing an id where a number belongs gets a 404.
const ISSUE_ID_BASE = 1_000_000;
const FIRST_COMMENT_ID = 2_000_001;

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

/** The issues of one repository, their changes and how the API shows them. */
export class IssueRecords {
  /** Creation order; listings reverse it to show newest first. */
  readonly issues: FakeIssue[] = [];
  private readonly meta = new WeakMap<FakeIssue, Meta>();
  private nextCommentId = FIRST_COMMENT_ID;
  private readonly apiRepo: string;
  private readonly htmlRepo: string;

  constructor(
    protected readonly owner: string,
    protected readonly repo: string,
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

  protected find(number: number): FakeIssue | undefined {
    return this.issues.find((issue) => issue.number === number);
  }

  /** Applies a validated update body (title, body, state, state_reason, labels). */
  protected change(issue: FakeIssue, input: Input): void {
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
  }

  /** Adds a comment and returns its index. */
  protected addComment(issue: FakeIssue, body: string): number {
    issue.comments.push(body);
    // A new comment bumps the issue's updated_at on GitHub too.
    this.metaOf(issue).updatedAt = githubTime();
    return issue.comments.length - 1;
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

  protected render(issue: FakeIssue) {
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

  protected renderComment(issue: FakeIssue, index: number) {
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
