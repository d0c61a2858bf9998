// Shared looks for links and buttons, so that every page draws its controls the same way.
// Colours keep a contrast of at least 4.5:1 on white and on brand-50 (WCAG 2.1 AA); the focus
// ring comes from app/globals.css and stays visible on every background used here.
export const primaryButton =
  "inline-flex items-center justify-center rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800";

export const secondaryButton =
  "inline-flex items-center justify-center rounded-md border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50";

/** A button that reads as a link (sign out, language): it still is a <button>, for forms. */
export const linkButton = "cursor-pointer text-brand-700 underline-offset-4 hover:underline";

export const textLink = "text-brand-700 underline underline-offset-4 hover:text-brand-800";
