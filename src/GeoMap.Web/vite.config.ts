import { defineConfig, type Plugin } from 'vite';

/**
 * index.html's script is the small first chunk (src/boot.ts), which starts the draw worker and then imports main.ts;
 * this asks for main.ts's chunk and those it imports (modulepreload) at once, beside the first one, so that they are
 * not fetched only after the first one has run.
 * @remarks Asked for by boot.ts once it had made the worker instead, the first chunk ran ~50 ms sooner, but the main
 * chunk then arrived while the worker started and in one cold load of three held the worker's start (its tasks on the
 * page's main thread) past the 300 ms boot.ts waits for it: first render 700 ms median in one round of five loads,
 * 1,011 in the next (bench/client, 2026-12-05).
 */
function preloadMain(): Plugin {
  return {
    name: 'geomap-preload-main',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const main = Object.values(context.bundle ?? {}).find((c) => c.type === 'chunk' && c.facadeModuleId?.endsWith('/src/main.ts'));
        if (main?.type !== 'chunk') return [];
        // With the chunks it imports (flowTiles.ts's, which boot.ts loads for the first view's flows), but the first.
        const files = [main.fileName, ...main.imports.filter((f) => { const c = context.bundle?.[f]; return !(c?.type === 'chunk' && c.isEntry); })];
        return files.map((f) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: '', href: `/${f}` }, injectTo: 'head' as const }));
      },
    },
  };
}

// The client is served by GeoMap.Server from its wwwroot; `npm run dev` proxies the API to a running `geomap serve`.
export default defineConfig({
  base: '/',
  plugins: [preloadMain()],
  build: {
    outDir: '../GeoMap.Server/wwwroot',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1024,
  },
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:5000',
      '/tiles': 'http://127.0.0.1:5000',
      '/ogc': 'http://127.0.0.1:5000',
    },
  },
});
