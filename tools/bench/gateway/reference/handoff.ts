import { DEVELOPMENT_HANDOFF_SECRET, Identity, IdentitySchema, signIdentityHandoff } from '@kvalitetsnav/auth';

/**
 * A hand-off token for one fixed identity, signed again every 20 s because the subgraphs accept
 * one for 60 s: long runs never send an expired token, and no request pays for signing.
 */
export async function rollingHandoff(
  identity: Identity,
  secret = DEVELOPMENT_HANDOFF_SECRET,
): Promise<{ current(): string; stop(): void }> {
  let token = await signIdentityHandoff({ identity }, secret);
  const timer = setInterval(() => void signIdentityHandoff({ identity }, secret).then((t) => (token = t)), 20_000);
  timer.unref();
  return { current: () => token, stop: () => clearInterval(timer) };
}

/** The identity a reference server speaks for, given by the benchmark as JSON. */
export const benchIdentity = (json = process.env['BENCH_IDENTITY']): Identity =>
  IdentitySchema.parse(JSON.parse(json ?? ''));
