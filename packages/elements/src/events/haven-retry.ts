/** Asks the player to try loading its course again (sent by the error panel's "Try again" button). */
export class HavenRetryEvent extends Event {
  static readonly type = 'haven-retry';
  constructor() {
    super(HavenRetryEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'haven-retry': HavenRetryEvent;
  }
}
