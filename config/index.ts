import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import TsconfigPathsPlugin from 'tsconfig-paths-webpack-plugin'
import devConfig from './dev'
import prodConfig from './prod'

// Shared contracts live outside `src/`; Taro only transpiles `src/` unless told otherwise.
const SHARED_TYPES_DIR = path.resolve(__dirname, '..', 'types')

// weapp and H5 write to separate folders so one build never overwrites the other;
// project.config.json points the WeChat tools at dist/weapp/.
const OUTPUT_ROOTS: Record<string, string> = { weapp: 'dist/weapp', h5: 'dist/h5' }

/**
 * Every TARO_APP_* variable the client reads, with its default. Each one must be defined in every
 * mode: an undefined `process.env.TARO_APP_*` leaves `process` in the H5 bundle and blanks the page.
 * Values come from the shell or from `.env`, `.env.development`, `.env.production` (Taro loads those).
 */
function clientEnv(): Record<string, string> {
  const defaults = {
    // WeChat cloud environment id; empty = the default environment of the mini program.
    TARO_APP_CLOUD_ENV: '',
    // H5 only: origin of the local gateway; empty = same origin as the page.
    TARO_APP_GATEWAY_URL: '',
    // The bureau's hotline and its hours, shown with tap-to-call on the report and service pages.
    // Built in (not fetched) so the human fallback shows even when the back end is unreachable.
    TARO_APP_BUREAU_HOTLINE: '12315',
    TARO_APP_BUREAU_OFFICE_HOURS: '工作日 09:00–18:00（法定节假日除外）',
  }
  const env: Record<string, string> = {}
  for (const [key, fallback] of Object.entries(defaults)) {
    env[key] = JSON.stringify(process.env[key] || fallback)
  }
  return env
}

export default defineConfig<'webpack5'>(async (merge) => {
  const taroEnv = process.env.TARO_ENV ?? 'weapp'
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'overseas-ip-assistance',
    date: '2026-11-25',
    designWidth: 750,
    deviceRatio: {
      640: 2.34 / 2,
      750: 1,
      375: 2,
      828: 1.81 / 2,
    },
    sourceRoot: 'src',
    outputRoot: OUTPUT_ROOTS[taroEnv] ?? `dist/${taroEnv}`,
    plugins: [],
    env: clientEnv(),
    defineConstants: {},
    copy: {
      patterns: [],
      options: {},
    },
    framework: 'react',
    compiler: 'webpack5',
    cache: {
      enable: true,
    },
    mini: {
      compile: {
        include: [SHARED_TYPES_DIR],
      },
      postcss: {
        pxtransform: {
          enable: true,
          config: {},
        },
        cssModules: {
          enable: false,
          config: {
            namingPattern: 'module',
            generateScopedName: '[name]__[local]___[hash:base64:5]',
          },
        },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: {
        mode: 'hash',
      },
      compile: {
        include: [SHARED_TYPES_DIR],
      },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[chunkhash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[chunkhash:8].css',
      },
      postcss: {
        autoprefixer: {
          enable: true,
          config: {},
        },
        cssModules: {
          enable: false,
          config: {
            namingPattern: 'module',
            generateScopedName: '[name]__[local]___[hash:base64:5]',
          },
        },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
        // Taro splits only initial chunks on H5, so each lazily loaded page chunk carried its own copy
        // of zod, dayjs and the services (about 200 KB each). Share them across page chunks instead.
        chain.optimization.splitChunks({ ...chain.optimization.get('splitChunks'), chunks: 'all' })
      },
    },
  }

  if (process.env.NODE_ENV === 'development') {
    // Local development build: no minification.
    return merge({}, baseConfig, devConfig)
  }
  // Production build: minified.
  return merge({}, baseConfig, prodConfig)
})
