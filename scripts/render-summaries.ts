// Renders the job summary of four runs (passing, failing, apply, rotate) to PNG, the way the run
// page shows them: GitHub-flavoured Markdown at GitHub's 1012 px content width, in
// headless Chromium (Debian's chromium package). The PNGs go to docs/images/.
//   npm run render:summaries   [CHROMIUM=/usr/bin/chromium]
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { marked } from 'marked';
import { chromium } from 'playwright-core';
import {
  credentialInputs,
  generateCredential,
  rotationInputs,
  startEmulator,
} from '../tools/adobe-emulator/index.js';
import { createCampaignInstall } from '../tools/campaign-install.js';
import { ROOT, runAction } from '../tools/runner.js';
import { removeTempDirs } from '../tools/temp.js';

const CONTENT_WIDTH = 1012;
const css = readFileSync(
  createRequire(import.meta.url).resolve('github-markdown-css/github-markdown-light.css'),
  'utf8',
);

function page(markdown: string): string {
  const body = marked.parse(markdown, { gfm: true, async: false });
  return `<!doctype html><html><head><meta charset="utf-8"><style>${css}
    body { margin: 0; background: #fff; }
    .markdown-body { box-sizing: border-box; width: ${CONTENT_WIDTH}px; padding: 16px 24px; }
  </style></head><body><article class="markdown-body">${body}</article></body></html>`;
}

async function summaries(): Promise<Record<string, string>> {
  const emulator = await startEmulator();
  try {
    const good = generateCredential();
    const bad = generateCredential();
    const profile = bad.credential.analytics?.companies[0]?.profile;
    if (profile?.tools) profile.tools.dataSources = false;
    if (profile?.reportSuites.rs2dev) profile.reportSuites.rs2dev.classificationSets = {};
    const rotated = generateCredential();
    if (rotated.credential.console) rotated.credential.console.ioManagementApi = true;
    emulator.addCredential(good.credential);
    emulator.addCredential(bad.credential);
    emulator.addCredential(rotated.credential);
    // A Campaign install whose nlserver writes conf/config-<instance>.xml, for the read-back.
    const install = createCampaignInstall({ instances: ['prod', 'stage'] });
    const checks = {
      'report-suites': 'rs1prod, rs2dev',
      metrics: 'pageviews, event1',
      dimensions: 'evar1, evar2',
      'campaign-evar': 'evar1',
    };
    const runs = {
      pass: { ...credentialInputs(good, emulator), ...checks },
      fail: {
        ...credentialInputs(bad, emulator),
        ...checks,
        'report-suites': 'rs1prod, rs2dev, rs9missing',
        metrics: 'pageviews, event9',
      },
      apply: {
        ...credentialInputs(good, emulator),
        ...checks,
        mode: 'apply',
        instances: 'prod, stage',
        nlserver: install.nlserver,
      },
      rotate: {
        ...rotationInputs(rotated, emulator),
        ...checks,
        mode: 'rotate',
        instances: 'prod, stage',
        nlserver: install.nlserver,
      },
    };
    const result: Record<string, string> = {};
    for (const [name, inputs] of Object.entries(runs)) {
      result[name] = (await runAction(inputs, { skipPost: true })).summary;
    }
    return result;
  } finally {
    await emulator.close();
  }
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  const tab = await browser.newPage({ viewport: { width: CONTENT_WIDTH, height: 600 } });
  for (const [name, markdown] of Object.entries(await summaries())) {
    await tab.setContent(page(markdown));
    const file = join(ROOT, 'docs/images', `summary-${name}.png`);
    await tab.screenshot({ path: file, fullPage: true });
    console.log(`${file} (${markdown.length} characters of Markdown)`);
  }
} finally {
  await browser.close();
  removeTempDirs();
}
