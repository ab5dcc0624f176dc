import type { FastifyReply, FastifyRequest } from 'fastify';
import { feedbackTable } from '../../contracts/social/feedback.routes.js';
import { AnswerFeedbackBody } from '../../contracts/social/feedback.js';
import { feedbackThrottleKey } from '../../core/account/tokens.js';
import { negotiateLocale } from '../../core/i18n/messages.js';
import { FEEDBACK_RATE_LIMIT, FEEDBACK_RATE_WINDOW_MS, feedbackLinkView, formAnswer } from '../../core/social/feedback.js';
import {
  feedbackFormPage,
  feedbackGonePage,
  feedbackNotFoundPage,
  feedbackThanksPage,
  feedbackTooManyPage,
} from '../../core/social/feedback-page.js';
import { FeedbackLinksRepo } from '../../db/social/feedback-links.repo.js';
import { LoginFailuresRepo } from '../../db/account/login-failures.repo.js';
import { PeopleRepo } from '../../db/social/people.repo.js';
import { actorOf } from '../plugins/auth.js';
import { badRequest, HttpProblem, notFound } from '../problem.js';
import { route } from '../routes/define.js';
import { deleteOr404 } from '../routes/helpers.js';
import type { App } from '../types.js';
import { publicBase } from '../public-url.js';
import { FeedbackService } from './feedback.service.js';

const gone = () => new HttpProblem(410, 'This link is closed', 'It has already been answered, or its time ran out.');

/** The owner's side: make links, read the answers, delete links. */
export async function feedbackRoutes(app: App): Promise<void> {
  const tags = ['social'];
  const feedback = new FeedbackService(app);

  route(
    app,
    feedbackTable.createFeedbackLink,
    {
      tags,
      summary: 'Make a one-time link that asks someone on your map how your time together was',
      description:
        'The link opens a short form with no login. It shows your display name and the questions, nothing else, and can be answered once. ' +
        'The address is shown only in this answer (Steady keeps only a hash), so a retried request makes a new link rather than replaying this one.',
    },
    async (req, reply) => {
      const { id, token, expiresAt } = await feedback.createLink(actorOf(req), req.params.id, req.body?.expiresInDays);
      return reply.code(201).send({ id, url: `${publicBase(app, req)}/f/${token}`, expiresAt });
    },
  );

  route(
    app,
    feedbackTable.listFeedback,
    { tags, summary: 'Feedback links for one person, newest first, with each answer and whether it is still open' },
    async (req) => {
      const actor = actorOf(req);
      if (!(await new PeopleRepo(app.database.db).owned(actor, [req.params.id])).has(req.params.id)) throw notFound();
      const now = app.clock();
      return { items: (await new FeedbackLinksRepo(app.database.db).list(actor, req.params.id)).map((r) => feedbackLinkView(r, now)) };
    },
  );

  route(
    app,
    feedbackTable.deleteFeedbackLink,
    { tags, summary: 'Delete a feedback link and its answer; an open link stops working' },
    async (req, reply) => {
      return deleteOr404(reply, new FeedbackLinksRepo(app.database.db).delete(actorOf(req), req.params.id));
    },
  );

  await app.register(publicFeedbackRoutes);
}

/**
 * Anyone holding a link: no session, no CSRF token (the secret token is the key). Kept in their
 * own scope so the form parser below applies to these routes only, and nothing they write is logged.
 */
