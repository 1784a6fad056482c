// The dispatcher for every outside call: undici's EnvHttpProxyAgent, which honours
// HTTPS_PROXY, HTTP_PROXY and NO_PROXY (either case) as the runner sets them. undici 6
// marks it experimental and says so once per process on stderr, where users read it as a
// fault of this action; that one notice, recognised by its code, is left out.
import { EnvHttpProxyAgent } from 'undici';

const EXPERIMENTAL_NOTICE = 'UNDICI-EHPA';

function isExperimentalNotice(options: unknown): boolean {
  return (
    typeof options === 'object' &&
    options !== null &&
    (options as { code?: unknown }).code === EXPERIMENTAL_NOTICE
  );
}

export function proxyDispatcher(): EnvHttpProxyAgent {
  const emitWarning = process.emitWarning;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    if (isExperimentalNotice(rest[0])) return;
    (emitWarning as (...args: unknown[]) => void).call(process, warning, ...rest);
  }) as typeof process.emitWarning;
  try {
    return new EnvHttpProxyAgent();
  } finally {
    process.emitWarning = emitWarning;
  }
}
