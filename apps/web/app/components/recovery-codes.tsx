/** Recovery codes in a readable, copyable grid (shown once). */
export function RecoveryCodes({ title, codes }: { title: string; codes: string[] }) {
  return (
    <section aria-label={title} className="rounded-md border border-line bg-surface-muted p-4">
      <h3 className="font-semibold">{title}</h3>
      <ol className="mt-3 grid grid-cols-2 gap-2 font-mono text-base sm:grid-cols-2" data-recovery-codes>
        {codes.map((code) => (
          <li key={code} className="rounded bg-surface px-3 py-1.5 tracking-wider">
            {code}
          </li>
        ))}
      </ol>
    </section>
  );
}
