// apply reads the credential back from each instance's configuration file, the way
// Campaign keeps it (conf/config-<instance>.xml, its ims element).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCampaignInstall } from '../../tools/campaign-install.js';
import { makeTempDir } from '../../tools/temp.js';
import { asAction } from '../support/inputs.js';
import { type Scenario, startScenario } from '../support/scenario.js';

let s: Scenario;
let inputs: Record<string, string>;
beforeAll(async () => {
  s = await startScenario();
  inputs = { ...s.inputs, mode: 'apply', instances: 'prod, stage' };
});
afterAll(() => s.close());

describe('apply reads the credential back', () => {
  it("from the conf folder beside nlserver's bin folder", async () => {
    const install = createCampaignInstall({ instances: ['prod', 'stage'] });
    const run = await s.run({ ...inputs, nlserver: install.nlserver });
    expect(run.exitCode).toBe(0);
    expect(run.summary).toContain('| ✅ configured and read back | `prod` |');
    expect(run.stdout).toContain(`Read back from ${install.confDir}: the credential is there.`);
    expect(install.readIms('stage')).toMatchObject({ authIMSTAClientId: inputs['client-id'] });
  });

  it('fails an instance whose file names another client, and one whose file is missing', async () => {
    const install = createCampaignInstall({ instances: ['prod'] });
    const run = await s.run(
      { ...inputs, nlserver: install.nlserver, 'continue-on-instance-error': 'true' },
      { env: { FAKE_NLSERVER_WRONG_CLIENT_ID: 'prod' } },
    );
    expect(run.exitCode).toBe(1);
    const said = asAction(run.stdout);
    expect(said).toMatch(
      /instance prod \(config-prod\.xml holds authIMSTAClientId "wrong-\w+", not the client-id /,
    );
    // stage has no config-stage.xml: nlserver (the fake, like Campaign) refuses it.
    expect(said).toMatch(/instance stage \(exit code 4\)/);
  });

  it('skips the read-back with a notice naming campaign-conf-dir when there is no conf folder', async () => {
    const install = createCampaignInstall({ conf: false });
    const run = await s.run({ ...inputs, nlserver: install.nlserver });
    expect(run.exitCode).toBe(0);
    expect(asAction(run.stdout)).toMatch(
      /::notice title=Read-back skipped::The credential was not read back .*Set campaign-conf-dir/,
    );
    expect(run.summary).toContain('| ✅ configured | `prod` |');
  });

  it('reads from campaign-conf-dir when given, and refuses one that is not a folder', async () => {
    const install = createCampaignInstall({ instances: ['prod', 'stage'] });
    const elsewhere = makeTempDir('conf-elsewhere');
    const misdirected = await s.run({
      ...inputs,
      nlserver: install.nlserver,
      'campaign-conf-dir': elsewhere,
    });
    expect(misdirected.exitCode).toBe(1);
    expect(asAction(misdirected.stdout)).toMatch(
      /config-prod\.xml does not exist in .*check the instance name and campaign-conf-dir/,
    );
    const given = await s.run({
      ...inputs,
      nlserver: install.nlserver,
      'campaign-conf-dir': install.confDir,
    });
    expect(given.exitCode).toBe(0);
    s.emulator.reset();
    const missing = await s.run({ ...inputs, 'campaign-conf-dir': `${elsewhere}/none` });
    expect(missing.exitCode).toBe(1);
    expect(missing.stdout).toMatch(
      /^::error::campaign-conf-dir must be the Campaign instance configuration folder/m,
    );
    expect(s.emulator.requests).toEqual([]);
  });

  it('reloads once, after every instance was read back, with reload: true', async () => {
    const install = createCampaignInstall({ instances: ['prod', 'stage'] });
    const run = await s.run({ ...inputs, nlserver: install.nlserver, reload: 'true' });
    expect(run.exitCode).toBe(0);
    expect(run.nlserverCalls.map((call) => call.args.slice(0, 2).join(' '))).toEqual([
      'config -instance:prod',
      'config -instance:stage',
      'config -reload',
    ]);
    const failing = await s.run(
      { ...inputs, nlserver: install.nlserver, reload: 'true' },
      { env: { FAKE_NLSERVER_FAIL_RELOAD: '1' } },
    );
    expect(failing.exitCode).toBe(1);
    expect(failing.stdout).toMatch(
      /::error::nlserver config -reload failed \(exit code 3\): every instance holds the credential/,
    );
  });
});
