import { Heading } from '@nl-design-system-candidate/heading-react';
import type { ReactNode } from 'react';

/** One section of Huishouden beheren: a region named by its h2. */
export function ManageSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="regie-section">
      <Heading level={2} id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
