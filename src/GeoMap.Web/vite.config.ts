import { defineConfig } from 'vite';

// The client is served by GeoMap.Server from its wwwroot; `npm run dev` proxies the API to a running `geomap serve`.
export default defineConfig({
  base: '/',
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
