// Contract of the fake nlserver's configuration file: what `nlserver config` leaves in
// conf/config-<instance>.xml (adobe-facts §9), its failure switches, and the install helper.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type CampaignInstall,
  configSkeleton,
  createCampaignInstall,
  encryptedStandIn,
} from '../../tools/campaign-install.js';
import { withImsAttributes } from '../../tools/fake-nlserver/config-file.cjs';
import { FAKE_BIN, ROOT } from '../../tools/runner.js';
import { makeTempDir } from '../../tools/temp.js';

const ORG = 'A1B2C3D4E5F6A1B2C3D4E5F6@AdobeOrg';
const CLIENT = '0123456789abcdef0123456789abcdef';
const TECHACCT = 'F6E5D4C3B2A1F6E5D4C3B2A1@techacct.adobe.com';
const SECRET = 'p8e-first_Secret-0123456789abcdefghij';
const NEW_SECRET = 'p8e-second_Secret-0123456789abcdefghi';

const oauthArg = (secret = SECRET, client = CLIENT) =>
  `-setimsoauth:${ORG}/${client}/${TECHACCT}/${secret}`;

function nlserver(file: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(file, args, { env: { ...process.env, ...env }, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const configure = (install: CampaignInstall, instance: string, arg = oauthArg(), env = {}) =>
  nlserver(install.nlserver, ['config', `-instance:${instance}`, arg], env);

describe('writing the configuration file', () => {
  it('writes nothing when no conf folder is beside bin, as when run from tools/fake-nlserver', () => {
    const run = nlserver(join(FAKE_BIN, 'nlserver'), ['config', '-instance:prod', oauthArg()]);
    expect(run.status).toBe(0);
    expect(run.output).toContain("Configuration of instance 'prod' saved.");
    expect(existsSync(join(ROOT, 'tools/conf'))).toBe(false);

    const bare = createCampaignInstall({ conf: false });
    expect(configure(bare, 'prod').status).toBe(0);
    expect(existsSync(bare.confDir)).toBe(false);
  });

  it('puts the ids in clear and the secret encrypted in serverconf > shared > ims', () => {
    const install = createCampaignInstall({ instances: ['prod', 'stage'] });
    expect(configure(install, 'prod').status).toBe(0);
    expect(install.readIms('prod')).toEqual({
      authIMSTAClientId: CLIENT,
      authIMSTAId: TECHACCT,
      authIMSTAClientSecret: encryptedStandIn(SECRET),
    });
    const text = readFileSync(install.configPath('prod'), 'utf8');
    expect(text).not.toContain(SECRET);
    expect(text).toMatch(/<shared>\n {4}<ims authIMSTAClientId="[^"]+"[^>]*\/>\n {4}<!-- instance/);
    // Everything else is kept byte for byte.
    expect(text.replace(/\n {4}<ims [^>]*\/>/, '')).toBe(configSkeleton('prod'));
    expect(install.readIms('stage')).toBeUndefined();
    expect(encryptedStandIn(SECRET)).not.toBe(encryptedStandIn(NEW_SECRET));
  });

  it('updates an existing ims element in place, wherever it sits, keeping its other attributes', () => {
    const install = createCampaignInstall({ instances: ['prod'] });
    const custom = `<?xml version='1.0'?>
<serverconf>
  <!-- <ims authIMSTAClientId="in-a-comment"/> -->
  <web><redirection IMSOrgId="${ORG}"/></web>
  <shared><other><ims authIMSEndpoint='https://ims-na1.adobelogin.com' authIMSTAClientSecret="@old"></ims></other></shared>
</serverconf>
`;
    install.writeConfig('prod', custom);
    expect(configure(install, 'prod').status).toBe(0);
    expect(configure(install, 'prod', oauthArg(NEW_SECRET)).status).toBe(0);
    const text = readFileSync(install.configPath('prod'), 'utf8');
    expect(text.match(/<ims\b/g)).toHaveLength(2); // the comment's and the real one
    expect(text).toContain('<!-- <ims authIMSTAClientId="in-a-comment"/> -->');
    expect(install.readIms('prod')).toEqual({
      authIMSEndpoint: 'https://ims-na1.adobelogin.com',
      authIMSTAClientSecret: encryptedStandIn(NEW_SECRET),
      authIMSTAClientId: CLIENT,
      authIMSTAId: TECHACCT,
    });
    expect(text).toContain(`<web><redirection IMSOrgId="${ORG}"/></web>`);
    expect(text).toContain('"></ims></other></shared>');
  });

  it('adds shared when missing, opens a self-closing shared, and escapes attribute values', () => {
    const attributes = { authIMSTAClientId: 'a&"<>b' };
    const noShared = withImsAttributes('<serverconf>\n</serverconf>', attributes);
    expect(noShared).toBe(
      '<serverconf>\n  <shared>\n    <ims authIMSTAClientId="a&amp;&quot;&lt;&gt;b"/>\n  </shared>\n</serverconf>',
    );
    const selfClosing = withImsAttributes('<serverconf><shared a="1"/></serverconf>', attributes);
    expect(selfClosing).toMatch(
      /^<serverconf><shared a="1">\n {4}<ims [^>]+\/>\n {2}<\/shared><\/serverconf>$/,
    );
    const install = createCampaignInstall({ instances: ['prod'] });
    install.writeConfig('prod', noShared);
    expect(install.readIms('prod')).toEqual(attributes);
  });

  it('writes the JWT variant with the private key encrypted too', () => {
    const install = createCampaignInstall({ instances: ['prod'] });
    const key = 'LS0tLS1CRUdJTi/+PQ==';
    const arg = `-setimsjwtauth:${ORG}/${CLIENT}/${TECHACCT}/${SECRET}/${key}`;
    expect(configure(install, 'prod', arg).status).toBe(0);
    expect(install.readIms('prod')).toEqual({
      authIMSTAClientId: CLIENT,
      authIMSTAId: TECHACCT,
      authIMSTAClientSecret: encryptedStandIn(SECRET),
      authIMSTAPrivateKey: encryptedStandIn(key),
    });
  });

  it('keeps a "/" of the last field in the secret (chosen: unconfirmed for Campaign)', () => {
    const install = createCampaignInstall({ instances: ['prod'] });
    expect(configure(install, 'prod', oauthArg('abc/def')).status).toBe(0);
    expect(install.readIms('prod')?.authIMSTAClientSecret).toBe(encryptedStandIn('abc/def'));
  });
});

describe('switches and failures', () => {
  it('writes a wrong client id for FAKE_NLSERVER_WRONG_CLIENT_ID instances only', () => {
    const install = createCampaignInstall({ instances: ['prod', 'stage'] });
    const env = { FAKE_NLSERVER_WRONG_CLIENT_ID: 'stage' };
    expect(configure(install, 'prod', oauthArg(), env).status).toBe(0);
    expect(configure(install, 'stage', oauthArg(), env).status).toBe(0);
    expect(install.readIms('prod')?.authIMSTAClientId).toBe(CLIENT);
    expect(install.readIms('stage')?.authIMSTAClientId).toBe(`wrong-${CLIENT}`);
  });

  it('exits 0 without writing for FAKE_NLSERVER_NO_WRITE, even without the file', () => {
    const install = createCampaignInstall({ instances: ['prod'] });
    const env = { FAKE_NLSERVER_NO_WRITE: 'prod,ghost' };
    expect(configure(install, 'prod', oauthArg(), env).status).toBe(0);
    expect(readFileSync(install.configPath('prod'), 'utf8')).toBe(configSkeleton('prod'));
    expect(configure(install, 'ghost', oauthArg(), env).status).toBe(0);
    expect(existsSync(install.configPath('ghost'))).toBe(false);
  });

  it('exits 4 for an instance without a file, 2 for a malformed argument, 5 for a broken file', () => {
    const install = createCampaignInstall({ instances: ['prod'] });
    const missing = configure(install, 'ghost');
    expect(missing.status).toBe(4);
    expect(missing.output).toContain('config-ghost.xml');
    expect(configure(install, 'prod', `-setimsoauth:${ORG}/${CLIENT}`).status).toBe(2);
    install.writeConfig('prod', '<not-campaign/>');
    expect(configure(install, 'prod').status).toBe(5);
    expect(readFileSync(install.configPath('prod'), 'utf8')).toBe('<not-campaign/>');
  });

  it('still fails FAKE_NLSERVER_FAIL instances with exit 3, writing nothing', () => {
    const install = createCampaignInstall({ instances: ['prod'] });
    const run = configure(install, 'prod', oauthArg(), { FAKE_NLSERVER_FAIL: 'prod' });
    expect(run.status).toBe(3);
    expect(install.readIms('prod')).toBeUndefined();
  });

  it('accepts and records `config -reload`; FAKE_NLSERVER_FAIL_RELOAD=1 makes it fail', () => {
    const install = createCampaignInstall({ instances: ['prod'] });
    const log = join(makeTempDir('nlserver-log'), 'calls.log');
    const reload = nlserver(install.nlserver, ['config', '-reload'], { FAKE_NLSERVER_LOG: log });
    expect(reload).toEqual({
      status: 0,
      output: expect.stringContaining('Configuration reloaded.'),
    });
    const calls = readFileSync(log, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(calls.map((call) => call.args)).toEqual([['config', '-reload']]);
    expect(readFileSync(install.configPath('prod'), 'utf8')).toBe(configSkeleton('prod'));
    const failed = nlserver(install.nlserver, ['config', '-reload'], {
      FAKE_NLSERVER_FAIL_RELOAD: '1',
    });
    expect(failed.status).toBe(3);
  });
});

describe('the install helper', () => {
  it('lays out bin/nlserver and conf/config-<instance>.xml in one temporary folder', () => {
    const install = createCampaignInstall({ instances: ['prod', 'stage'] });
    expect(install.nlserver).toBe(join(install.dir, 'bin', 'nlserver'));
    expect(install.confDir).toBe(join(install.dir, 'conf'));
    expect(install.configPath('stage')).toBe(join(install.dir, 'conf', 'config-stage.xml'));
    expect(readFileSync(install.configPath('stage'), 'utf8')).toBe(configSkeleton('stage'));
    // bin/nlserver is a file of its own, so realpath keeps it in bin/.
    const outside = mkdtempSync(join(install.dir, 'cwd-'));
    writeFileSync(join(outside, 'marker'), '');
    const run = spawnSync(install.nlserver, ['config', '-instance:prod', oauthArg()], {
      cwd: outside,
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(install.readIms('prod')?.authIMSTAClientId).toBe(CLIENT);
  });
});
