import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage } from "../../src/shared/i18n.js";

describe("localeFromAcceptLanguage", () => {
  it("defaults to French without a header", () => {
    expect(localeFromAcceptLanguage(undefined)).toBe("fr");
    expect(localeFromAcceptLanguage(null)).toBe("fr");
    expect(localeFromAcceptLanguage("")).toBe("fr");
  });

  it("picks English for a plain English header", () => {
    expect(localeFromAcceptLanguage("en")).toBe("en");
  });

  it("picks English for a regional English header", () => {
    expect(localeFromAcceptLanguage("en-GB,en;q=0.9")).toBe("en");
  });

  it("picks French when French is preferred over English", () => {
    expect(localeFromAcceptLanguage("fr-FR,en;q=0.8")).toBe("fr");
  });

  it("picks English when English is preferred over French by weight", () => {
    expect(localeFromAcceptLanguage("fr;q=0.3, en;q=0.7")).toBe("en");
  });

  it("skips unsupported languages and falls back to the next supported one", () => {
    expect(localeFromAcceptLanguage("de, en;q=0.5")).toBe("en");
  });

  it("ignores a language with q=0", () => {
    expect(localeFromAcceptLanguage("en;q=0")).toBe("fr");
  });

  it("is case-insensitive", () => {
    expect(localeFromAcceptLanguage("EN-us")).toBe("en");
  });

  it("defaults to French on garbage", () => {
    expect(localeFromAcceptLanguage(";;;,,q=abc")).toBe("fr");
    expect(localeFromAcceptLanguage("en;q=abc")).toBe("fr");
    expect(localeFromAcceptLanguage("*")).toBe("fr");
  });
});
