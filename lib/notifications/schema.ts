// Inputs of the notification forms. Issue messages are keys of the `notifications` namespace.
import { z } from "zod";

export const deliverySchema = z.object({
  delivery: z.enum(["immediately", "daily_digest", "none"], { error: "preference.invalid" }),
});
