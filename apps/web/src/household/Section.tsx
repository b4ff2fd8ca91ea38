import { Heading } from '@nl-design-system-candidate/heading-react';
import type { ReactNode } from 'react';

/** A section of the household page: a landmark-free region with its h2, reachable from the index by its anchor. */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-kop`} className="regie-section">
      <Heading level={2} id={`${id}-kop`}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
