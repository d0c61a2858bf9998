/** A text field of a FormData; a missing field or a file reads as "" (zod then says what is wrong). */
export function textField(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}
