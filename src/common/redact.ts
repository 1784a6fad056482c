/**
 * Every form in which a secret could appear in text the action writes or is answered:
 * the trimmed value and each trimmed line (a PEM key), each also form-URL-encoded (as
 * URLSearchParams sent it to IMS, and as IMS may echo it), URI-encoded, and JSON-escaped
 * (the checks output is JSON). One pure function for both hosts: the redactor takes every
 * form, the runner only the long ones (see actions-host.ts).
 */
export function secretForms(value: string): string[] {
  const trimmed = value.trim();
  if (trimmed === '') return [];
  const lines = trimmed
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const forms = [trimmed, ...lines].flatMap((form) => [
    form,
    new URLSearchParams({ v: form }).toString().slice('v='.length),
    encodeURIComponent(form),
    JSON.stringify(form).slice(1, -1),
  ]);
  return [...new Set(forms)];
}

/**
 * Replaces every registered secret form with a readable placeholder, so the action
 * never relies on the runner's masking for what it writes itself.
 */
export class Redactor {
  readonly #secrets = new Map<string, string>();

  /** Registers every form of `value` (see secretForms). */
  add(value: string, placeholder: string = '***'): void {
    for (const form of secretForms(value)) {
      // Very short strings would redact ordinary words; they are not secret forms anyway.
      if (form.length < 4 || this.#secrets.has(form)) continue;
      this.#secrets.set(form, placeholder);
    }
  }

  redact(text: string): string {
    let result = text;
    // Longest first, so a secret containing another one is replaced whole.
    const entries = [...this.#secrets].sort(([a], [b]) => b.length - a.length);
    for (const [secret, placeholder] of entries) {
      result = result.split(secret).join(placeholder);
    }
    return result;
  }

  get size(): number {
    return this.#secrets.size;
  }
}
