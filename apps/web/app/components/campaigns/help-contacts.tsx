import type { CampaignContact } from '@destalk/core/campaigns/schema';

const telHref = (phone: string) => `tel:${phone.replace(/[^+0-9]/g, '')}`;
const webHref = (web: string) => (/^https?:\/\//i.test(web) ? web : `https://${web}`);

/** Where to get help: every service with a phone link, its web address and hours, then the emergency line. */
export function HelpContacts({ heading, contacts, hoursLabel, fallback }: { heading: string; contacts: CampaignContact[]; hoursLabel: string; fallback: string }) {
  return (
    <section aria-labelledby="help-title" className="mt-12 rounded-xl bg-ink p-6 text-canvas sm:p-8">
      <h2 id="help-title" className="text-2xl font-semibold text-canvas">
        {heading}
      </h2>
      <ul className="mt-5 grid gap-6 sm:grid-cols-2">
        {contacts.map((k) => (
          <li key={`${k.name}-${k.phone}`}>
            <p className="font-semibold">{k.name}</p>
            {k.phone ? (
              <p className="mt-1 text-2xl font-bold">
                <a href={telHref(k.phone)} className="text-canvas underline-offset-4">
                  {k.phone}
                </a>
              </p>
            ) : null}
            {k.web ? (
              <p className="mt-1">
                <a href={webHref(k.web)} rel="noreferrer" className="text-canvas underline">
                  {k.web}
                </a>
              </p>
            ) : null}
            {k.hours ? (
              <p className="mt-1 text-sm opacity-90">
                {hoursLabel}: {k.hours}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      <p className="mt-6 text-sm">{fallback}</p>
    </section>
  );
}
