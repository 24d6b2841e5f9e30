import { hashPassword, passwordProblem, verifyPassword } from './password';

describe('passwordProblem', () => {
  it('refuses a short password, saying how long it must be and how long it is', () => {
    expect(passwordProblem('short-pass', 'an')).toBe('password must have at least 12 characters, it has 10');
  });

  it('refuses the username as password, whatever its case', () => {
    expect(passwordProblem('Leader.TanBinh', 'leader.tanbinh')).toBe('password must not be the username');
  });

  it('refuses a password of very few distinct characters and one over 256 characters', () => {
    expect(passwordProblem('aaaaaaaaaaaaab', 'x')).toBe('password must use at least 4 different characters');
    expect(passwordProblem('ab1-'.repeat(65), 'x')).toBe('password may have at most 256 characters, it has 260');
  });

  it('accepts a passphrase, counting Vietnamese letters as one character each', () => {
    expect(passwordProblem('Một cửa Tân Bình', 'x')).toBeNull();
  });
});

describe('argon2 hashing', () => {
  it('stores an argon2id hash that verifies the password and nothing else', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    expect(hash).not.toContain('correct horse battery');
    await expect(verifyPassword(hash, 'correct horse battery')).resolves.toBe(true);
    await expect(verifyPassword(hash, 'correct horse battery ')).resolves.toBe(false);
    await expect(verifyPassword('not a hash', 'correct horse battery')).resolves.toBe(false);
  });
});
