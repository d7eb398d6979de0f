/** Where a partner writes a content document inline: no request, CSP-friendly. */
export const INLINE = ':scope > script[type="application/json"][slot="content"]';
