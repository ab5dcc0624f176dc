/**
 * Authorization as a type. An `Actor` can only be made by `authenticate()` from a live session
 * (server/plugins/auth.ts); repositories take an Actor and filter by it in SQL, so code that
 * forgets a check gets nothing back instead of someone else's row.
 */
declare const actorBrand: unique symbol;
export interface Actor {
  readonly userId: string;
  readonly sessionId: string;
  readonly [actorBrand]: true;
}

export function actorFromSession(session: { userId: string; id: string }): Actor {
  return { userId: session.userId, sessionId: session.id } as Actor;
}
