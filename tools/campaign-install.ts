// A temporary Campaign install for tests: bin/nlserver runs the fake nlserver, and conf/
// holds a config-<instance>.xml per instance, which the fake updates as Campaign would.
// Pass `nlserver` as the action's input (or put `binDir` on PATH); the read-back's default
// conf folder is then `confDir`. Made with tools/temp.ts, so it goes when the test file ends.
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { configPathOf, encryptedStandIn, readImsAttributes } from './fake-nlserver/config-file.cjs';
import { FAKE_BIN } from './runner.js';
import { makeTempDir } from './temp.js';

export { encryptedStandIn };

export interface CampaignInstallOptions {
  /** Instances that exist: each gets a config-<instance>.xml without credential. Default none. */
  instances?: string[];
  /** false: no conf folder beside bin, so the fake writes nothing. Default true. */
  conf?: boolean;
}

export interface CampaignInstall {
  /** The install directory (what /usr/local/neolane/nl6 is on Linux). */
  dir: string;
  binDir: string;
  /** bin/nlserver. */
  nlserver: string;
  confDir: string;
  configPath(instance: string): string;
  /** Replaces an instance's configuration file, e.g. with ims elsewhere or none at all. */
  writeConfig(instance: string, text: string): void;
  /** The ims element's attributes in config-<instance>.xml; undefined without file or element. */
  readIms(instance: string): Record<string, string> | undefined;
}

/** Campaign's usual nodes, values illustrative; the credential goes in shared > ims. */
export function configSkeleton(instance: string): string {
  return `<?xml version='1.0'?>
<serverconf>
  <shared>
    <!-- instance ${instance} -->
    <dataStore hosts="*" lang="en_GB">
      <dataSource name="default">
        <dbcnx encrypted="1" login="neolane:campaign" password="@c2tlbGV0b24=" provider="PostgreSQL" server="db.internal"/>
      </dataSource>
    </dataStore>
  </shared>
  <web>
    <redirection IMSOrgId=""/>
  </web>
</serverconf>
`;
}

export function createCampaignInstall(options: CampaignInstallOptions = {}): CampaignInstall {
  const dir = makeTempDir('campaign');
  const binDir = join(dir, 'bin');
  const confDir = join(dir, 'conf');
  const nlserver = join(binDir, 'nlserver');
  mkdirSync(binDir);
  // A real file that loads the fake, so bin/ is where it runs from even if the path is
  // resolved with realpath; the package.json keeps it CommonJS wherever the temp folder is.
  writeFileSync(
    nlserver,
    `#!/usr/bin/env node\nrequire(${JSON.stringify(join(FAKE_BIN, 'nlserver'))});\n`,
  );
  chmodSync(nlserver, 0o755);
  writeFileSync(join(binDir, 'package.json'), '{ "type": "commonjs" }\n');
  const install: CampaignInstall = {
    dir,
    binDir,
    nlserver,
    confDir,
    configPath: (instance) => configPathOf(confDir, instance),
    writeConfig(instance, text) {
      writeFileSync(configPathOf(confDir, instance), text);
    },
    readIms(instance) {
      const path = configPathOf(confDir, instance);
      if (!existsSync(path)) return undefined;
      return readImsAttributes(readFileSync(path, 'utf8')) ?? undefined;
    },
  };
  if (options.conf !== false) {
    mkdirSync(confDir);
    for (const instance of options.instances ?? []) {
      install.writeConfig(instance, configSkeleton(instance));
    }
  }
  return install;
}
