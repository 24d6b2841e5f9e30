/**
 * npm run user:add -- --username NAME --role ROLE [--unit CODE] [--unit-on DAY] [--name "…"] [--password-stdin | --generate-password]
 *
 * Creates an account on DATABASE_URL, or on the embedded database in DATA_DIR (joining `npm start`
 * if it runs); the first admin comes from here. The password is hashed (argon2id) and never printed,
 * except a generated one, once. The creation is in the audit log as cli:<OS user>.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { userInfo } from 'node:os';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { loadConfig, redactUrl } from '../server/src/config';
import { openDatabase } from '../server/src/db/database';
import { migrateUp } from '../server/src/db/migrate';
import { AccountService } from '../server/src/modules/accounts/account.service';
import { passwordProblem } from '../server/src/modules/accounts/password';
import { parseUserAddArgs, USER_ADD_USAGE, type UserAddArgs } from '../server/src/modules/accounts/user-add-args';
import { seedReference } from '../seeds/reference.seeder';

async function main(): Promise<number> {
  let args: UserAddArgs;
  try {
    args = parseUserAddArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USER_ADD_USAGE}`);
    return 2;
  }
  const password = await obtainPassword(args);
  const problem = passwordProblem(password, args.username);
  if (problem) {
    console.error(problem);
    return 1;
  }
  const config = loadConfig();
  const db = await openDatabase(config);
  try {
    console.log(`database: ${db.embedded ? `embedded in ${config.dataDir}` : redactUrl(db.url)}`);
    await migrateUp(db.orm);
    // Units come with the reference data: a new database has them before its first start.
    await db.withSession((session) => seedReference(session.client));
    const account = await new AccountService(db.orm.em.fork()).create(
      { username: args.username, password, role: args.role, unitCode: args.unitCode, unitOn: args.unitOn, displayName: args.displayName },
      { actor: `cli:${userInfo().username}`, account: null },
    );
    const unit = account.unit ? ` of ${account.unit.name} (${account.unit.code})` : '';
    console.log(`created ${account.role.toLowerCase()} ${account.username}${unit}`);
    if (args.password === 'generate') console.log(`password (shown once): ${password}`);
    return 0;
  } finally {
    await db.close();
  }
}

async function obtainPassword(args: UserAddArgs): Promise<string> {
  if (args.password === 'generate') return randomBytes(15).toString('base64url');
  if (args.password === 'stdin') {
    let text = '';
    for await (const chunk of process.stdin) text += chunk;
    return text.replace(/\r?\n$/, '');
  }
  if (!process.stdin.isTTY) throw new Error('no terminal to ask for the password: use --password-stdin or --generate-password');
  const first = await askHidden(`password for ${args.username}: `);
  const again = await askHidden('again: ');
  if (first !== again) throw new Error('the two passwords differ');
  return first;
}

/** Reads a line without echoing it. */
function askHidden(prompt: string): Promise<string> {
  process.stdout.write(prompt);
  const muted = new Writable({ write: (_chunk, _encoding, done) => done() });
  const rl = createInterface({ input: process.stdin, output: muted, terminal: true });
  return new Promise((resolve) =>
    rl.question('', (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    }),
  );
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
