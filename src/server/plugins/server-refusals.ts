import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { HttpProblem } from '../problem.js';

/**
 * Answers Fastify and Node give before any route runs (a malformed or over-long address, headers
 * too large, a request that timed out), as problem+json like every other refusal. Their own
 * bodies quote the address back, and an address can carry a token or a person's words.
 */
const WORDS: Record<number, [string, string]> = {
  400: ['Invalid request', 'The address or the request could not be read.'],
  408: ['Request timeout', 'The request took too long to arrive.'],
  414: ['Address too long', 'The address is longer than Steady accepts.'],
  431: ['Headers too large', 'The request’s headers are larger than Steady accepts.'],
};

function problemFor(status: number): HttpProblem {
  const [title, detail] = WORDS[status] ?? WORDS[400]!;
  return new HttpProblem(status, title, detail);
}

/** Fastify's `frameworkErrors`: a bad URL component (400) or a parameter past maxParamLength (414). */
export function frameworkErrors(error: FastifyError, _req: FastifyRequest, reply: FastifyReply): void {
  const status = error.statusCode === 414 ? 414 : 400;
  void reply.code(status).type('application/problem+json').serializer(JSON.stringify).send(problemFor(status).toJSON());
}

/** Fastify's `clientErrorHandler`: what Node's HTTP parser refuses, answered on the raw socket. */
export function clientErrorHandler(err: NodeJS.ErrnoException, socket: Socket): void {
  // A reset connection has no one left to answer.
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const status = err.code === 'HPE_HEADER_OVERFLOW' ? 431 : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const body = JSON.stringify(problemFor(status).toJSON());
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Content-Type: application/problem+json\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(err);
}
