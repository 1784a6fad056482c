// Proves the suite cleans up after itself: any folder or command file of ours still in
// the system temp folder when the run ends fails it.
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { TEMP_PREFIX } from '../../tools/temp.js';

const OURS = [TEMP_PREFIX, 'adobe-campaign-nlserver-'];
const ours = () =>
  readdirSync(tmpdir()).filter((name) => OURS.some((prefix) => name.startsWith(prefix)));

export default function setup(): () => void {
  const before = new Set(ours());
  return () => {
    const left = ours().filter((name) => !before.has(name));
    if (left.length > 0)
      throw new Error(`The tests left ${left.length} temporary entries: ${left.join(', ')}`);
  };
}
