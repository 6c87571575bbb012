import { defineConfig, type Plugin } from 'vite';

/**
 * index.html's script is the small first chunk (src/boot.ts), which starts the draw worker and then imports main.ts;
 * this asks for main.ts's chunk (modulepreload) at once, beside the first one, so that it is not fetched only after
 * the first one has run.
 */
function preloadMain(): Plugin {
  return {
    name: 'geomap-preload-main',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const main = Object.values(context.bundle ?? {}).find((c) => c.type === 'chunk' && c.facadeModuleId?.endsWith('/src/main.ts'));
        return main ? [{ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: '', href: `/${main.fileName}` }, injectTo: 'head' }] : [];
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
