import { stringify } from 'csv-stringify/sync';
import { meTable } from '../../contracts/account/me.routes.js';
import { ImportAccountFile } from '../../contracts/account/export.js';
import { JOURNAL_CSV_COLUMNS, journalCsvRecords } from '../../core/journal/csv.js';
import { JournalRepo } from '../../db/journal/journal.repo.js';
import { UsersRepo } from '../../db/account/users.repo.js';
import { confirmPassword, requireRecentAuth } from '../auth/confirm.js';
import { clearSessionCookie } from '../auth/sessions.js';
import { collectExport } from './account.js';
import { AccountService } from './account.service.js';
import { importAccount } from './account-import.js';
import { actorOf } from '../plugins/auth.js';
import { badRequest, unauthorized } from '../problem.js';
import { publicUser } from './public-user.js';
import { route } from '../routes/define.js';
import type { App } from '../types.js';

const reauthNote =
  'Needs a login or `reauthenticate` in the last 10 minutes; otherwise 403 with type `https://steady.example/problems/reauth-required`.';

/** Room for a large export (many years of entries); every other route keeps the app's 256 KiB. */
const IMPORT_BODY_LIMIT = 50 * 1024 * 1024;

export async function meRoutes(app: App): Promise<void> {
  const tags = ['account'];
  const account = new AccountService(app);

  route(app, meTable.getMe, { tags, summary: 'Who is signed in' }, async (req) => {
    const user = await new UsersRepo(app.database.db).get(actorOf(req));
    if (!user || !req.session) throw unauthorized();
    return { user: publicUser(user), csrfToken: req.session.csrfToken };
  });

  route(
    app,
    meTable.getSession,
    {
      tags,
      summary: 'Who this browser is signed in as, or nobody',
      description:
        'Unlike getMe, a signed-out caller gets 200 with `user: null`, so an app can check without an error. A session behind the app lock answers `locked: true` with `user: null`.',
      config: { public: true },
    },
    async (req) => {
      // A locked session names nobody (not even an email) until the PIN opens it; its CSRF token
      // is still given, since unlocking is a change that needs it.
      if (req.session && req.appLocked) return { user: null, csrfToken: req.session.csrfToken, locked: true };
      const user = req.session ? await new UsersRepo(app.database.db).get(actorOf(req)) : undefined;
      return user && req.session
        ? { user: publicUser(user), csrfToken: req.session.csrfToken, locked: false }
        : { user: null, csrfToken: null, locked: false };
    },
  );

  route(
    app,
    meTable.updateMe,
    {
      tags,
      summary: 'Change name, time zone, region, focus, how long an unused session lasts, or record how the welcome ended',
      description: 'Only the signed-in person’s own profile; a partner has no path to it.',
    },
    async (req) => {
      const user = await account.updateProfile(actorOf(req), req.body);
      if (!req.session) throw unauthorized();
      return { user: publicUser(user), csrfToken: req.session.csrfToken };
    },
  );

  route(app, meTable.exportMe, { tags, summary: 'Download everything you own as JSON', description: reauthNote }, async (req, reply) => {
    requireRecentAuth(app, req);
    const now = app.clock();
    const data = await collectExport(app.database, actorOf(req), now);
    if (!data) throw unauthorized();
    void reply.header('content-disposition', `attachment; filename="steady-export-${now.toISOString().slice(0, 10)}.json"`);
    return data;
  });

  route(
    app,
    meTable.importAccount,
    {
      tags,
      summary: 'Bring in an export from another Steady',
      description:
        'Takes the JSON that exportMe produces. Everything gets a new id here; importing the same file again adds nothing. What was written with a former partner stays in the file, except your own parked topics (kept for your own reflection) and cycle moments (kept private).',
      bodyLimit: IMPORT_BODY_LIMIT,
    },
    async (req) => {
      const file = ImportAccountFile.safeParse(req.body);
      if (!file.success) {
        throw badRequest(
          file.error.issues.slice(0, 20).map((i) => ({ field: i.path.join('.') || 'body', in: 'body' as const, message: i.message })),
          'This file does not look like a Steady export; nothing was added.',
        );
      }
      return importAccount(app.database, actorOf(req), file.data, app.clock());
    },
  );

  route(app, meTable.exportJournalCsv, { tags, summary: 'Download your journal as CSV', description: reauthNote }, async (req, reply) => {
    requireRecentAuth(app, req);
    const entries = await new JournalRepo(app.database.db).all(actorOf(req));
    const csv = stringify(journalCsvRecords(entries), { header: true, columns: [...JOURNAL_CSV_COLUMNS], bom: true });
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="steady-journal-${app.clock().toISOString().slice(0, 10)}.csv"`)
      .serializer((s: unknown) => String(s))
      .send(csv);
  });

  route(app, meTable.deleteMe, { tags, summary: 'Delete your account and everything in it' }, async (req, reply) => {
    const actor = actorOf(req);
    const user = await confirmPassword(app, actor, req.body.password, 'Your account was not deleted.');
    await account.delete(actor, user.email);
    clearSessionCookie(req, reply);
    return reply.code(204).send(null);
  });
}
