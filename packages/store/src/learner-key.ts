/**
 * Learner keys. Decision: the raw LMS learner id is never stored. It is often an email address or a
 * staff number, and this device may be shared, so it is hashed (SHA-256 of a fixed Haven prefix and
 * the id) into `lms:<hex>`. The same id always gives the same key, so a learner resumes on this device;
 * the hash is not anonymisation (a known id can be hashed and compared), only protection from casual
 * reading and from exports. Learner names are never passed to the store at all.
 * Without an LMS the key is `device:<random uuid>`, made once per device and kept in `settings`.
 */
const PREFIX = 'haven-learner-v1:';

export async function lmsLearnerKey(lmsLearnerId: string): Promise<string> {
  const bytes = new TextEncoder().encode(PREFIX + lmsLearnerId);
  const subtle = globalThis.crypto?.subtle;
  if (subtle) {
    const digest = new Uint8Array(await subtle.digest('SHA-256', bytes));
    return `lms:${toHex(digest)}`;
  }
  // No SubtleCrypto outside secure contexts (plain http): a weaker 64-bit FNV-1a, marked as such.
  return `lms-fnv:${fnv1a64(bytes)}`;
}

export function newDeviceLearnerKey(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === 'function') return `device:${c.randomUUID()}`;
  const bytes = new Uint8Array(16);
  c.getRandomValues(bytes);
  return `device:${toHex(bytes)}`;
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function fnv1a64(bytes: Uint8Array): string {
  let hash = 0xcbf29ce484222325n;
  for (const b of bytes) hash = BigInt.asUintN(64, (hash ^ BigInt(b)) * 0x100000001b3n);
  return hash.toString(16).padStart(16, '0');
}
