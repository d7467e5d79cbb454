import { apiKeyMatches, apiKeyPrefix, generateApiKey, hashApiKey, lastUseToRecord } from './api-key-rules';

describe('provider API keys', () => {
  it('are long random keys whose prefix can be read back', () => {
    const a = generateApiKey();
    const b = generateApiKey();
    expect(a.key).toMatch(/^kvn_[a-f0-9]{10}_[A-Za-z0-9_-]{43}$/);
    expect(a.key).not.toBe(b.key);
    expect(apiKeyPrefix(a.key)).toBe(a.prefix);
  });

  it('are stored only as a hash that matches the key and nothing else', () => {
    const { key, hash } = generateApiKey();
    expect(hash).toBe(hashApiKey(key));
    expect(hash).not.toContain(key.slice(15));
    expect(apiKeyMatches(key, hash)).toBe(true);
    expect(apiKeyMatches(`${key.slice(0, -1)}x`, hash)).toBe(false);
  });

  it('give no prefix for malformed input', () => {
    for (const bad of [
      '',
      'kvn_short_x',
      'Bearer abc',
      `kvn_0123456789_${'a'.repeat(42)}`,
      `kvn_0123456789_${'a'.repeat(43)}; DROP`,
    ]) {
      expect(apiKeyPrefix(bad)).toBeUndefined();
    }
  });

  it('record their last use the first time, then at most once a minute', () => {
    const at = (time: string) => new Date(`2026-12-01T${time}Z`);
    expect(lastUseToRecord(null, at('10:00:00'))).toBe(true);
    expect(lastUseToRecord(at('10:00:00'), at('10:00:59'))).toBe(false);
    expect(lastUseToRecord(at('10:00:00'), at('10:01:00'))).toBe(true);
    // A clock that went back a little writes nothing rather than an earlier time.
    expect(lastUseToRecord(at('10:00:00'), at('09:59:00'))).toBe(false);
  });
});
