import { inspect } from 'node:util';

/**
 * Holds an API key so that it cannot leak by accident: printing, logging, string
 * interpolation and JSON serialisation all show `[redacted]`. Only `reveal()` gives
 * the value, and only the provider that sends it calls that.
 */
export class Secret {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
  }

  reveal(): string {
    return this.#value;
  }

  toString(): string {
    return '[redacted]';
  }

  toJSON(): string {
    return '[redacted]';
  }

  [inspect.custom](): string {
    return 'Secret([redacted])';
  }
}

/** Replaces every occurrence of the given secrets in a message (errors from HTTP libraries may echo headers). */
export function redactSecrets(text: string, secrets: readonly (Secret | null | undefined)[]): string {
  let out = text;
  for (const secret of secrets) {
    const value = secret?.reveal();
    if (value && value.length >= 4) out = out.split(value).join('[redacted]');
  }
  return out;
}
