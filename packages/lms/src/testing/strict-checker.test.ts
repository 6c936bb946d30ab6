import { expect } from '@open-wc/testing';
import { createLms } from './lms-harness.js';
import type { Scorm12Api, Scorm2004Api } from '../scorm/api.js';

describe('strict checker', () => {
  it('catches 1.2 values scorm-again lets through', () => {
    const lms = createLms('scorm12', { core: { student_id: 'a', student_name: 'b' } });
    const api = lms.api as Scorm12Api;
    api.LMSInitialize('');
    expect(api.LMSSetValue('cmi.suspend_data', 'x'.repeat(5000))).to.equal('true');
    expect(api.LMSSetValue('cmi.interactions.0.id', 'q 1')).to.equal('true');
    api.LMSSetValue('cmi.interactions.0.type', 'choice');
    api.LMSSetValue('cmi.interactions.0.student_response', 'listen,reassure');
    api.LMSSetValue('cmi.core.lesson_status', 'passed');
    api.LMSSetValue('cmi.core.score.raw', '90');
    api.LMSCommit('');
    api.LMSFinish('');
    api.LMSSetValue('cmi.core.lesson_location', 'late');
    api.LMSFinish('');
    const found = lms.checker.violations.join('\n');
    expect(found).to.contain('suspend_data is 5000 > 4096');
    expect(found).to.contain('whitespace');
    expect(found).to.contain('comma-separated single characters');
    expect(found).to.contain('status set before the score');
    expect(found).to.contain('after LMSFinish');
    expect(found).to.contain('LMSFinish called 2 times');
    expect(() => lms.checker.assertClean()).to.throw();
  });

  it('catches 2004 time formats, delimiters and score ranges', () => {
    const lms = createLms('scorm2004', { learner_id: 'a', learner_name: 'b' });
    const api = lms.api as Scorm2004Api;
    api.Initialize('');
    api.Initialize('');
    api.SetValue('cmi.session_time', '00:12:34');
    api.SetValue('cmi.interactions.0.id', 'q1');
    api.SetValue('cmi.interactions.0.type', 'choice');
    api.SetValue('cmi.interactions.0.learner_response', 'a,b');
    api.SetValue('cmi.interactions.0.timestamp', '06/01/2025 09:00');
    api.SetValue('cmi.score.scaled', '1.5');
    const found = lms.checker.violations.join('\n');
    expect(found).to.contain('Initialize called 2 times');
    expect(found).to.contain('session_time "00:12:34"');
    expect(found).to.contain('[,]-delimited');
    expect(found).to.contain('timestamp');
    expect(found).to.contain('score.scaled "1.5"');
  });

  it('passes values that keep to the spec', () => {
    const lms = createLms('scorm12', { core: { student_id: 'a', student_name: 'b' } });
    const api = lms.api as Scorm12Api;
    api.LMSInitialize('');
    api.LMSSetValue('cmi.core.score.raw', '90');
    api.LMSSetValue('cmi.core.lesson_status', 'passed');
    api.LMSSetValue('cmi.core.session_time', '0000:12:34.50');
    api.LMSCommit('');
    api.LMSFinish('');
    expect(lms.checker.violations).to.deep.equal([]);
  });
});
