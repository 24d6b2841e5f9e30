import { Role } from './role';
import { parseUserAddArgs } from './user-add-args';

describe('user:add arguments', () => {
  it('reads a leader of a unit, with the password from standard input', () => {
    expect(parseUserAddArgs(['--username', 'leader.tanbinh', '--role', 'leader', '--unit', '766', '--password-stdin'])).toEqual({
      username: 'leader.tanbinh',
      role: Role.LEADER,
      unitCode: '766',
      unitOn: null,
      displayName: null,
      password: 'stdin',
    });
  });

  it('makes the first admin without a unit, asking for the password by default', () => {
    expect(parseUserAddArgs(['--username', 'admin', '--role', 'ADMIN'])).toMatchObject({
      role: Role.ADMIN,
      unitCode: null,
      password: 'prompt',
    });
  });

  it('refuses a password given as an argument, saying why', () => {
    expect(() => parseUserAddArgs(['--username', 'a', '--role', 'admin', '--password', 'hunter2hunter2'])).toThrow(
      /--password is not accepted: a password on the command line stays in the shell history/,
    );
  });

  it('needs a unit for every role but admin, and refuses one for admin', () => {
    expect(() => parseUserAddArgs(['--username', 'o', '--role', 'officer'])).toThrow(
      '--unit is required for the role officer (the official code of the unit, e.g. 766)',
    );
    expect(() => parseUserAddArgs(['--username', 'a', '--role', 'admin', '--unit', '79'])).toThrow(
      '--unit is not used for admin: an admin reaches every unit',
    );
  });

  it('names an unknown role and the roles there are', () => {
    expect(() => parseUserAddArgs(['--username', 'a', '--role', 'boss', '--unit', '79'])).toThrow(
      '--role must be one of admin, leader, officer, organiser, viewer; got "boss"',
    );
  });
});
