import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: PreviewServer | undefined;

/** Serves the built renderer (web mode) once for all end-to-end test files. */
export async function setup(project: TestProject): Promise<void> {
  const root = resolve(import.meta.dirname, '../../..');
  const distFolder = process.env.TRAMA_WEB_DIST ?? 'dist';
  if (!existsSync(resolve(root, distFolder, 'index.html'))) {
    throw new Error('The renderer is not built: run `npm run build:web` before the end-to-end tests (npm test does).');
  }
  server = await preview({
    // The config's root is the renderer folder; the build lands in ../dist from there.
    root: resolve(root, 'renderer'),
    configFile: resolve(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: `../${distFolder}` },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('The preview server has no port');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}/`);
}

export async function teardown(): Promise<void> {
  await server?.close();
}
