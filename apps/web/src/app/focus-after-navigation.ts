/**
 * After a link inside the app was followed, the new page's h1 takes the focus (as a full page load starts a screen
 * reader at the top). The link itself is usually gone by then (it was part of the old page), so the heading cannot
 * tell from the focus alone: the router says a navigation happened, and the next heading that mounts takes it.
 */
let pending = false;

export function navigationHappened(): void {
  pending = true;
}

/** True once after each navigation: the first page heading to ask takes the focus. */
export function headingTakesFocus(): boolean {
  const take = pending;
  pending = false;
  return take;
}
