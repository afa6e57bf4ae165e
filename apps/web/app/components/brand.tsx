import { Link } from 'react-router';

/** The platform's name with a simple mark (inline SVG: nothing is fetched). */
export function Brand({ appName, to = '/' }: { appName: string; to?: string }) {
  return (
    <Link to={to} className="inline-flex items-center gap-2 text-lg font-bold text-ink no-underline hover:text-ink">
      <svg aria-hidden="true" viewBox="0 0 32 32" className="size-8 shrink-0">
        <rect width="32" height="32" rx="9" className="fill-primary" />
        <path d="M16 6.5 8.5 9.5v6.2c0 4.6 3.1 8.5 7.5 9.8 4.4-1.3 7.5-5.2 7.5-9.8V9.5L16 6.5Z" fill="none" strokeWidth="2.2" strokeLinejoin="round" className="stroke-on-primary" />
        <path d="m12.5 16.2 2.4 2.4 4.8-4.9" fill="none" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" className="stroke-on-primary" />
      </svg>
      <span>{appName}</span>
    </Link>
  );
}
