// Starts DeStalk: `node server.js` serves the production build; `--dev` runs Vite in middleware
// mode with hot reload. Everything else lives in server/app.ts.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const development = process.argv.includes('--dev') || process.env.NODE_ENV === 'development';
process.env.NODE_ENV ??= development ? 'development' : 'production';

try {
  if (development) {
    const { createServer } = await import('vite');
    const vite = await createServer({ root: here, server: { middlewareMode: true }, appType: 'custom' });
    const { start } = await vite.ssrLoadModule('./server/app.ts');
    await start({ vite });
  } else {
    const build = new URL('./build/server/index.js', import.meta.url);
    if (!existsSync(build)) {
      console.error('No production build found. Run `npm run build` (or `npm start`, which builds first).');
      process.exit(2);
    }
    const { start } = await import(build.href);
    await start();
  }
} catch (error) {
  // Configuration problems are explained in one readable block, not a stack trace.
  if (error && error.name === 'ConfigError') {
    console.error(error.message);
    process.exit(2);
  }
  throw error;
}
