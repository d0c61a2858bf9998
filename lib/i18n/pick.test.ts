import { describe, expect, it } from "vitest";
import { pickMessages } from "./pick";

const messages = {
  common: { appName: "Interpôles", errors: { generic: "Erreur", notFound: "Introuvable" } },
  auth: { signIn: { title: "Connexion" } },
};

describe("pickMessages", () => {
  it("keeps only the requested branches", () => {
    expect(pickMessages(messages, ["common.errors"])).toEqual({
      common: { errors: { generic: "Erreur", notFound: "Introuvable" } },
    });
  });

  it("merges several paths into one tree", () => {
    expect(pickMessages(messages, ["common.appName", "common.errors.generic", "auth"])).toEqual({
      common: { appName: "Interpôles", errors: { generic: "Erreur" } },
      auth: { signIn: { title: "Connexion" } },
    });
  });

  it("fails loudly on a path that does not exist", () => {
    expect(() => pickMessages(messages, ["common.missing"])).toThrow("Unknown message path: common.missing");
  });
});

describe("pickMessages, order of paths", () => {
  it("never writes into the messages it reads from", () => {
    const before = JSON.stringify(messages);
    pickMessages(messages, ["common", "common.errors.generic", "auth.signIn"]);
    expect(JSON.stringify(messages)).toBe(before);
  });
});
