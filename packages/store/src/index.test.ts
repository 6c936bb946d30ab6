import { expect } from '@open-wc/testing';
import { PACKAGE } from './index.js';

it('store entry point loads in Chromium with IndexedDB', () => {
  expect(PACKAGE).to.equal('@haven/store');
  expect(typeof indexedDB.open).to.equal('function');
});
