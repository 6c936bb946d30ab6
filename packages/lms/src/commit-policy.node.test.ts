import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { KEEPALIVE_MS, committed, decide, initialPolicy, scheduled } from './commit-policy.js';

describe('commit policy', () => {
  it('commits the first page change at once', () => {
    assert.deepEqual(decide(initialPolicy, 'page', 0), { kind: 'commit' });
  });

  it('holds a page change within a second of the last commit for one trailing commit', () => {
    const after = committed(initialPolicy, 1000);
    assert.deepEqual(decide(after, 'page', 1400), { kind: 'schedule', at: 2000 });
    assert.deepEqual(decide(scheduled(after, 2000), 'page', 1600), { kind: 'wait' });
    assert.deepEqual(decide(after, 'assessment', 2000), { kind: 'commit' });
  });

  it('commits at once when the page is hidden, however recent the last commit', () => {
    assert.deepEqual(decide(committed(initialPolicy, 1000), 'hidden', 1001), { kind: 'commit' });
  });

  it('never commits for an answer alone', () => {
    assert.deepEqual(decide(initialPolicy, 'answer', 0), { kind: 'none' });
  });

  it('keeps alive only after five quiet minutes', () => {
    const after = committed(initialPolicy, 0);
    assert.deepEqual(decide(after, 'keepalive', KEEPALIVE_MS - 1), { kind: 'none' });
    assert.deepEqual(decide(after, 'keepalive', KEEPALIVE_MS), { kind: 'commit' });
  });
});
