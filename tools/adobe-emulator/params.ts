import type { Incoming } from './types.js';

const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data'];

/**
 * Collects request parameters from a form body (urlencoded or multipart), optionally overlaid on
 * the query string. Body fields win over query fields with the same name.
 */
export async function readParams(
  req: Incoming,
  { includeQuery }: { includeQuery: boolean },
): Promise<Map<string, string>> {
  const params = new Map<string, string>(includeQuery ? req.query : []);
  const contentType = String(req.headers['content-type'] ?? '');
  if (!FORM_TYPES.some((type) => contentType.toLowerCase().startsWith(type))) return params;
  try {
    // undici's Request parses both form encodings, so no hand-written multipart parser is needed.
    const form = await new Request('http://emulator.invalid/', {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: req.rawBody,
    }).formData();
    for (const [name, value] of form) if (typeof value === 'string') params.set(name, value);
  } catch {
    // Chosen (undocumented): an unparseable body counts as carrying no parameters.
  }
  return params;
}
