/**
 * The preview server: Vite serving the preview page (scorm-again as the LMS, the inspector) and,
 * in an iframe, a launch page like the SCORM package's that runs the player from its sources. The
 * course folder is served as it is on disk under /course/, and saving a file in it tells the page.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, type Plugin, type ViteDevServer } from 'vite';
import { formatError } from '@haven/course';
import { report } from '../verbs/validate.js';

export type ScormVersion = '1.2' | '2004';

export interface PreviewOptions {
  /** The course folder (holding course.json), absolute or relative to `cwd`. */
  readonly courseDir: string;
  readonly scorm: ScormVersion;
  /** 0 picks a free port. */
  readonly port: number;
  readonly host: string;
  readonly cwd: string;
}

export interface RunningPreview {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

export type PreviewResult =
  | { readonly ok: true; readonly preview: RunningPreview }
  | { readonly ok: false; readonly code: 'COURSE_DIR_MISSING' | 'PORT_IN_USE' | 'SERVER_FAILED'; readonly message: string };

/** What the page asks for first: where the course is and which SCORM version to start with. */
export interface PreviewConfig {
  readonly courseUrl: string;
  readonly courseFile: string;
  readonly scorm: ScormVersion;
}

const CLIENT_DIR = fileURLToPath(new URL('./client/', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
export const COURSE_PREFIX = '/course/';
export const CHANGED_EVENT = 'haven:course-changed';

const TYPES: Readonly<Record<string, string>> = {
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.vtt': 'text/vtt; charset=utf-8',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
  '.html': 'text/plain; charset=utf-8',
};

export async function startPreview(options: PreviewOptions): Promise<PreviewResult> {
  const courseDir = resolve(options.cwd, options.courseDir);
  if (!existsSync(courseDir) || !statSync(courseDir).isDirectory())
    return { ok: false, code: 'COURSE_DIR_MISSING', message: `"${options.courseDir}" is not a folder` };
  if (!existsSync(join(courseDir, 'course.json')))
    return { ok: false, code: 'COURSE_DIR_MISSING', message: `there is no course.json in "${options.courseDir}"` };

  const rel = relative(options.cwd, join(courseDir, 'course.json'));
  const courseFile = rel.startsWith('..') || isAbsolute(rel) ? join(courseDir, 'course.json') : rel;
  const config: PreviewConfig = {
    courseUrl: `${COURSE_PREFIX}course.json`,
    courseFile: courseFile.split(sep).join('/'),
    scorm: options.scorm,
  };
  let server: ViteDevServer | undefined;
  try {
    server = await createServer({
      configFile: false,
      envFile: false,
      root: CLIENT_DIR,
      cacheDir: join(REPO_ROOT, 'node_modules', '.vite-haven-preview'),
      appType: 'mpa',
      logLevel: 'silent',
      clearScreen: false,
      server: {
        host: options.host,
        port: options.port,
        strictPort: true,
        fs: { allow: [REPO_ROOT, courseDir] },
      },
      // Dependencies are all ES modules: serving them as they are avoids a mid-session
      // "new dependencies found, reloading" that would restart the learner's session.
      optimizeDeps: { noDiscovery: true, include: [] },
      plugins: [coursePlugin(courseDir, config, options.cwd)],
    });
    await server.listen();
  } catch (error) {
    await server?.close().catch(() => {});
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || /already in use/i.test((error as Error).message))
      return {
        ok: false,
        code: 'PORT_IN_USE',
        message: `port ${options.port} is in use: stop whatever uses it, or choose another with --port`,
      };
    if (code === 'EACCES')
      return {
        ok: false,
        code: 'SERVER_FAILED',
        message: `port ${options.port} needs permissions this user does not have: choose a port above 1023`,
      };
    return { ok: false, code: 'SERVER_FAILED', message: `the preview server could not start (${(error as Error).message})` };
  }
  const address = server.httpServer?.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  const running = server;
  return {
    ok: true,
    preview: { url: `http://${host}:${port}/`, port, close: () => running.close() },
  };
}

/** Serves the course folder, the validation report and the config, and tells the page when the course changes. */
function coursePlugin(courseDir: string, config: PreviewConfig, cwd: string): Plugin {
  return {
    name: 'haven-preview-course',
    configureServer(server) {
      server.watcher.add(courseDir);
      const changed = (file: string) => {
        if (!isInside(courseDir, file)) return;
        server.ws.send({ type: 'custom', event: CHANGED_EVENT, data: { file: relative(courseDir, file).split(sep).join('/') } });
      };
      server.watcher.on('change', changed);
      server.watcher.on('add', changed);
      server.watcher.on('unlink', changed);

      server.middlewares.use('/__haven/config.json', (_req, res) => sendJson(res, config));
      server.middlewares.use('/__haven/validate.json', (_req, res) => sendJson(res, validation(config.courseFile, cwd)));
      server.middlewares.use(COURSE_PREFIX, (req, res, next) => serveFile(courseDir, req, res, next));
    },
  };
}

/** What `haven validate` says about the course, line for line, for the inspector. */
export interface Validation {
  readonly ok: boolean;
  readonly errors: readonly string[];
  readonly warnings: readonly string[];
}

function validation(file: string, cwd: string): Validation {
  const r = report(file, cwd);
  return { ok: r.ok, errors: r.errors.map(formatError), warnings: r.warnings.map(formatError) };
}

function serveFile(root: string, req: IncomingMessage, res: ServerResponse, next: () => void): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') return next();
  let path: string;
  try {
    path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  } catch {
    return notFound(res);
  }
  const file = resolve(root, `.${path}`);
  if (!isInside(root, file) || !existsSync(file) || !statSync(file).isFile()) return notFound(res);
  res.statusCode = 200;
  res.setHeader('Content-Type', TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream');
  // Always the file as it is now: the page reloads the course on every save.
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  if (req.method === 'HEAD') return void res.end();
  createReadStream(file).pipe(res);
}

function isInside(root: string, file: string): boolean {
  const rel = relative(root, file);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

function notFound(res: ServerResponse): void {
  res.statusCode = 404;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.end('Not found');
}

function sendJson(res: ServerResponse, value: unknown): void {
  res.statusCode = 200;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(value));
}
