// `--import` this (after tsx) to load app modules in a plain Node process: "server-only" is
// Next's guard against bundling server code for browsers and throws anywhere but in Next's
// server; here it resolves to its empty variant, as it does inside Next. Nothing else changes.
import { register } from "node:module";

register(
  "data:text/javascript," +
    encodeURIComponent(`export async function resolve(specifier, context, next) {
      if (specifier !== "server-only") return next(specifier, context);
      return next(specifier, { ...context, conditions: [...context.conditions, "react-server"] });
    }`),
);
