import { expect } from '@open-wc/testing';
import { safeUrl } from '../../src/shared/safe-url.js';

describe('safeUrl', () => {
  it('keeps https:, http:, tel:, sms: and mailto: as written', () => {
    for (const url of ['https://www.samaritans.org/', 'http://example.org/a?b=c', 'tel:116123', 'sms:85258?body=SHOUT', 'mailto:jo@samaritans.org']) {
      expect(safeUrl(url)).to.equal(url);
    }
  });

  it('refuses script and data URLs however they are disguised', () => {
    const attacks = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      '  javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'java\u0000script:alert(1)',
      '\u200Bjavascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'blob:https://example.org/1',
    ];
    for (const url of attacks) expect(safeUrl(url), JSON.stringify(url)).to.equal(undefined);
    // Entity-encoded: not a scheme at all, so at worst a harmless relative path.
    expect(safeUrl('&#106;avascript:alert(1)', false)).to.equal(undefined);
  });

  it('keeps a relative URL, which has no scheme to abuse, unless told not to', () => {
    expect(safeUrl('#support')).to.equal('#support');
    expect(safeUrl(' /help ')).to.equal('/help');
    expect(safeUrl('/help', false)).to.equal(undefined);
    expect(safeUrl('javascript:alert(1)', true)).to.equal(undefined);
    expect(safeUrl('')).to.equal(undefined);
    expect(safeUrl(42)).to.equal(undefined);
  });
});
