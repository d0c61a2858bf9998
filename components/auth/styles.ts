// Looks shared by the auth forms (colours with at least 4.5:1 contrast on white).
export const inputClass =
  "w-full rounded-md border border-slate-500 px-3 py-2 text-slate-900 aria-[invalid=true]:border-red-800 aria-[invalid=true]:border-2";

export const cardClass = "mx-auto w-full max-w-md";
