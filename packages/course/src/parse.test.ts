import { expect } from '@open-wc/testing';
import { parse } from './index.js';
import { minimalCourse } from './testing/fixtures.js';

describe('parse in the browser', () => {
  it('returns a frozen course for a valid file', () => {
    const r = parse(JSON.stringify(minimalCourse(), null, 2), 'course.json');
    expect(r.ok).to.equal(true);
    if (r.ok) expect(Object.isFrozen(r.course.modules[0])).to.equal(true);
  });

  it('explains a misspelt block type with its position', () => {
    const course = minimalCourse() as unknown as { modules: { pages: { blocks: unknown[] }[] }[] };
    course.modules[0]!.pages[0]!.blocks.push({ type: 'questoin', id: 'q' });
    const r = parse(JSON.stringify(course, null, 2), 'course.json');
    expect(r.ok).to.equal(false);
    if (!r.ok) {
      expect(r.errors[0]!.hint).to.equal('did you mean "question"?');
      expect(r.errors[0]!.line).to.be.greaterThan(1);
    }
  });
});
