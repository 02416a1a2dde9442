import { MantineProvider } from "@mantine/core";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { contrast, lightOnly, theme } from "./theme.ts";

export interface StyleSheet {
  /** MantineProvider's name for it: "true" (the theme's CSS variables) or "classes" (hiddenFrom/visibleFrom) */
  kind: string;
  css: string;
}

/**
 * The style sheets MantineProvider adds when the console starts (the theme's CSS variables where they
 * differ from Mantine's defaults, and the responsive classes), built by MantineProvider itself, at build
 * time. The build writes them into index.html (vite.config.ts) and main.tsx tells the provider not to
 * build them in the browser, where they came out the same on every start-up.
 */
export function themeStyleSheets(): StyleSheet[] {
  const markup = renderToStaticMarkup(
    createElement(MantineProvider, { theme, cssVariablesResolver: contrast, colorSchemeManager: lightOnly }),
  );
  return [...markup.matchAll(/<style data-mantine-styles="([^"]*)"[^>]*>([\s\S]*?)<\/style>/g)].map(([, kind, css]) => ({
    kind: kind!,
    css: css!,
  }));
}
