// An app instance's start-up without its web server: exactly what Next calls when a server starts
// (instrumentation.ts's register(), in the Node.js runtime), in its own process (started by children.ts, see server-only.mjs).
// Prints "registered" once register() returned, then keeps running (the job runner's timers) until killed.
import { register } from "../../../../instrumentation";

process.env.NEXT_RUNTIME = "nodejs";
await register();
console.log("registered");
