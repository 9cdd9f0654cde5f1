// Canonical JSON (RFC 8785 style) of what is signed: the same value always gives the same bytes,
// whichever program built it, so a signature made by a client can be checked against the
// server's own serialization of the application.

/** Keys sorted by UTF-16 code units, no whitespace; throws TypeError on values JSON cannot hold. */
export function canonicalJson(value: unknown): string {
  return serialize(value, new Set(), '');
}

/** The UTF-8 bytes of canonicalJson(value): what is actually signed. */
export function canonicalBytes(value: unknown): Uint8Array {
  return new TextEncoder().encode(canonicalJson(value));
}

function serialize(value: unknown, ancestors: Set<object>, at: string): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${String(value)} at ${at || '/'}`);
      // ECMAScript number serialization is the one RFC 8785 prescribes (and gives "0" for -0).
      return JSON.stringify(value);
    case 'object':
      break;
    default:
      throw new TypeError(`canonicalJson: ${typeof value} at ${at || '/'}`);
  }
  if (ancestors.has(value)) throw new TypeError(`canonicalJson: cycle at ${at || '/'}`);
  ancestors.add(value);
  try {
    if (Array.isArray(value)) {
      // Array.from visits holes too, so a sparse array fails as undefined instead of printing ",,".
      return `[${Array.from(value, (item, i) => serialize(item, ancestors, `${at}/${i}`)).join(',')}]`;
    }
    const prototype = Object.getPrototypeOf(value) as unknown;
    // A Date or class instance would be serialized through toJSON or its own fields, silently;
    // the signed document must be plain data.
    if (prototype !== Object.prototype && prototype !== null) {
      throw new TypeError(`canonicalJson: not a plain object at ${at || '/'}`);
    }
    const record = value as Record<string, unknown>;
    const members = Object.keys(record)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${serialize(record[key], ancestors, `${at}/${key}`)}`);
    return `{${members.join(',')}}`;
  } finally {
    ancestors.delete(value);
  }
}
