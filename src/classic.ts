// Entry of dist/recovery-widgets.js, the classic script: defines the three
// elements and exports nothing, so the page gets no new global.
import './recovery-info-card/define.js';
import './recovery-quote-carousel/define.js';
import './recovery-support-finder/define.js';
