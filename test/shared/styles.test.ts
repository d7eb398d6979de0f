import { expect } from '@open-wc/testing';
import { RTL_LANGS } from '../../src/shared/strings.js';
import { base } from '../../src/shared/styles.js';

describe('base styles', () => {
  it('run marked content right to left for exactly the languages the elements call right to left', () => {
    const listed = [...base.cssText.matchAll(/\[lang\|='?([a-z]+)'?\]/g)].map((m) => m[1]);
    expect(listed).to.deep.equal(RTL_LANGS);
  });
});
