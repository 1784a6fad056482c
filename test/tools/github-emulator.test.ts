import { Octokit } from '@octokit/rest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakeGitHub, startFakeGitHub } from '../../tools/github-emulator/index.js';

const TOKEN = 'ghs_fakeInstallationToken0123456789';
const repo = { owner: 'acme', repo: 'campaign' };
const LABEL = 'analytics-credentials';
// Octokit logs every 4xx; the error tests below expect them.
const log = { debug() {}, info() {}, warn: console.warn, error() {} };

let gh: FakeGitHub;
let octokit: Octokit;

beforeEach(async () => {
  gh = await startFakeGitHub({ ...repo, token: TOKEN });
  octokit = new Octokit({ auth: TOKEN, baseUrl: gh.url, log });
});
afterEach(() => gh.close());

describe('listing issues', () => {
  beforeEach(() => {
    gh.seedIssue({ title: 'old alert', labels: [LABEL], state: 'closed' });
    gh.seedIssue({ title: 'alert', labels: [LABEL, 'ops'] });
    gh.seedIssue({ title: 'unrelated', labels: ['ops'] });
    gh.seedIssue({ title: 'a PR', labels: [LABEL], isPullRequest: true });
    gh.seedIssue({ title: 'newest alert', labels: [LABEL] });
  });

  const list = async (params: { labels: string; state?: 'open' | 'closed' | 'all' }) =>
    (await octokit.rest.issues.listForRepo({ ...repo, ...params })).data;

  it('returns open issues carrying every label, newest first, with PRs marked', async () => {
    const issues = await list({ labels: LABEL });
    expect(issues.map((i) => [i.number, i.title, 'pull_request' in i])).toEqual([
      [5, 'newest alert', false],
      [4, 'a PR', true],
      [2, 'alert', false],
    ]);
    expect(issues[2]).toMatchObject({
      state: 'open',
      body: null,
      labels: [{ name: LABEL }, { name: 'ops' }],
      comments: 0,
      closed_at: null,
      html_url: 'https://github.com/acme/campaign/issues/2',
      user: { login: 'github-actions[bot]' },
    });
    expect((await list({ labels: `${LABEL},ops` })).map((i) => i.number)).toEqual([2]);
    expect((await list({ labels: LABEL, state: 'all' })).map((i) => i.number)).toEqual([
      5, 4, 2, 1,
    ]);
    const [closed] = await list({ labels: LABEL, state: 'closed' });
    expect(closed).toMatchObject({ number: 1, state: 'closed', closed_at: expect.any(String) });
  });

  it('pages through Link headers for octokit.paginate', async () => {
    const all = await octokit.paginate(octokit.rest.issues.listForRepo, {
      ...repo,
      labels: LABEL,
      per_page: 2,
    });
    expect(all.map((i) => i.number)).toEqual([5, 4, 2]);
    expect(gh.requests.map((r) => r.query.page)).toEqual([undefined, '2']);
  });
});

describe('writing issues', () => {
  it('creates an issue and records the raw request', async () => {
    const { status, data } = await octokit.rest.issues.create({
      ...repo,
      title: 'Credentials failing',
      body: 'details',
      labels: [LABEL],
    });
    expect(status).toBe(201);
    expect(data).toMatchObject({ number: 1, state: 'open', labels: [{ name: LABEL }] });
    expect(gh.issues).toEqual([
      {
        number: 1,
        title: 'Credentials failing',
        body: 'details',
        state: 'open',
        labels: [LABEL],
        comments: [],
        isPullRequest: false,
      },
    ]);
    expect(gh.requests).toEqual([
      {
        method: 'POST',
        path: '/repos/acme/campaign/issues',
        query: {},
        body: expect.stringContaining('"title":"Credentials failing"'),
        authorization: `token ${TOKEN}`,
      },
    ]);
  });

  it('updates the body', async () => {
    const { number } = gh.seedIssue({ title: 'alert', body: 'before' });
    const { status, data } = await octokit.rest.issues.update({
      ...repo,
      issue_number: number,
      body: 'after',
    });
    expect(status).toBe(200);
    expect(data).toMatchObject({ title: 'alert', body: 'after' });
    expect(gh.issues[0]?.body).toBe('after');
  });

  it('adds and lists comments, counting them on the issue', async () => {
    const { number } = gh.seedIssue({ title: 'alert', labels: [LABEL] });
    const created = await octokit.rest.issues.createComment({
      ...repo,
      issue_number: number,
      body: 'still failing',
    });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({
      id: expect.any(Number),
      body: 'still failing',
      html_url: `https://github.com/acme/campaign/issues/1#issuecomment-${created.data.id}`,
      created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
    });
    const listed = await octokit.rest.issues.listComments({ ...repo, issue_number: number });
    expect(listed.data).toEqual([created.data]);
    const [issue] = (await octokit.rest.issues.listForRepo({ ...repo, labels: LABEL })).data;
    expect(issue?.comments).toBe(1);
    expect(gh.issues[0]?.comments).toEqual(['still failing']);
  });

  it('closes an issue with a reason, dropping it from the open list', async () => {
    const { number } = gh.seedIssue({ title: 'alert', labels: [LABEL] });
    const { data } = await octokit.rest.issues.update({
      ...repo,
      issue_number: number,
      state: 'closed',
      state_reason: 'completed',
    });
    expect(data).toMatchObject({
      state: 'closed',
      state_reason: 'completed',
      closed_at: expect.any(String),
    });
    expect((await octokit.rest.issues.listForRepo({ ...repo, labels: LABEL })).data).toEqual([]);
  });
});

describe('errors', () => {
  it('answers 401 Bad credentials to a wrong token, changing nothing', async () => {
    const intruder = new Octokit({ auth: 'ghs_wrong', baseUrl: gh.url, log });
    await expect(intruder.rest.issues.create({ ...repo, title: 'x' })).rejects.toMatchObject({
      name: 'HttpError',
      status: 401,
      response: { data: { message: 'Bad credentials', documentation_url: expect.any(String) } },
    });
    expect(gh.issues).toEqual([]);
  });

  it('accepts the Bearer scheme, answers JSON with a charset and rejects broken JSON', async () => {
    const issuesUrl = `${gh.url}/repos/acme/campaign/issues`;
    const headers = { authorization: `Bearer ${TOKEN}` };
    const res = await fetch(issuesUrl, { headers });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await res.json()).toEqual([]);
    const broken = await fetch(issuesUrl, { method: 'POST', headers, body: '{"title":' });
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ message: 'Problems parsing JSON' });
  });

  it('answers 404 for another repository, an unknown issue and other endpoints', async () => {
    const notFound = { status: 404, response: { data: { message: 'Not Found' } } };
    await expect(
      octokit.rest.issues.listForRepo({ owner: 'acme', repo: 'other' }),
    ).rejects.toMatchObject(notFound);
    await expect(
      octokit.rest.issues.update({ ...repo, issue_number: 7, body: 'x' }),
    ).rejects.toMatchObject(notFound);
    await expect(octokit.rest.pulls.list(repo)).rejects.toMatchObject(notFound);
  });

  it('answers 422 Validation Failed to a create without a title', async () => {
    const untitled = { ...repo, body: 'no title' } as Parameters<
      typeof octokit.rest.issues.create
    >[0];
    await expect(octokit.rest.issues.create(untitled)).rejects.toMatchObject({
      status: 422,
      response: {
        data: {
          message: 'Validation Failed',
          errors: [{ resource: 'Issue', field: 'title', code: 'missing_field' }],
        },
      },
    });
    expect(gh.issues).toEqual([]);
  });
});
