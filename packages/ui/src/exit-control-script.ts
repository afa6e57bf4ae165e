import { exitNow } from './exit-this-page.tsx';
import { createShiftCounter } from './shift-counter.ts';

type Counter = typeof createShiftCounter;

/**
 * The exit control's behaviour for pages that ship no application JavaScript (campaign pages):
 * Shift three times, the counter dots, the spoken progress and the blanking overlay, wired to the
 * server-rendered markup of ExitThisPage (labels from its `data-labels`). Without any script the
 * button and the skip link still work as plain links.
 */
function installExitControl(createCounter: Counter, leave: (url: string) => void) {
  const root = document.querySelector('[data-exit-this-page]');
  const link = document.getElementById('exit-this-page') as HTMLAnchorElement | null;
  if (!root || !link) return;
  const labels = JSON.parse(root.getAttribute('data-labels') || '{}') as Record<string, string>;
  const status = root.querySelector('[data-exit-status]');
  const url = link.getAttribute('href') || 'about:blank';
  const say = (message: string) => {
    if (status) status.textContent = message;
  };
  const dots = (n: number) => {
    let indicator = link.querySelector('.exit-this-page__indicator');
    if (n === 0) {
      indicator?.remove();
      return;
    }
    if (!indicator) {
      indicator = document.createElement('span');
      indicator.className = 'exit-this-page__indicator';
      indicator.setAttribute('aria-hidden', 'true');
      for (let i = 0; i < 3; i++) {
        const dot = document.createElement('span');
        dot.className = 'exit-this-page__dot';
        indicator.appendChild(dot);
      }
      link.appendChild(indicator);
    }
    indicator.querySelectorAll('.exit-this-page__dot').forEach((dot, i) => dot.setAttribute('data-on', String(i < n)));
  };
  const messages: Record<string, string | undefined> = { 'press-two-more': labels.pressTwoMore, 'press-one-more': labels.pressOneMore, expired: labels.expired, activate: labels.loading };
  const counter = createCounter({
    onEvent(event, n) {
      dots(event === 'activate' ? 3 : n);
      say(messages[event] || '');
      if (event === 'activate') leave(url);
    },
  });
  document.addEventListener('keyup', (e) => counter.keyup(e), true);
  const onClick = (e: MouseEvent) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    say(labels.loading || '');
    leave(url);
  };
  link.addEventListener('click', onClick);
  document.querySelectorAll('[data-exit-skip]').forEach((a) => a.addEventListener('click', onClick as EventListener));
  window.addEventListener('pageshow', () => {
    document.querySelectorAll('[data-exit-overlay]').forEach((o) => o.remove());
    dots(0);
    say('');
  });
}

/** The inline script (a few kB) built from the same functions the React control uses. */
export function exitControlScript(): string {
  return `(${installExitControl.toString()})(${createShiftCounter.toString()}, ${exitNow.toString()});`;
}
