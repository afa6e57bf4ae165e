import { Card, Container } from '@destalk/ui';
import type { ReactNode } from 'react';

/** The narrow card every account form sits in. */
export function AuthPage({ title, lead, children, footer }: { title: ReactNode; lead?: ReactNode; children: ReactNode; footer?: ReactNode }) {
  return (
    <Container size="narrow">
      <Card as="div" className="sm:p-8">
        <h1 className="text-3xl">{title}</h1>
        {lead ? <p className="mt-2 text-muted">{lead}</p> : null}
        <div className="mt-6 flex flex-col gap-5">{children}</div>
      </Card>
      {footer ? <div className="mt-6 text-center text-sm">{footer}</div> : null}
    </Container>
  );
}
