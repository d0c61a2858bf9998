// The main landmark of a page: the skip link targets #main, and every page has exactly one.
export function PageMain({ children, className = "" }: { children: React.ReactNode; className?: string }) {
  return (
    <main id="main" className={`mx-auto w-full max-w-5xl flex-1 px-4 py-8 ${className}`}>
      {children}
    </main>
  );
}
