import { fileURLToPath, URL } from 'node:url'
import { defineConfig, type ProxyOptions } from 'vite'
import vue from '@vitejs/plugin-vue'
import AutoImport from 'unplugin-auto-import/vite'
import Components from 'unplugin-vue-components/vite'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'

// The Micronaut back end; override with PINGXUAN_API_TARGET when it listens elsewhere.
const apiTarget = process.env.PINGXUAN_API_TARGET ?? 'http://localhost:8080'

const proxy: Record<string, ProxyOptions> = Object.fromEntries(
  ['/api', '/health', '/swagger-ui', '/swagger'].map((prefix) => [
    prefix,
    { target: apiTarget, changeOrigin: false },
  ]),
)

export default defineConfig({
  plugins: [
    vue(),
    // Element Plus on demand: only what the templates use is bundled, styles included.
    AutoImport({
      resolvers: [ElementPlusResolver()],
      dts: 'src/auto-imports.d.ts',
    }),
    Components({
      resolvers: [ElementPlusResolver()],
      dts: 'src/components.d.ts',
      dirs: [],
    }),
  ],
  define: {
    // vue-i18n: Composition API only, no devtools hooks in production bundles
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
    },
  },
  server: { proxy },
  preview: { proxy },
})
