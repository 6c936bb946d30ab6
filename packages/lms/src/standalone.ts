/**
 * The bridge for embedded courses: no LMS. Progress lives in the store (the player writes it) and the
 * player dispatches `haven-progress` / `haven-complete` itself, so this bridge only keeps the player's
 * code uniform and says why there is no LMS.
 */
import { OK, failure } from './bridge.js';
import type { BridgeFailure, BridgeResult, BridgeStatus, LmsBridge, OpenResult } from './bridge.js';

export interface StandaloneBridge extends LmsBridge {
  readonly kind: 'standalone';
  /** Why no LMS was used (LMS_NOT_FOUND when discovery found none). */
  readonly reason: BridgeFailure | undefined;
}

export function createStandaloneBridge(reason?: BridgeFailure): StandaloneBridge {
  let terminated = false;
  return {
    kind: 'standalone',
    reason,
    open(): OpenResult {
      return {
        ok: true,
        launch: {
          entry: '',
          location: '',
          suspendData: '',
          learnerId: '',
          learnerName: '',
          mode: 'normal',
          credit: 'credit',
          prior: { completion: 'unknown', success: 'unknown' },
        },
      };
    },
    report(): BridgeResult {
      return terminated ? failure('LMS_TERMINATED', 'The session has ended.') : OK;
    },
    flush(): BridgeResult {
      return OK;
    },
    terminate(): BridgeResult {
      terminated = true;
      return OK;
    },
    onStatus(listener: (status: BridgeStatus) => void): () => void {
      listener({ state: 'standalone' });
      return () => {};
    },
  };
}
