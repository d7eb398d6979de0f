// Loaded into the server-rendered test page: hydration support first, then the elements.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../../dist/esm/index.js';
