// The partner's own app, with its own copy of Lit (whose Trusted Types policy is "lit-html").
import { html, render } from '/host/node_modules/lit-html/lit-html.js';

render(html`<p id="app">The partner's own Lit app</p>`, document.getElementById('app-root'));
