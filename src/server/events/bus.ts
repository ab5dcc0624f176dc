import { EventEmitter } from 'node:events';
import type { SteadyEvent } from '../../contracts/events.js';

/** An event and the people whose open screens should hear of it. */
export interface Delivery {
  recipients: readonly string[];
  event: SteadyEvent;
}

export type Listener = (event: SteadyEvent) => void;

/**
 * How events reach every server process's open streams. Publish after the change committed, so a
 * screen that refetches on an event always finds the change.
 */
export interface EventBus {
  publish(delivery: Delivery): Promise<void>;
  /** Returns the unsubscribe function. */
  subscribe(userId: string, listener: Listener): () => void;
  /**
   * Calls `fn` when events may have been missed (a cross-process bus lost its connection and has
   * it back); open streams end then, so screens reconnect and refetch. Returns the unsubscribe function.
   */
  onReset?(fn: () => void): () => void;
  close(): Promise<void>;
}

/** One process (SQLite, or tests): events go straight to this process's listeners. */
export class LocalEventBus implements EventBus {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  publish({ recipients, event }: Delivery): Promise<void> {
    this.deliver(recipients, event);
    return Promise.resolve();
  }

  /** Hands an event to this process's listeners; a cross-process bus calls it for what arrives. */
  deliver(recipients: readonly string[], event: SteadyEvent): void {
    for (const userId of recipients) this.emitter.emit(userId, event);
  }

  subscribe(userId: string, listener: Listener): () => void {
    this.emitter.on(userId, listener);
    return () => void this.emitter.off(userId, listener);
  }

  close(): Promise<void> {
    this.emitter.removeAllListeners();
    return Promise.resolve();
  }
}
