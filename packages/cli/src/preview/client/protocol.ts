/** Messages between the preview page (the LMS window) and the launch page in its frame. Same origin only. */
export interface PageInfo {
  readonly id: string;
  readonly title: string;
  readonly module: string;
}

export type FromLaunch =
  | { readonly type: 'haven-preview:course'; readonly courseId: string; readonly title: string; readonly pages: readonly PageInfo[] }
  | { readonly type: 'haven-preview:view'; readonly pageId: string; readonly state: string }
  | { readonly type: 'haven-preview:error'; readonly code: string; readonly message: string; readonly fatal: boolean }
  | { readonly type: 'haven-preview:goto-result'; readonly pageId: string; readonly ok: boolean };

export type ToLaunch = { readonly type: 'haven-preview:goto'; readonly pageId: string };

export function isFromLaunch(data: unknown): data is FromLaunch {
  return (
    typeof data === 'object' &&
    data !== null &&
    typeof (data as { type?: unknown }).type === 'string' &&
    (data as { type: string }).type.startsWith('haven-preview:')
  );
}
