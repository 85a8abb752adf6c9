import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer: built once, served by Electron from app://trama/ and in web mode from
// http://127.0.0.1:$PORT/. Relative asset paths keep one build valid for both.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    // TRAMA_WEB_DIST lets parallel checkouts of the e2e suite build side by side.
    outDir: `../${process.env.TRAMA_WEB_DIST ?? 'dist'}`,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 2500,
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1', port: Number(process.env.PORT ?? 5173), strictPort: true },
  preview: { host: '127.0.0.1', port: Number(process.env.PORT ?? 5173), strictPort: true },
});
