import { useState } from 'react';
import { RecoveryInfoCard, RecoveryQuoteCarousel, RecoverySupportFinder } from 'recovery-widgets/react';

/**
 * The three widgets in a React app. Every event the widgets fire reaches a
 * React handler; here each one adds a line to the list at the end, where a
 * partner would call their own analytics (the widgets send nothing anywhere).
 */
export function App() {
  const [events, setEvents] = useState<string[]>([]);
  const log = (line: string) => setEvents((list) => [...list, line]);

  return (
    <main>
      <h1>recovery-widgets in React</h1>

      <RecoveryInfoCard
        variant="compact"
        helpHref="#support"
        onRecoveryToggle={(e) => log(`recovery-toggle: expanded ${e.detail.expanded}`)}
        onRecoveryLink={(e) => log(`recovery-link: ${e.detail.kind}`)}
        onRecoveryError={(e) => log(`recovery-error: ${e.detail.reason}`)}
      />

      <h2>Quotes about recovery</h2>
      <RecoveryQuoteCarousel
        onRecoverySlideChange={(e) => log(`recovery-slide-change: ${e.detail.index} (${e.detail.reason})`)}
        onRecoveryError={(e) => log(`recovery-error: ${e.detail.reason}`)}
      />

      <div id="support">
        <RecoverySupportFinder
          region="GB"
          headingLevel={2}
          onRecoveryContact={(e) => log(`recovery-contact: ${e.detail.serviceId} by ${e.detail.method}`)}
          onRecoveryFilterChange={(e) => log(`recovery-filter-change: ${JSON.stringify(e.detail.filters)}`)}
          onRecoveryRegionChange={(e) => log(`recovery-region-change: ${e.detail.region}`)}
          onRecoveryError={(e) => log(`recovery-error: ${e.detail.reason}`)}
        />
      </div>

      <h2>Events</h2>
      {events.length ? (
        <ol id="events">
          {events.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ol>
      ) : (
        <p id="events">None yet: use the widgets above.</p>
      )}
    </main>
  );
}
