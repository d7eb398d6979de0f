// A React 19 partner app: our elements in JSX, configured with attributes and
// properties from state, their `recovery-*` events handled with React 19's
// custom-element support (`onrecovery-toggle` adds a listener for
// `recovery-toggle`), partner quotes as children, and the widgets unmounted
// on demand. Bundled by the test server (test/support/host-pages.mjs).
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

function App() {
  const [log, setLog] = useState([]);
  const [region, setRegion] = useState('GB');
  const [theme, setTheme] = useState('light');
  const [shown, setShown] = useState(true);
  const record = (event) => setLog((l) => [...l, `${event.type} ${JSON.stringify(event.detail)}`]);
  return (
    <main>
      <h1>Support</h1>
      <p>
        <button id="ireland" onClick={() => setRegion('IE')}>Ireland</button>
        <button id="dark" onClick={() => setTheme('dark')}>Dark</button>
        <button id="hide" onClick={() => setShown(false)}>Hide the widgets</button>
      </p>
      {shown && (
        <>
          <h2>Living with self-harm</h2>
          <recovery-info-card
            variant="compact"
            heading-level="3"
            region={region}
            theme={theme}
            onrecovery-toggle={record}
            onrecovery-link={record}
          ></recovery-info-card>
          <recovery-quote-carousel label="From our community" theme={theme} onrecovery-slide-change={record}>
            <blockquote>
              <p>A quote from our community, one.</p>
              <cite>Sam</cite>
            </blockquote>
            <figure>
              <blockquote>A quote from our community, two.</blockquote>
              <figcaption>Alex</figcaption>
            </figure>
          </recovery-quote-carousel>
          <recovery-support-finder
            region={region}
            theme={theme}
            quick-exit
            quick-exit-url="/host/pages/exit.html"
            onrecovery-filter-change={record}
            onrecovery-region-change={record}
            onrecovery-contact={record}
          ></recovery-support-finder>
        </>
      )}
      <ol id="log">
        {log.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ol>
    </main>
  );
}

createRoot(document.getElementById('app')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
