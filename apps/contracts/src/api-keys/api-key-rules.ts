import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * A provider's API key: `kvn_<prefix>_<secret>`. The prefix finds the stored row and lets an
 * admin tell keys apart; only a SHA-256 of the whole key is stored (the key is random and long,
 * so a slow hash adds nothing), and the key itself is shown once, when it is created.
 */
const KEY_PATTERN = /^kvn_([A-Za-z0-9]{10})_([A-Za-z0-9_-]{43})$/;

export interface NewApiKey {
  key: string;
  prefix: string;
  hash: string;
}

export function generateApiKey(): NewApiKey {
  const prefix = randomBytes(8).toString('hex').slice(0, 10);
  const key = `kvn_${prefix}_${randomBytes(32).toString('base64url')}`;
  return { key, prefix, hash: hashApiKey(key) };
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** The prefix of a well-formed key, or undefined for anything else. */
export function apiKeyPrefix(key: string): string | undefined {
  return KEY_PATTERN.exec(key)?.[1];
}

export function apiKeyMatches(key: string, storedHash: string): boolean {
  const given = Buffer.from(hashApiKey(key), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

/** How often a key's last use is written: often enough to tell a live integration from a dead one. */
export const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * Whether a use of a key at `now` is worth writing down: the first use, or the first a minute
 * after the one recorded. So a busy integration costs one small write a minute, not one a request.
 */
export function lastUseToRecord(lastUsedAt: Date | null, now: Date): boolean {
  return !lastUsedAt || now.getTime() - lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS;
}
