import { BEARER_SCHEME, HttpProblem } from '@cchc/service-kit';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import {
  createTokenVerifier,
  InvalidTokenError,
  type AuthContext,
  type TokenVerifierOptions,
} from './token-verifier.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is calling, once the bearer token is verified; null on routes outside `authenticated`. */
    auth: AuthContext | null;
  }
}

export type AuthOptions = TokenVerifierOptions;

function refuse(reply: FastifyReply, reason: string, error?: 'invalid_token'): never {
  // RFC 6750: tell the client which scheme to use and, for a bad token, what is wrong with it.
  reply.header(
    'www-authenticate',
    error ? `Bearer error="${error}", error_description="${reason.replace(/"/g, "'")}"` : 'Bearer',
  );
  throw new HttpProblem(401, reason);
}

/**
 * Wraps a service's routes so that every one of them needs a valid bearer token; `request.auth` tells who calls.
 * The token is checked when the request arrives, before its body is read or validated, so an anonymous caller
 * learns nothing about a route's input.
 */
export function authenticated(routes: FastifyPluginAsync, options: AuthOptions): FastifyPluginAsync {
  const verify = createTokenVerifier(options);
  return async (app) => {
    app.decorateRequest('auth', null);
    // The API documentation shows which routes need a token.
    app.addHook('onRoute', (route) => {
      route.schema = { ...route.schema, security: [{ [BEARER_SCHEME]: [] }] };
    });
    app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
      const header = request.headers.authorization;
      if (!header) refuse(reply, 'This request needs a bearer token (Authorization: Bearer …)');
      const [scheme, token, ...rest] = header.split(' ');
      if (scheme?.toLowerCase() !== 'bearer' || !token || rest.length)
        refuse(reply, 'The Authorization header must be "Bearer <token>"', 'invalid_token');
      try {
        request.auth = await verify(token);
      } catch (error) {
        if (error instanceof InvalidTokenError)
          refuse(reply, `The bearer token was refused: ${error.message}`, 'invalid_token');
        throw error;
      }
    });
    await app.register(routes);
  };
}
