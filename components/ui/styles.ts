// Shared looks for links and buttons, so that every page draws its controls the same way. They are
// component classes of app/globals.css (Tailwind's @apply): one short name per element rather than
// a list of utilities repeated, twice, for each of a page's hundred links (in the HTML and in the
// RSC payload). Utilities added beside them still win (components layer).
// Colours keep a contrast of at least 4.5:1 on white and on brand-50 (WCAG 2.1 AA); the focus
// ring comes from app/globals.css and stays visible on every background used here.
export const primaryButton = "btn-primary";

export const secondaryButton = "btn-secondary";

/** A button that reads as a link (sign out, language): it still is a <button>, for forms. */
export const linkButton = "link-button";

export const textLink = "link";
