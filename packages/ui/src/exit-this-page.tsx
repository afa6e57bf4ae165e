import { useEffect, useState } from 'react';
import { createShiftCounter, type ShiftCounterEvent } from './shift-counter.ts';

export interface ExitThisPageLabels {
  /** Visible button text, e.g. "Exit this page". */
  button: string;
  /** Hidden hint read after the button, e.g. "or press Shift 3 times". */
  shortcutHint: string;
  pressTwoMore: string;
  pressOneMore: string;
  expired: string;
  loading: string;
}

/**
 * Leaves for the neutral site: blank the page at once (nothing stays on screen while the next
 * site loads), then replace this page in the tab's history so Back does not return to it.
 */
export function exitNow(url: string) {
  if (!document.querySelector('[data-exit-overlay]')) {
    const overlay = document.createElement('div');
    overlay.className = 'exit-this-page__overlay';
    overlay.setAttribute('data-exit-overlay', '');
    document.body.appendChild(overlay);
  }
  window.location.replace(url);
}

function removeOverlay() {
  for (const overlay of document.querySelectorAll('[data-exit-overlay]')) overlay.remove();
}

/**
 * "Exit this page" (GOV.UK behaviour, DESIGN.md §1.1). Without JavaScript it is a plain link to the
 * neutral site. With JavaScript: Shift three times within 5 s exits, with counter dots and spoken
 * progress; the button blanks the page before leaving.
 */
export function ExitThisPage({ exitUrl, labels }: { exitUrl: string; labels: ExitThisPageLabels }) {
  const [count, setCount] = useState(0);
  const [message, setMessage] = useState('');

  useEffect(() => {
    const messages: Record<ShiftCounterEvent, string> = {
      'press-two-more': labels.pressTwoMore,
      'press-one-more': labels.pressOneMore,
      expired: labels.expired,
      activate: labels.loading,
    };
    const counter = createShiftCounter({
      onEvent(event, n) {
        setCount(event === 'activate' ? 3 : n);
        setMessage(messages[event]);
        if (event === 'activate') exitNow(exitUrl);
      },
    });
    const onKeyUp = (e: KeyboardEvent) => counter.keyup(e);
    // Coming back through the back/forward cache must not show a blank page.
    const onPageShow = () => {
      removeOverlay();
      setCount(0);
      setMessage('');
    };
    document.addEventListener('keyup', onKeyUp, true);
    window.addEventListener('pageshow', onPageShow);
    return () => {
      counter.dispose();
      document.removeEventListener('keyup', onKeyUp, true);
      window.removeEventListener('pageshow', onPageShow);
    };
  }, [exitUrl, labels]);

  return (
    <div
      className="exit-this-page px-3 pt-2 sm:px-4"
      data-exit-this-page
      data-labels={JSON.stringify({ pressTwoMore: labels.pressTwoMore, pressOneMore: labels.pressOneMore, expired: labels.expired, loading: labels.loading })}
    >
      <a
        href={exitUrl}
        rel="nofollow noreferrer"
        id="exit-this-page"
        aria-describedby="exit-this-page-hint"
        className="exit-this-page__button inline-flex min-h-11 items-center rounded-md bg-danger px-4 py-2 font-semibold text-on-danger no-underline shadow-md hover:bg-danger-hover hover:text-on-danger"
        onClick={(event) => {
          if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
          event.preventDefault();
          setMessage(labels.loading);
          exitNow(exitUrl);
        }}
      >
        {labels.button}
        {count > 0 ? (
          <span className="exit-this-page__indicator" aria-hidden="true">
            {[1, 2, 3].map((n) => (
              <span key={n} className="exit-this-page__dot" data-on={n <= count} />
            ))}
          </span>
        ) : null}
      </a>
      <span id="exit-this-page-hint" className="sr-only">
        {labels.shortcutHint}
      </span>
      <span role="status" className="sr-only" data-exit-status>
        {message}
      </span>
    </div>
  );
}

/** The first focusable element of a public page: a skip link that exits straight away. */
export function ExitSkipLink({ exitUrl, label }: { exitUrl: string; label: string }) {
  return (
    <a
      href={exitUrl}
      rel="nofollow noreferrer"
      data-exit-skip
      className="sr-only z-[1100] rounded-md bg-danger px-4 py-2 font-semibold text-on-danger focus:not-sr-only focus:fixed focus:start-3 focus:top-3"
      onClick={(event) => {
        event.preventDefault();
        exitNow(exitUrl);
      }}
    >
      {label}
    </a>
  );
}
