import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { keyNames, parse, readCompiled, type CourseFile, type TrackingLock } from '@haven/course';
import { buildPackage, type PackageOptions } from './build-package.js';
import type { ScormTarget } from './manifest-input.js';
import { courseForModule } from './per-module.js';
import { attributes, elementText, packageProblems } from './test-support/package-checks.js';
import { validateManifestXsd } from './test-support/xsd-validate.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const courseDir = here('./test-support/fixture-course/');
const runtimeDir = here('./test-support/fixture-runtime/');
const TARGETS: readonly ScormTarget[] = ['scorm12', 'scorm2004'];

let course: CourseFile;
let lock: TrackingLock;
before(async () => {
  course = JSON.parse(await readFile(join(courseDir, 'course.json'), 'utf8')) as CourseFile;
  lock = JSON.parse(await readFile(join(courseDir, 'course.lock.json'), 'utf8')) as TrackingLock;
});

async function build(target: ScormTarget, overrides: Partial<PackageOptions> = {}) {
  const result = await buildPackage({ target, course, lock, courseDir, runtimeDir, ...overrides });
  assert.ok(result.ok, result.ok ? '' : result.message);
  return { ...result, entries: unzipSync(result.zip) };
}

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);
/** The course copy the launch page carries for the player (its JSON data block's text). */
const courseCopy = (entries: Record<string, Uint8Array>) =>
  /<script type="application\/json">([^<]*)<\/script>/.exec(text(entries['index.html']))?.[1] ?? '';

for (const target of TARGETS) {
  describe(`a ${target} package`, () => {
    it('holds the manifest and its schemas at the root, the launch page, the runtime, the course and its media', async () => {
      const { entries } = await build(target);
      const names = Object.keys(entries);
      for (const name of [
        'imsmanifest.xml',
        'index.html',
        'haven/haven.js',
        'haven/chunks/later.js',
        'course/course.json',
        'course/media/river.png',
        'course/media/talk.mp3',
        'course/media/talk.vtt',
        'course/media/leaflet.pdf',
      ]) {
        assert.ok(names.includes(name), `${name} is missing`);
      }
      assert.ok(!names.includes('course/media/unused.png'), 'a file the course does not refer to was packed');
      assert.ok(!names.some((n) => n.endsWith('.map')), 'source maps are not shipped');
      const rootSchemas = names.filter((n) => n.endsWith('.xsd'));
      assert.ok(rootSchemas.length >= 3 && rootSchemas.every((n) => !n.includes('/')));
      assert.deepEqual(JSON.parse(text(entries['course/course.json'])).modules.length, 2);
    });

    it('ships the course compiled, with the tracking keys of its lock file, so the browser need not check it again', async () => {
      const { entries, files } = await build(target);
      assert.ok(!files.includes('course/course.lock.json'), 'the keys are in the compiled course; no lock file is shipped');
      const read = readCompiled(JSON.parse(text(entries['course/course.json'])));
      assert.ok(read.ok, read.ok ? '' : read.message);
      const keyed = read.course.modules.flatMap((m) => [
        [keyNames.module(m.id), m.key] as const,
        ...m.pages.map((p) => [keyNames.page(p.id), p.key] as const),
      ]);
      // The keys are those the lock gives (extended as `haven build` writes it back).
      const locked = parse(JSON.stringify(course), 'course.json', { lock });
      assert.ok(locked.ok);
      for (const [name, key] of keyed) assert.equal(key, locked.lock.keys[name], name);
      assert.ok(!('$schema' in read.course), 'the editor-only $schema is not shipped');
    });

    it('has a manifest the official XSDs accept', async () => {
      const { manifest } = await build(target);
      const result = await validateManifestXsd(target, manifest);
      assert.deepEqual(result.errors, []);
      assert.equal(result.valid, true);
    });

    it('passes the checks the XSDs miss', async () => {
      const { entries } = await build(target);
      assert.deepEqual(packageProblems(target, entries), []);
    });

    it('escapes a title with & < > and quotes, and the LMS reads it back unchanged', async () => {
      const { manifest, entries } = await build(target);
      assert.ok(manifest.includes('Safe &amp; sound: &lt;children&gt; &quot;at&quot; home&apos;s edge'));
      assert.deepEqual(new Set(elementText(manifest, 'title')), new Set([course.title]));
      assert.ok(text(entries['index.html']).includes('<title>Safe &amp; sound: &lt;children&gt;'));
      // The course copy the page carries for the player: the same course, with no "<" that could end it.
      const copy = courseCopy(entries);
      assert.ok(copy.includes('Safe & sound: \\u003cchildren>'), 'the title, escaped');
      assert.deepEqual(JSON.parse(copy), JSON.parse(text(entries['course/course.json'])));
    });

    it('carries the course copy in plain ASCII, so a page served with the wrong character set cannot garble it', async () => {
      const title = 'Plant a’u teuluoedd – dŵr 🌊';
      const { entries } = await build(target, { course: { ...course, title } });
      const copy = courseCopy(entries);
      assert.match(copy, /^[ -~]*$/, 'printable ASCII only');
      assert.equal((JSON.parse(copy) as { title: string }).title, title);
    });

    it('gives the same bytes when built twice', async () => {
      const first = await build(target);
      const second = await build(target);
      assert.deepEqual(first.zip, second.zip);
    });
  });
}

