/** The runtime objects an LMS puts on a window. Arguments and returns are strings, as SCORM defines. */
export interface Scorm12Api {
  LMSInitialize(arg: string): string;
  LMSFinish(arg: string): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: string): string;
  LMSGetLastError(): string;
  LMSGetErrorString(code: string): string;
  LMSGetDiagnostic(code: string): string;
}

export interface Scorm2004Api {
  Initialize(arg: string): string;
  Terminate(arg: string): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(arg: string): string;
  GetLastError(): string;
  GetErrorString(code: string): string;
  GetDiagnostic(code: string): string;
}

export type FoundApi =
  | { readonly version: 'scorm12'; readonly api: Scorm12Api; readonly owner: Window }
  | { readonly version: 'scorm2004'; readonly api: Scorm2004Api; readonly owner: Window };
