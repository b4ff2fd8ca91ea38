import { Heading } from '@nl-design-system-candidate/heading-react';
import { useEffect, useRef } from 'react';
import { headingTakesFocus } from '../app/focus-after-navigation';

/**
 * The page's one h1. It sets the document title and takes the focus when the page opens (after a link in the app
 * was followed), so a screen reader starts at the new page's heading, as after a full page load.
 */
export function PageHeading({ children, title }: { children: string; title?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title ?? children} – Regie`;
    const focusElsewhere = document.activeElement && document.activeElement !== document.body;
    if (headingTakesFocus() || focusElsewhere) ref.current?.focus();
  }, [children, title]);
  return (
    <Heading level={1} ref={ref} tabIndex={-1} className="regie-page-heading">
      {children}
    </Heading>
  );
}
