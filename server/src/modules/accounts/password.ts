import * as argon2 from 'argon2';

/**
 * argon2id at OWASP's first recommended setting (19 MiB, 2 passes, 1 lane): about 20 ms per hash,
 * cheap enough for sign-in, expensive enough to make a stolen table slow to crack.
 */
export const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN_LENGTH = 12;
/** Longer than any passphrase; stops a megabyte "password" from costing a hash of it. */
export const PASSWORD_MAX_LENGTH = 256;

/** Why a new password is refused, in a sentence; null when it is acceptable. Never echoes the password. */
export function passwordProblem(password: string, username: string): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return `password must have at least ${PASSWORD_MIN_LENGTH} characters, it has ${length}`;
  if (length > PASSWORD_MAX_LENGTH) return `password may have at most ${PASSWORD_MAX_LENGTH} characters, it has ${length}`;
  if (password.trim().toLowerCase() === username.trim().toLowerCase()) return 'password must not be the username';
  if (new Set(password).size < 4) return 'password must use at least 4 different characters';
  return null;
}

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, ARGON2_OPTIONS);
}

/** False for a wrong password and for a hash that cannot be read, never an exception. */
export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  if ([...password].length > PASSWORD_MAX_LENGTH) return false;
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;
/**
 * Verifies against a throw-away hash: a sign-in with an unknown username then takes as long as one with
 * a wrong password, so timing does not tell which usernames exist.
 */
export async function burnVerification(password: string): Promise<void> {
  dummy ??= hashPassword('not-a-password-of-anyone');
  await verifyPassword(await dummy, password);
}
