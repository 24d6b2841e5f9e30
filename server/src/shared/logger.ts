/** One JSON object per line on stdout/stderr: easy to read in a terminal and to ship to a log store. */
type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** Fields never written, whoever passes them: passwords, tokens, cookies. */
const SECRET_FIELD = /pass(word)?|secret|token|cookie|authorization/i;
const redact = (key: string, value: unknown) => (key && SECRET_FIELD.test(key) ? '[redacted]' : value);

export function createLogger(minimum: Level = 'info'): Logger {
  const write = (level: Level) => (message: string, fields: Record<string, unknown> = {}) => {
    if (ORDER[level] < ORDER[minimum]) return;
    const line = JSON.stringify({ time: new Date().toISOString(), level, message, ...fields }, redact);
    (level === 'error' || level === 'warn' ? process.stderr : process.stdout).write(`${line}\n`);
  };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}
