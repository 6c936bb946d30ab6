/**
 * Asks the player to open the support dialog (sent by a content note's "Get support" button, or by a
 * host page that wants its own support link to open Haven's). Bubbles and crosses shadow roots.
 */
export class HavenSupportRequestEvent extends Event {
  static readonly type = 'haven-support-request';
  constructor() {
    super(HavenSupportRequestEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'haven-support-request': HavenSupportRequestEvent;
  }
}