describe('the pass mark', () => {
  it('becomes the 1.2 mastery score and the 2004 scaled passing score', async () => {
    const v12 = await build('scorm12');
    assert.deepEqual(elementText(v12.manifest, 'adlcp:masteryscore'), ['75']);
    const v2004 = await build('scorm2004');
    assert.deepEqual(elementText(v2004.manifest, 'imsss:minNormalizedMeasure'), ['0.75']);
    assert.deepEqual(attributes(v2004.manifest, 'satisfiedByMeasure'), ['true']);
  });

  it('is left out when the course has no assessment, and 2004 then completes by progress', async () => {
    const { assessment: _none, ...rest } = course;
    const unassessed: CourseFile = { ...rest, completion: { rule: 'viewed' } };
    const v12 = await build('scorm12', { course: unassessed });
    assert.deepEqual(elementText(v12.manifest, 'adlcp:masteryscore'), []);
    const v2004 = await build('scorm2004', { course: unassessed });
    assert.ok(!v2004.manifest.includes('primaryObjective'));
    assert.deepEqual(attributes(v2004.manifest, 'minProgressMeasure'), ['1.0']);
    assert.deepEqual((await validateManifestXsd('scorm2004', v2004.manifest)).errors, []);
  });

  it('keeps the LMS from judging completion by progress when completion needs a pass', async () => {
    const v2004 = await build('scorm2004');
    assert.ok(!v2004.manifest.includes('completionThreshold'));
  });
});

describe('per-module packages', () => {
  it('give each module a valid package with its own identifiers and only its own media', async () => {
    const identifiers = new Set<string>();
    for (const module of course.modules) {
      const reduced = courseForModule(course, module.id);
      assert.ok(reduced);
      for (const target of TARGETS) {
        const { manifest, entries } = await build(target, { course: reduced, moduleId: module.id });
        assert.deepEqual((await validateManifestXsd(target, manifest)).errors, []);
        assert.deepEqual(packageProblems(target, entries), []);
        const id = attributes(manifest, 'identifier')[0] ?? '';
        assert.ok(id.includes(module.id));
        identifiers.add(`${target}:${id}`);
      }
    }
    assert.equal(identifiers.size, course.modules.length * TARGETS.length);
    const first = await build('scorm12', { course: courseForModule(course, 'first')!, moduleId: 'first' });
    assert.ok(first.entries['course/media/river.png']);
    assert.ok(!first.entries['course/media/leaflet.pdf'], 'media of another module was packed');
  });

  it("turn a module's own assessment into the package's, keeping ids", () => {
    const second = courseForModule(course, 'second')!;
    assert.equal(second.id, course.id);
    assert.deepEqual(second.assessment, { passMark: 80, attempts: 2, questions: 'all' });
    assert.equal(second.modules.length, 1);
    assert.equal(second.modules[0]?.assessment, undefined);
    assert.equal(second.modules[0]?.id, 'second');
    assert.equal(second.completion.rule, 'viewed-and-passed');
  });

  it('narrow the course assessment to the module, and drop links out of it', () => {
    const first = courseForModule(course, 'first')!;
    assert.equal(first.assessment?.passMark, 75);
    const second = courseForModule(course, 'second')!;
    const after = second.modules[0]?.pages[0]?.blocks.find((b) => b.id === 'after');
    assert.ok(after && after.type === 'likert' && after.pairWith === undefined);
    const listed = courseForModule({ ...course, assessment: { passMark: 50, attempts: 0, questions: ['q-blame'] } }, 'first')!;
    assert.equal(listed.assessment, undefined);
    assert.equal(listed.completion.rule, 'viewed');
    assert.equal(courseForModule(course, 'missing'), undefined);
  });
});

describe('a package that cannot be built', () => {
  let tmp: string;
  before(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'haven-pack-'));
  });
  after(async () => {
    await rm(tmp, { recursive: true, force: true });
  });

  it('names every media file the course refers to but the folder lacks', async () => {
    const dir = join(tmp, 'course');
    await cp(courseDir, dir, { recursive: true });
    await rm(join(dir, 'media/talk.vtt'));
    await rm(join(dir, 'media/leaflet.pdf'));
    const result = await buildPackage({ target: 'scorm12', course, lock, courseDir: dir, runtimeDir });
    assert.equal(result.ok, false);
    assert.ok(!result.ok && result.code === 'MEDIA_MISSING');
    assert.deepEqual(!result.ok && result.paths, ['media/leaflet.pdf', 'media/talk.vtt']);
  });

  it('reports a missing runtime', async () => {
    const result = await buildPackage({ target: 'scorm12', course, lock, courseDir, runtimeDir: join(tmp, 'nowhere') });
    assert.ok(!result.ok && result.code === 'RUNTIME_MISSING');
  });

  it('refuses a runtime that carries scorm-again', async () => {
    const dir = join(tmp, 'runtime');
    await cp(runtimeDir, dir, { recursive: true });
    const lmsSide = here('../../../../node_modules/scorm-again/dist/esm/scorm12.min.js');
    await writeFile(join(dir, 'chunks/lms.js'), await readFile(lmsSide));
    const result = await buildPackage({ target: 'scorm12', course, lock, courseDir, runtimeDir: dir });
    assert.ok(!result.ok && result.code === 'RUNTIME_HAS_LMS_CODE');
  });
});

