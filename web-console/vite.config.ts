/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";
import { themeStyleSheets } from "./src/app/theme-styles.ts";

// `npm run dev` serves the console on :5173 and sends the API and the sign-in paths to a local
// gateway (./atelier up), so the browser sees one origin as it does in production.
const gateway = process.env.ATELIER_GATEWAY ?? "http://127.0.0.1:8080";
const toGateway = { target: gateway, changeOrigin: false };

// React Router 7 names its development build as the package's only entry; the production build ships
// beside it, without the development checks and warnings.
const reactRouterProduction = fileURLToPath(
  new URL("./node_modules/react-router/dist/production/index.mjs", import.meta.url),
);

export default defineConfig(({ mode }) => ({
  plugins: [
    react(),
    {
      // the theme's style sheets in the page, built once here rather than on every start-up (theme-styles.ts)
      name: "atelier-theme-style-sheets",
      transformIndexHtml: () =>
        themeStyleSheets().map(({ kind, css }) => ({
          tag: "style",
          attrs: { "data-mantine-styles": kind },
          children: css,
          injectTo: "head" as const,
        })),
    },
  ],
  resolve: {
    alias: mode === "production" ? [{ find: /^react-router$/, replacement: reactRouterProduction }] : [],
  },
  build: {
    outDir: "dist",
    sourcemap: false,
    chunkSizeWarningLimit: 600,
  },
  server: {
    host: "127.0.0.1",
    proxy: {
      "/api": toGateway,
      "/oauth2": toGateway,
      "/login": toGateway,
      "/logout": toGateway,
    },
  },
  test: {
    environment: "jsdom",
    globals: true,
    setupFiles: ["./src/test/setup.ts"],
    css: false,
    testTimeout: 20_000,
  },
}));
