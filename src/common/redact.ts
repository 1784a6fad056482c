/**
 * Replaces every registered secret form with a readable placeholder, so the action
 * never relies on the runner's masking for what it writes itself.
 */
export class Redactor {
  readonly #secrets = new Map<string, string>();

  add(value: string, placeholder: string = '***'): void {
    const trimmed = value.trim();
    // Very short strings would redact ordinary words; they are not secret forms anyway.
    if (trimmed.length < 4 || this.#secrets.has(trimmed)) return;
    this.#secrets.set(trimmed, placeholder);
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
