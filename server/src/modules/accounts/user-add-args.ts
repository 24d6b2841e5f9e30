import { parseArgs } from 'node:util';
import { parseRole, Role, roleNeedsUnit } from './role';

export const USER_ADD_USAGE = `usage: npm run user:add -- --username NAME --role admin|leader|officer|organiser|viewer [--unit CODE] [--unit-on YYYY-MM-DD]
                         [--name "Display name"] [--password-stdin | --generate-password]
  The password is asked twice (hidden) on a terminal, read from standard input with --password-stdin
  (e.g. from a secrets manager), or made up and shown once with --generate-password. Never give it as an argument.
  --unit is required for every role but admin; --unit-on picks the unit a code meant on that day (codes reused in 2025).`;

export interface UserAddArgs {
  username: string;
  role: Role;
  unitCode: string | null;
  unitOn: string | null;
  displayName: string | null;
  password: 'prompt' | 'stdin' | 'generate';
}

/** The command line of user:add, checked; throws an Error whose message says what is wrong. */
export function parseUserAddArgs(argv: string[]): UserAddArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      username: { type: 'string' },
      role: { type: 'string' },
      unit: { type: 'string' },
      'unit-on': { type: 'string' },
      name: { type: 'string' },
      password: { type: 'string' },
      'password-stdin': { type: 'boolean', default: false },
      'generate-password': { type: 'boolean', default: false },
    },
  });
  if (values.password !== undefined)
    throw new Error(
      '--password is not accepted: a password on the command line stays in the shell history and the process list; use --password-stdin or the prompt',
    );
  if (positionals.length) throw new Error(`unexpected argument ${JSON.stringify(positionals[0])}`);
  if (!values.username) throw new Error('--username is required');
  if (!values.role) throw new Error('--role is required');
  const role = parseRole(values.role);
  if (!role) throw new Error(`--role must be one of admin, leader, officer, organiser, viewer; got ${JSON.stringify(values.role)}`);
  if (roleNeedsUnit(role) && !values.unit)
    throw new Error(`--unit is required for the role ${role.toLowerCase()} (the official code of the unit, e.g. 766)`);
  if (role === Role.ADMIN && values.unit) throw new Error('--unit is not used for admin: an admin reaches every unit');
  if (values['password-stdin'] && values['generate-password']) throw new Error('give --password-stdin or --generate-password, not both');
  return {
    username: values.username,
    role,
    unitCode: values.unit ?? null,
    unitOn: values['unit-on'] ?? null,
    displayName: values.name ?? null,
    password: values['password-stdin'] ? 'stdin' : values['generate-password'] ? 'generate' : 'prompt',
  };
}
