import type { ReactNode } from 'react';

/**
 * A wide table or chart that scrolls sideways on a narrow screen (or when zoomed in) instead of making the whole page
 * wider. It can take the keyboard focus, so it can be scrolled with the arrow keys, and names what it holds.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="utrecht-table-container regie-table-container" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
