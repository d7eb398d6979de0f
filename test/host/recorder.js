// Loaded first, as a plain script, by every host page in test/host/pages/.
// It records, in `window.__host`, what a partner would want to know about a
// guest on their page: errors, console errors and warnings, Content-Security-
// Policy violations, every request, every attempt to store something or to
// phone home, and each timer, window/document listener, observer and
// matchMedia listener that is still active (with the stack that made it, so
// a test can tell ours from the page's). `window.__xss` is a trap for
// injected script.
(() => {
  'use strict';
  const rec = {
    errors: [],
    warnings: [],
    violations: [],
    resourceErrors: [],
    requests: [],
    calls: [],
    storage: [],
    xss: [],
    timers: new Map(),
    listeners: [],
    observers: new Set(),
    mediaListeners: [],
  };
  Object.defineProperty(window, '__host', { value: rec });
  const stack = () => new Error().stack || '';

  // Errors and the console.
  const { error, warn } = console;
  console.error = function (...args) {
    rec.errors.push(args.map(String).join(' '));
    return error.apply(this, args);
  };
  console.warn = function (...args) {
    rec.warnings.push(args.map(String).join(' '));
    return warn.apply(this, args);
  };
  addEventListener(
    'error',
    (e) => {
      if (e.target && e.target !== window) rec.resourceErrors.push(`${e.target.localName} ${e.target.src || e.target.href || ''}`);
      else rec.errors.push(`uncaught: ${e.message}`);
    },
    true,
  );
  addEventListener('unhandledrejection', (e) => rec.errors.push(`unhandled rejection: ${e.reason}`));
  // A page in a sandboxed (opaque-origin) frame cannot be read from outside: it answers '__host?' instead.
  addEventListener('message', (e) => {
    if (e.data !== '__host?') return;
    const rendered = [...document.querySelectorAll('recovery-info-card, recovery-quote-carousel, recovery-support-finder')]
      .filter((el) => el.shadowRoot && el.shadowRoot.querySelector('.root'))
      .map((el) => el.localName);
    const emergency = document.querySelector('recovery-support-finder')?.shadowRoot?.querySelector('.emergency')?.textContent ?? '';
    e.source.postMessage({ rendered, emergency, errors: rec.errors, violations: rec.violations, storage: rec.storage, calls: rec.calls }, '*');
  });
  document.addEventListener(
    'securitypolicyviolation',
    (e) => rec.violations.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} in ${e.sourceFile || '?'}:${e.lineNumber}`),
    true,
  );

  // Every request the page makes.
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) rec.requests.push({ url: e.name, type: e.initiatorType });
  }).observe({ type: 'resource', buffered: true });

  // Injected script lands here.
  Object.defineProperty(window, '__xss', {
    get: () => (...args) => rec.xss.push(`called(${args.join(',')})`),
    set: (v) => rec.xss.push(`set(${v})`),
  });

  // Anything that phones home or asks for more than it needs.
  const spy = (owner, name, label) => {
    const original = owner && owner[name];
    if (typeof original != 'function') return;
    owner[name] = function (...args) {
      rec.calls.push(`${label}(${String(args[0] ?? '').slice(0, 200)})`);
      return original.apply(this, args);
    };
  };
  spy(window, 'fetch', 'fetch');
  spy(XMLHttpRequest.prototype, 'open', 'XMLHttpRequest.open');
  spy(Navigator.prototype, 'sendBeacon', 'sendBeacon');
  spy(window, 'open', 'window.open');
  spy(History.prototype, 'pushState', 'history.pushState');
  spy(History.prototype, 'replaceState', 'history.replaceState');
  if (navigator.geolocation) {
    spy(Object.getPrototypeOf(navigator.geolocation), 'getCurrentPosition', 'geolocation.getCurrentPosition');
    spy(Object.getPrototypeOf(navigator.geolocation), 'watchPosition', 'geolocation.watchPosition');
  }
  if (window.Notification) spy(Notification, 'requestPermission', 'Notification.requestPermission');
  if (navigator.permissions) spy(Object.getPrototypeOf(navigator.permissions), 'query', 'permissions.query');
  for (const name of ['WebSocket', 'EventSource', 'RTCPeerConnection', 'Worker', 'SharedWorker']) {
    const Native = window[name];
    if (!Native) continue;
    window[name] = new Proxy(Native, {
      construct(target, args) {
        rec.calls.push(`new ${name}(${String(args[0] ?? '')})`);
        return Reflect.construct(target, args);
      },
    });
  }
  // Reading navigator.serviceWorker throws in a sandboxed (opaque-origin) frame.
  if (window.ServiceWorkerContainer) spy(ServiceWorkerContainer.prototype, 'register', 'serviceWorker.register');

  // Storage of any kind.
  const store = (owner, name, label) => {
    const original = owner && owner[name];
    if (typeof original != 'function') return;
    owner[name] = function (...args) {
      rec.storage.push(`${label}(${String(args[0] ?? '')})`);
      return original.apply(this, args);
    };
  };
  store(Storage.prototype, 'setItem', 'Storage.setItem');
  store(Storage.prototype, 'removeItem', 'Storage.removeItem');
  store(Storage.prototype, 'clear', 'Storage.clear');
  store(IDBFactory.prototype, 'open', 'indexedDB.open');
  store(IDBFactory.prototype, 'deleteDatabase', 'indexedDB.deleteDatabase');
  if (window.CacheStorage) store(CacheStorage.prototype, 'open', 'caches.open');
  if (window.CookieStore) store(CookieStore.prototype, 'set', 'cookieStore.set');
  if (window.StorageManager) store(StorageManager.prototype, 'persist', 'storage.persist');
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(Document.prototype, 'cookie', {
    configurable: true,
    get() {
      return cookie.get.call(this);
    },
    set(value) {
      rec.storage.push(`document.cookie=${String(value).slice(0, 100)}`);
      cookie.set.call(this, value);
    },
  });

  // Timers that are still pending.
  const timer = (set, clear, kind, repeats) => {
    const originalSet = window[set];
    const originalClear = window[clear];
    window[set] = function (callback, ...rest) {
      let id;
      const wrapped =
        typeof callback == 'function'
          ? function (...args) {
              if (!repeats) rec.timers.delete(`${kind}:${id}`);
              return callback.apply(this, args);
            }
          : callback;
      id = originalSet.call(window, wrapped, ...rest);
      rec.timers.set(`${kind}:${id}`, { kind, delay: rest[0], stack: stack() });
      return id;
    };
    window[clear] = function (id) {
      rec.timers.delete(`${kind}:${id}`);
      return originalClear.call(window, id);
    };
  };
  timer('setTimeout', 'clearTimeout', 'timeout', false);
  timer('setInterval', 'clearInterval', 'interval', true);
  timer('requestAnimationFrame', 'cancelAnimationFrame', 'frame', false);
  if (window.requestIdleCallback) timer('requestIdleCallback', 'cancelIdleCallback', 'idle', false);

  // Listeners on window and document, and on media query lists. The browser
  // ignores a second identical registration; so does this count.
  const capture = (options) => (typeof options == 'boolean' ? options : Boolean(options && options.capture));
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  const tracked = (target) => target === window || target === document || target instanceof MediaQueryList;
  const listFor = (target) => (target instanceof MediaQueryList ? rec.mediaListeners : rec.listeners);
  const forget = (target, type, listener, useCapture) => {
    const list = listFor(target);
    const i = list.findIndex((l) => l.target === target && l.type === type && l.listener === listener && l.capture === useCapture);
    if (i >= 0) list.splice(i, 1);
  };
  // A bare `addEventListener(…)` in strict code arrives with `this` undefined: the window's.
  EventTarget.prototype.addEventListener = function (type, listener, options) {
    const target = this ?? window;
    if (tracked(target) && listener) {
      const useCapture = capture(options);
      const once = Boolean(options && options.once);
      const signal = options && options.signal;
      const list = listFor(target);
      if (!once && !(signal && signal.aborted) && !list.some((l) => l.target === target && l.type === type && l.listener === listener && l.capture === useCapture)) {
        list.push({ target, name: target === window ? 'window' : target === document ? 'document' : `matchMedia(${target.media})`, type, listener, capture: useCapture, stack: stack() });
        if (signal) add.call(signal, 'abort', () => forget(target, type, listener, useCapture));
      }
    }
    return add.call(target, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (type, listener, options) {
    const target = this ?? window;
    if (tracked(target)) forget(target, type, listener, capture(options));
    return remove.call(target, type, listener, options);
  };
  const mql = MediaQueryList.prototype;
  const addListener = mql.addListener;
  const removeListener = mql.removeListener;
  mql.addListener = function (listener) {
    if (listener && !rec.mediaListeners.some((l) => l.target === this && l.type === 'change' && l.listener === listener && !l.capture)) {
      rec.mediaListeners.push({ target: this, name: `matchMedia(${this.media})`, type: 'change', listener, capture: false, stack: stack() });
    }
    return addListener.call(this, listener);
  };
  mql.removeListener = function (listener) {
    forget(this, 'change', listener, false);
    return removeListener.call(this, listener);
  };

  // Observers, with the targets each one still observes.
  for (const name of ['IntersectionObserver', 'MutationObserver', 'ResizeObserver']) {
    const Native = window[name];
    if (!Native) continue;
    const Tracked = class extends Native {
      constructor(...args) {
        super(...args);
        this.__targets = new Set();
        this.__stack = stack();
        rec.observers.add(this);
      }
      observe(target, options) {
        this.__targets.add(target);
        return super.observe(target, options);
      }
      unobserve(target) {
        this.__targets.delete(target);
        return super.unobserve(target);
      }
      disconnect() {
        this.__targets.clear();
        return super.disconnect();
      }
    };
    Object.defineProperty(Tracked, 'name', { value: name });
    window[name] = Tracked;
  }

  /** What is still active, each with the stack that created it. */
  rec.active = () => [
    ...[...rec.timers.values()].map((t) => ({ what: `${t.kind} (${t.delay ?? 0} ms)`, stack: t.stack })),
    ...rec.listeners.map((l) => ({ what: `${l.name} ${l.type} listener`, stack: l.stack })),
    ...rec.mediaListeners.map((l) => ({ what: `${l.name} ${l.type} listener`, stack: l.stack })),
    ...[...rec.observers].filter((o) => o.__targets.size).map((o) => ({ what: `${o.constructor.name} of ${o.__targets.size}`, stack: o.__stack })),
  ];
})();
