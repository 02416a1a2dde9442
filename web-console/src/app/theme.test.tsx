import { themeStyleSheets } from "./theme-styles";

describe("the theme's style sheets, built at build time", () => {
  const sheets = themeStyleSheets();
  const css = (kind: string) => sheets.find((sheet) => sheet.kind === kind)?.css ?? "";

  it("carry the theme's CSS variables: grape, the darker text shades, the grape links", () => {
    expect(css("true")).toContain("--mantine-primary-color-filled: var(--mantine-color-grape-filled)");
    expect(css("true")).toContain("--mantine-color-dimmed: var(--mantine-color-gray-7)");
    expect(css("true")).toContain("--mantine-color-anchor: var(--mantine-color-grape-9)");
  });

  it("carry the responsive classes the navigation's hiddenFrom needs", () => {
    expect(css("classes")).toContain(".mantine-hidden-from-sm {display: none !important;}");
  });
});
