export { OK, failure, realClock } from './bridge.js';
export type {
  BridgeErrorCode,
  BridgeFailure,
  BridgeKind,
  BridgeResult,
  BridgeStatus,
  Clock,
  ConnectOptions,
  LaunchData,
  LaunchMode,
  LmsBridge,
  OpenResult,
  ReportReason,
  ReportUpdate,
  ResumeEncoder,
} from './bridge.js';
export { connectLms } from './connect.js';
export { attachLifecycle } from './lifecycle.js';
export { createStandaloneBridge } from './standalone.js';
export type { StandaloneBridge } from './standalone.js';
export { KEEPALIVE_MS, MIN_COMMIT_INTERVAL_MS, committed, decide, initialPolicy, scheduled } from './commit-policy.js';
export type { PolicyDecision, PolicyState } from './commit-policy.js';
export { discoverApi } from './scorm/discover.js';
export type { DiscoverResult } from './scorm/discover.js';
export type { FoundApi, Scorm12Api, Scorm2004Api } from './scorm/api.js';
export { duration2004, time12, timespan12, timestamp2004 } from './scorm/formats.js';
export { optionLetters } from './scorm/interactions.js';
export const PACKAGE = '@haven/lms';
