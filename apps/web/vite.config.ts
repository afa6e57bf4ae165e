import { reactRouter } from '@react-router/dev/vite';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'vite';

export default defineConfig(({ isSsrBuild }) => ({
  build: {
    // The server build starts from our Express app, which imports the React Router build.
    rollupOptions: isSsrBuild ? { input: './server/app.ts' } : undefined,
    // Assets stay files: nothing is inlined as data: URIs (a strict CSP and cache-friendly).
    assetsInlineLimit: 0,
  },
  ssr: {
    // Workspace packages are TypeScript sources: bundle them into the server build.
    noExternal: [/^@destalk\//],
  },
  plugins: [tailwindcss(), reactRouter()],
  server: { hmr: { port: 24679 } },
}));