describe('the extra checks', () => {
  it('catch what the XSDs let through', async () => {
    const { entries, manifest } = await build('scorm2004');
    const encode = (s: string) => new TextEncoder().encode(s);
    const lowercase = manifest.replace('adlcp:scormType="sco"', 'adlcp:scormtype="sco"');
    assert.equal((await validateManifestXsd('scorm2004', lowercase)).valid, true, 'the XSD accepts the 1.2 spelling in 2004');
    const problems = packageProblems('scorm2004', {
      ...entries,
      'imsmanifest.xml': encode(lowercase.replace('4th Edition', '3rd Edition')),
    });
    assert.ok(problems.some((p) => p.includes('wrong spelling')));
    assert.ok(problems.some((p) => p.includes('schemaversion')));

    const v12 = await build('scorm12');
    const badScore = v12.manifest.replace('<adlcp:masteryscore>75<', '<adlcp:masteryscore>abc<');
    assert.equal((await validateManifestXsd('scorm12', badScore)).valid, true, 'the XSD accepts any text as a mastery score');
    const { 'course/media/river.png': _dropped, ...rest } = v12.entries;
    const more = packageProblems('scorm12', { ...rest, 'imsmanifest.xml': encode(badScore), 'extra.txt': encode('x') });
    assert.ok(more.some((p) => p.includes('masteryscore "abc"')));
    assert.ok(more.some((p) => p.includes('course/media/river.png is listed')));
    assert.ok(more.some((p) => p.includes('extra.txt is in the zip but not listed')));
    const inline = { ...v12.entries, 'index.html': encode('<script>alert(1)</script><img src="https://example.org/x.png">') };
    const pageProblems = packageProblems('scorm12', inline);
    assert.ok(pageProblems.some((p) => p.includes('inline script')));
    assert.ok(pageProblems.some((p) => p.includes('another site')));
    const page = text(v12.entries['index.html']);
    const tampered = (copy: string) =>
      packageProblems('scorm12', {
        ...v12.entries,
        'index.html': encode(page.replace(/(<script type="application\/json">)[^<]*/, `$1${copy}`)),
      });
    assert.ok(tampered('{"id":"other"}').some((p) => p.includes('not the course file it names')));
    assert.ok(tampered('{"title":"</b>"}').some((p) => p.includes('raw "<"')));
    assert.ok(tampered('{"title":"Cwrs ŵyr"}').some((p) => p.includes('plain ASCII')));
  });
});

describe('the launch page before the player starts', () => {
  it('speaks the course language: a Welsh course says it is loading in Welsh', async () => {
    const welsh = await buildPackage({ target: 'scorm12', course: { ...course, lang: 'cy' }, lock, courseDir, runtimeDir });
    const english = await buildPackage({ target: 'scorm12', course, lock, courseDir, runtimeDir });
    assert.ok(welsh.ok && english.ok);
    const page = (zip: Uint8Array) => text(unzipSync(zip)['index.html']);
    assert.match(page(welsh.zip), /<html lang="cy">[\s\S]*<p>Wrthi’n llwytho’r cwrs…<\/p>[\s\S]*<noscript>Mae angen JavaScript/);
    assert.match(page(english.zip), /<p>Loading the course…<\/p>[\s\S]*<noscript>This course needs JavaScript/);
  });
});

describe("a web package (for an organisation's own web server)", () => {
  it('holds the same launch page, runtime, compiled course and media, with no SCORM manifest, and looks for no LMS', async () => {
    const result = await buildPackage({ target: 'web', course, lock, courseDir, runtimeDir });
    assert.ok(result.ok, result.ok ? '' : result.message);
    const entries = unzipSync(result.zip);
    const names = Object.keys(entries);
    for (const name of ['index.html', 'haven/haven.js', 'course/course.json', 'course/media/river.png'])
      assert.ok(names.includes(name), name);
    assert.ok(!names.some((n) => n === 'imsmanifest.xml' || n.endsWith('.xsd')), 'no SCORM files');
    assert.equal(result.manifest, '');
    assert.match(text(entries['index.html']), /<haven-course src="course\/course.json" lms="none">/);
    assert.ok(readCompiled(JSON.parse(text(entries['course/course.json']))).ok);
  });
});
