// The instance configuration file as the fake nlserver writes it, the way Campaign does
// (adobe-facts §9): conf/config-<instance>.xml under the install directory, i.e. beside the
// bin folder of the executable; the credential goes in the `ims` element, expected at
// serverconf > shared > ims, with authIMSTAClientId and authIMSTAId in clear and the secret
// (and, for JWT, the private key) encrypted.
//
// Chosen here (undocumented): the stand-in for Campaign's AES is "@" and an HMAC of the value,
// opaque and not reversible, but the same for the same value so a test can tell which secret
// an instance holds; a "/" inside the last field stays in it; other attributes of `ims` and
// the rest of the file are kept byte for byte; the org id is not written.
const { createHmac } = require('node:crypto');
const { readFileSync, writeFileSync } = require('node:fs');
const { dirname, join } = require('node:path');

const ATTRIBUTES = '(?:\\s+[\\w:.-]+\\s*=\\s*(?:"[^"]*"|\'[^\']*\'))*';
const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Campaign's conf folder for an nlserver executable: <install>/conf beside <install>/bin. */
function confDirOf(executable) {
  return join(dirname(dirname(executable)), 'conf');
}

function configPathOf(confDir, instance) {
  return join(confDir, `config-${instance}.xml`);
}

/** The opaque stand-in for an AES-encrypted attribute. */
function encryptedStandIn(value) {
  return `@${createHmac('sha256', 'fake-nlserver').update(value).digest('base64')}`;
}

/**
 * The `ims` attributes that a -setimsoauth or -setimsjwtauth argument sets, or null for any
 * other argument; throws on a malformed one.
 */
function imsAttributesOf(arg) {
  const match = /^-(setimsoauth|setimsjwtauth):(.*)$/s.exec(arg);
  if (!match) return null;
  const jwt = match[1] === 'setimsjwtauth';
  const fields = match[2].split('/');
  const count = jwt ? 5 : 4;
  if (fields.length < count) throw new Error(`-${match[1]} needs ${count} fields separated by /`);
  const last = fields.slice(count - 1).join('/');
  const [, clientId, technicalAccountId, secret] = fields;
  return {
    authIMSTAClientId: clientId,
    authIMSTAId: technicalAccountId,
    authIMSTAClientSecret: encryptedStandIn(jwt ? secret : last),
    ...(jwt && { authIMSTAPrivateKey: encryptedStandIn(last) }),
  };
}

const escapeXml = (value) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const unescapeXml = (value) =>
  value
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Comments blanked out, same length, so offsets found in it hold in the original. */
function searchable(text) {
  return text.replace(/<!--[\s\S]*?-->/g, (comment) => ' '.repeat(comment.length));
}

function parseAttributes(source) {
  return [...source.matchAll(ATTRIBUTE)].map((m) => [m[1], unescapeXml(m[2] ?? m[3] ?? '')]);
}

const renderAttributes = (pairs) =>
  pairs.map(([name, value]) => ` ${name}="${escapeXml(value)}"`).join('');

/** The attributes of the first `ims` element, wherever it sits; null without one. */
function readImsAttributes(text) {
  const match = new RegExp(`<ims(${ATTRIBUTES})\\s*/?>`).exec(searchable(text));
  return match
    ? Object.fromEntries(
        parseAttributes(text.slice(match.index + 4, match.index + 4 + match[1].length)),
      )
    : null;
}

/** `text` with `attributes` set on its `ims` element, which is added under serverconf > shared if absent. */
function withImsAttributes(text, attributes) {
  const blank = searchable(text);
  const ims = new RegExp(`<ims(${ATTRIBUTES})\\s*(/?)>`).exec(blank);
  if (ims) {
    const own = text.slice(ims.index + 4, ims.index + 4 + ims[1].length);
    // Existing attributes keep their place; new ones go last.
    const pairs = parseAttributes(own).map(([name, value]) => [
      name,
      Object.hasOwn(attributes, name) ? attributes[name] : value,
    ]);
    const added = Object.entries(attributes).filter(([name]) => !pairs.some(([n]) => n === name));
    const tag = `<ims${renderAttributes([...pairs, ...added])}${ims[2]}>`;
    return text.slice(0, ims.index) + tag + text.slice(ims.index + ims[0].length);
  }
  const element = `<ims${renderAttributes(Object.entries(attributes))}/>`;
  const shared = new RegExp(`<shared(${ATTRIBUTES})\\s*(/?)>`).exec(blank);
  if (shared) {
    const end = shared.index + shared[0].length;
    if (shared[2] === '/') {
      const open = `<shared${text.slice(shared.index + 7, shared.index + 7 + shared[1].length)}>`;
      return `${text.slice(0, shared.index)}${open}\n    ${element}\n  </shared>${text.slice(end)}`;
    }
    return `${text.slice(0, end)}\n    ${element}${text.slice(end)}`;
  }
  const root = new RegExp(`<serverconf${ATTRIBUTES}\\s*>`).exec(blank);
  if (!root) throw new Error('no serverconf element');
  const end = root.index + root[0].length;
  return `${text.slice(0, end)}\n  <shared>\n    ${element}\n  </shared>${text.slice(end)}`;
}

/** Sets `attributes` on the ims element of an existing configuration file. */
function updateConfigFile(path, attributes) {
  writeFileSync(path, withImsAttributes(readFileSync(path, 'utf8'), attributes));
}

module.exports = {
  confDirOf,
  configPathOf,
  encryptedStandIn,
  imsAttributesOf,
  readImsAttributes,
  withImsAttributes,
  updateConfigFile,
};