async function publicFeedbackRoutes(app: App): Promise<void> {
  const tags = ['feedback (public)'];
  const html = (req: FastifyRequest) => (req.headers.accept ?? '').includes('text/html');
  // Whoever answers has no account, so their browser's languages choose the page's.
  const visitorLocale = (req: FastifyRequest) => negotiateLocale(req.headers['accept-language']);

  // A plain HTML form posts urlencoded; the answer text is parsed here and never logged.
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 32 * 1024 }, (_req, body, done) => {
    const fields: Record<string, string> = {};
    for (const [k, v] of new URLSearchParams(body as string)) fields[k] = v;
    done(null, fields);
  });

  /**
   * One budget per address for the form and the answers together, counted before anything is
   * read, kept in the database like the login throttle so every app server shares it.
   */
  async function spend(req: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> {
    const now = app.clock();
    // Counted and read back in one statement: a burst sent at once cannot all read the same count.
    const entry = await new LoginFailuresRepo(app.database.db).hit(
      feedbackThrottleKey(req.ip),
      now.toISOString(),
      new Date(now.getTime() - FEEDBACK_RATE_WINDOW_MS).toISOString(),
    );
    if (entry.count <= FEEDBACK_RATE_LIMIT) return undefined;
    const retry = String(Math.max(1, Math.ceil((Date.parse(entry.windowStart) + FEEDBACK_RATE_WINDOW_MS - now.getTime()) / 1000)));
    if (html(req))
      return reply
        .code(429)
        .header('retry-after', retry)
        .type('text/html; charset=utf-8')
        .send(feedbackTooManyPage(visitorLocale(req)));
    throw new HttpProblem(429, 'Too many requests', 'Please wait a few minutes before trying again.', undefined, {
      'retry-after': retry,
    });
  }

  const feedback = new FeedbackService(app);

  const page = (reply: FastifyReply, status: number, body: string) =>
    reply.code(status).header('x-robots-tag', 'noindex').header('vary', 'Accept-Language').type('text/html; charset=utf-8').send(body);

  route(
    app,
    feedbackTable.answerFeedback,
    {
      tags,
      summary: 'Answer a feedback link (no account needed; once only)',
      description:
        'Unknown token → 404; already answered or expired → 410. Limited to 30 requests per 10 minutes per address, with the form page.',
      security: [],
      config: { public: true },
      preValidation: spend,
    },
    async (req, reply) => {
      const link = await feedback.open(req.params.token);
      if (link.state === 'unknown') throw notFound();
      if (link.state === 'closed') throw gone();
      const stored = await feedback.answer(req.params.token, req.body);
      if (stored === 'closed') throw gone();
      return reply.code(201).send({ safety: stored });
    },
  );

  route(
    app,
    feedbackTable.getFeedbackForm,
    {
      tags,
      summary: 'The feedback form as a small HTML page (no script, no login)',
      description: "Shows only the asker's display name and the questions. Errors are HTML for browsers, problem+json otherwise.",
      security: [],
      config: { public: true },
      preValidation: spend,
    },
    async (req, reply) => {
      const link = await feedback.open(req.params.token);
      if (link.state === 'unknown') {
        if (html(req)) return page(reply, 404, feedbackNotFoundPage(visitorLocale(req)));
        throw notFound();
      }
      if (link.state === 'closed') {
        if (html(req)) return page(reply, 410, feedbackGonePage(visitorLocale(req)));
        throw gone();
      }
      return page(
        reply,
        200,
        feedbackFormPage(link.askerName, req.params.token, { timeTogether: link.timeTogether, locale: visitorLocale(req) }),
      );
    },
  );

  route(
    app,
    feedbackTable.submitFeedbackForm,
    {
      tags,
      summary: 'Where the HTML form posts (application/x-www-form-urlencoded); answers with a thank-you page',
      description: 'The same rules as answerFeedback. A form with a missing answer comes back with the words kept and a note.',
      security: [],
      config: { public: true },
      preValidation: spend,
    },
    async (req, reply) => {
      const raw = req.body && typeof req.body === 'object' ? (req.body as Record<string, unknown>) : {};
      const fields = Object.fromEntries(Object.entries(raw).filter((e): e is [string, string] => typeof e[1] === 'string'));
      const link = await feedback.open(req.params.token);
      if (link.state === 'unknown') {
        if (html(req)) return page(reply, 404, feedbackNotFoundPage(visitorLocale(req)));
        throw notFound();
      }
      if (link.state === 'closed') {
        if (html(req)) return page(reply, 410, feedbackGonePage(visitorLocale(req)));
        throw gone();
      }
      const parsed = AnswerFeedbackBody.safeParse(formAnswer(fields));
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        if (html(req))
          return page(
            reply,
            400,
            feedbackFormPage(link.askerName, req.params.token, {
              timeTogether: link.timeTogether,
              values: { supportive: fields.supportive, different: fields.different, other: fields.other },
              error: issue.code === 'too_big' ? 'too-long' : 'missing',
              locale: visitorLocale(req),
            }),
          );
        throw badRequest(parsed.error.issues.map((i) => ({ field: i.path.join('.') || 'body', in: 'body' as const, message: i.message })));
      }
      const stored = await feedback.answer(req.params.token, parsed.data);
      if (stored === 'closed') {
        if (html(req)) return page(reply, 410, feedbackGonePage(visitorLocale(req)));
        throw gone();
      }
      return page(reply, 200, feedbackThanksPage(stored.crisis, visitorLocale(req)));
    },
  );
}
