/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// `npm run dev` serves the console on :5173 and sends the API and the sign-in paths to a local
// gateway (./atelier up), so the browser sees one origin as it does in production.
const gateway = process.env.ATELIER_GATEWAY ?? "http://127.0.0.1:8080";
const toGateway = { target: gateway, changeOrigin: false };

export default defineConfig({
  plugins: [react()],
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
});
