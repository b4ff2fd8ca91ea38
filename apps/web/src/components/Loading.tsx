import { Paragraph } from '@nl-design-system-candidate/paragraph-react';

/** Shown while data loads; announced once, politely. */
export function Loading({ what = 'Gegevens' }: { what?: string }) {
  return (
    <div role="status" aria-live="polite">
      <Paragraph>{what} worden geladen…</Paragraph>
    </div>
  );
}
