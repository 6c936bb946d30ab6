/**
 * Finds the LMS and returns the matching bridge, or the standalone bridge with a typed reason when
 * there is none (the player then runs on its store alone).
 */
import { failure } from './bridge.js';
import type { ConnectOptions, LmsBridge } from './bridge.js';
import { scorm12Dialect, scorm2004Dialect } from './scorm/dialects.js';
import { discoverApi } from './scorm/discover.js';
import { ScormRuntime } from './scorm/runtime.js';
import { ScormBridge } from './scorm/scorm-bridge.js';
import { createStandaloneBridge } from './standalone.js';

export function connectLms(options: ConnectOptions): LmsBridge {
  const win = options.window ?? (typeof window === 'undefined' ? undefined : window);
  if (!win) return createStandaloneBridge(failure('LMS_NOT_FOUND', 'There is no window to look for an LMS in.'));
  const discovered = discoverApi(win, options.prefer ? { prefer: options.prefer } : {});
  if (!discovered.ok) return createStandaloneBridge(failure('LMS_NOT_FOUND', discovered.reason));
  const runtime = new ScormRuntime(discovered.found);
  const dialect = discovered.found.version === 'scorm12' ? scorm12Dialect(options.course) : scorm2004Dialect(options.course);
  return new ScormBridge({
    runtime,
    dialect,
    encode: options.encode,
    window: win,
    ...(options.clock ? { clock: options.clock } : {}),
  });
}
