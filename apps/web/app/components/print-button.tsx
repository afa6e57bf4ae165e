import { buttonClass } from '@destalk/ui';
import { useEffect, useState } from 'react';

/** A print button, shown once JavaScript runs (without it, the browser's own print command works). */
export function PrintButton({ label, className }: { label: string; className?: string }) {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  if (!hydrated) return null;
  return (
    <button type="button" className={buttonClass('secondary', className)} onClick={() => window.print()}>
      {label}
    </button>
  );
}
