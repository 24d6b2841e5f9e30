import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import { Access } from '../modules/accounts/access';
import type { SessionControl } from '../modules/accounts/auth-runtime';
import type { Authenticator } from '../modules/accounts/authenticator';
import { clearedSessionCookie, sessionCookie, sessionTokenOf } from '../modules/accounts/session-token';
import type { Logger } from '../shared/logger';

/**
 * Security headers. The CSP admits only the dashboard's own files: scripts, styles and fonts from this
 * origin, images from it or data:/blob: URLs (the inline favicon, chart exports), API calls to it; no
 * framing, no plugins. No upgrade-insecure-requests: the embedded demo is served over plain http.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'"],
        'font-src': ["'self'", 'data:'],
        'img-src': ["'self'", 'data:', 'blob:'],
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
      },
    },
    // Same-origin only; the dashboard embeds nothing from elsewhere.
    crossOriginResourcePolicy: { policy: 'same-origin' },
    referrerPolicy: { policy: 'no-referrer' },
  });
}

/** The request's principal, found once per request by `authenticate`. */
export function accessOf(res: Response): Access {
  return (res.locals.access as Access | undefined) ?? Access.anonymous();
}

/** Reads the session cookie into res.locals (access, sessionDigest); never refuses by itself. */
export function authenticate(authenticator: Authenticator): RequestHandler {
  return (req, res, next) => {
    authenticator.accessFor(sessionTokenOf(req.headers.cookie)).then(({ access, digest, expiresAt }) => {
      res.locals.access = access;
      res.locals.sessionDigest = digest;
      res.locals.sessionExpiresAt = expiresAt;
      next();
    }, next);
  };
}

export function sessionControl(req: Request, res: Response): SessionControl {
  const secure = req.secure;
  return {
    digest: res.locals.sessionDigest as string | undefined,
    expiresAt: res.locals.sessionExpiresAt as Date | undefined,
    issue: (token, expiresAt) =>
      res.append('Set-Cookie', sessionCookie(token, Math.round((expiresAt.getTime() - Date.now()) / 1000), secure)),
    clear: () => res.append('Set-Cookie', clearedSessionCookie(secure)),
  };
}

/** Requests per minute per account, or per client address when not signed in (the demo, signIn). */
export function rateLimitPerPrincipal(perMinute: number, logger: Logger): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    keyGenerator: (req, res) => {
      const account = accessOf(res).account;
      return account ? `account:${account.id}` : `ip:${ipKeyGenerator(req.ip ?? '')}`;
    },
    handler: (req, res, _next, options) => {
      const resetTime = (req as Request & { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
      const seconds = Math.max(1, Math.ceil(((resetTime?.getTime() ?? Date.now() + options.windowMs) - Date.now()) / 1000));
      const who = accessOf(res).account ? 'per account' : 'per address without signing in';
      logger.info('rate limited', { actor: accessOf(res).actor, limit: perMinute });
      res.setHeader('Retry-After', String(seconds));
      res.status(429).json({
        errors: [
          {
            message: `Too many requests: at most ${perMinute} a minute ${who}; try again in ${seconds} s`,
            extensions: { code: 'RATE_LIMITED', retryAfterSeconds: seconds },
          },
        ],
      });
    },
  });
}

const gqlError = (res: Response, status: number, code: string, message: string) =>
  res.status(status).json({ errors: [{ message, extensions: { code } }] });

/**
 * Errors outside GraphQL execution (body parsing, a middleware failing): a JSON answer with a sentence
 * and a code; never a stack trace, never the body back. Express's own handler would print the stack.
 */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (
    error: { type?: string; status?: number; statusCode?: number; length?: number; limit?: number; message?: string },
    req,
    res,
    next,
  ) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const status = error.status ?? error.statusCode ?? 500;
    if (error.type === 'entity.too.large') {
      const size = error.length !== undefined ? `${error.length} bytes` : 'over the limit';
      logger.info('request body too large', { path: req.path, bytes: error.length, limit: error.limit });
      gqlError(res, 413, 'PAYLOAD_TOO_LARGE', `Request body is ${size}; the limit is ${error.limit} bytes (BODY_MAX_BYTES)`);
    } else if (error.type === 'entity.parse.failed') {
      gqlError(res, 400, 'BAD_REQUEST', 'Request body is not valid JSON');
    } else if (status >= 400 && status < 500) {
      gqlError(res, status, 'BAD_REQUEST', `The request was refused (${status})`);
    } else {
      logger.error('request failed', { path: req.path, error: error.message });
      gqlError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal error: the request could not be completed');
    }
  };
}

/** One structured line per request at debug level; failures and slow requests at warn. */
export function requestLog(logger: Logger, slowMs = 2_000): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const fields = { method: req.method, path: req.originalUrl.split('?')[0], status: res.statusCode, ms: Math.round(ms), actor: accessOf(res).actor };
      if (res.statusCode >= 500 || ms >= slowMs) logger.warn('request', fields);
      else logger.debug('request', fields);
    });
    next();
  };
}
