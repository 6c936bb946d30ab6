import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { duration2004, identifier12, localized2004, timespan12, timestamp2004 } from './formats.js';

describe('SCORM formats', () => {
  it('writes 1.2 timespans as HHHH:MM:SS.SS', () => {
    assert.equal(timespan12(0), '0000:00:00.00');
    assert.equal(timespan12(754_500), '0000:12:34.50');
    assert.equal(timespan12(3_600_000 * 12 + 1), '0012:00:00.00');
    assert.equal(timespan12(3_600_000 * 20_000), '9999:59:59.99');
  });

  it('writes 2004 durations with at most two decimals of seconds', () => {
    assert.equal(duration2004(0), 'PT0S');
    assert.equal(duration2004(3_723_254), 'PT1H2M3.25S');
    assert.equal(duration2004(1_234), 'PT1.23S');
    assert.equal(duration2004(59_999), 'PT1M0S');
  });

  it('writes 2004 timestamps in UTC with a zone after a decimal', () => {
    assert.equal(timestamp2004('2025-01-06T09:05:07.891Z'), '2025-01-06T09:05:07.8Z');
  });

  it('keeps 1.2 identifiers free of whitespace and within 255 characters', () => {
    assert.equal(identifier12('q 1\tb'), 'q_1_b');
    assert.equal(identifier12('x'.repeat(300)).length, 255);
  });

  it('prefixes 2004 descriptions with the language and holds them to 250 characters', () => {
    assert.equal(localized2004('Hello  there', 'en-GB'), '{lang=en-GB}Hello there');
    assert.equal(localized2004('y'.repeat(400), 'en').length, '{lang=en}'.length + 250);
  });
});
