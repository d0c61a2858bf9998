"use client";
// Whether the page runs with JavaScript yet. The server (and the first client render) say no, so
// hydration matches, then the client says yes: forms start complete and get lighter once
// JavaScript can help.
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

export function useHydrated(): boolean {
  return useSyncExternalStore(subscribe, () => true, () => false);
}
