import { createTheme, type CSSVariablesResolver, type MantineColorSchemeManager } from "@mantine/core";

// The device's own interface font, named once: a browser tries a font list in order, and each name the
// device lacks costs a lookup for every size and weight the first time a screen uses it (Mantine's list
// names six fonts, of which a phone has one or two).
const SYSTEM_FONT = "system-ui, sans-serif";

// darker shades than Mantine's defaults where text sits on white: WCAG AA contrast (axe checks it)
// links are underlined: told apart from the text around them by more than colour
export const theme = createTheme({
  fontFamily: SYSTEM_FONT,
  fontFamilyMonospace: "ui-monospace, monospace",
  headings: { fontFamily: SYSTEM_FONT },
  primaryColor: "grape",
  primaryShade: 9,
  defaultRadius: "md",
  components: { Anchor: { defaultProps: { underline: "always" } } },
});

export const contrast: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    "--mantine-color-dimmed": "var(--mantine-color-gray-7)",
    "--mantine-color-placeholder": "var(--mantine-color-gray-7)",
    "--mantine-color-anchor": "var(--mantine-color-grape-9)",
  },
  dark: {},
});

/** The console has one colour scheme: nothing to read from or keep in the browser's storage. */
export const lightOnly: MantineColorSchemeManager = {
  get: () => "light",
  set: () => {},
  subscribe: () => {},
  unsubscribe: () => {},
  clear: () => {},
};
