// Bundles one Node service (apps/<name>) into dist/apps/<name> with webpack + SWC.
// Workspace libs are bundled; packages from node_modules stay external (required at run time).
// Usage: node tools/build-node-app.cjs <app> [--entry file] [--out dir] [extra-entry-name=path ...]
//   --entry defaults to apps/<app>/src/main.ts, --out to dist/apps/<app>.
const path = require('node:path');
const webpack = require('webpack');
const { compilerOptions } = require('../tsconfig.base.json');

const root = path.resolve(__dirname, '..');
const [app, ...rest] = process.argv.slice(2);
if (!app) {
  console.error('usage: build-node-app.cjs <app> [--entry file] [--out dir] [name=path ...]');
  process.exit(2);
}
let mainEntry = path.join(root, 'apps', app, 'src', 'main.ts');
let outDir = path.join(root, 'dist', 'apps', app);
const extraEntries = [];
for (let i = 0; i < rest.length; i += 1) {
  const arg = rest[i];
  if (arg === '--entry') mainEntry = path.resolve(root, rest[++i]);
  else if (arg === '--out') outDir = path.resolve(root, rest[++i]);
  else extraEntries.push(arg);
}

const alias = {};
for (const [name, [target]] of Object.entries(compilerOptions.paths)) alias[name] = path.join(root, target);

const entry = { main: mainEntry };
for (const spec of extraEntries) {
  const [name, file] = spec.split('=');
  entry[name] = path.join(root, file);
}

const isBundled = (request) =>
  request.startsWith('.') || path.isAbsolute(request) || Object.hasOwn(alias, request);

const config = {
  mode: 'production',
  target: 'node20',
  context: root,
  entry,
  devtool: 'source-map',
  output: {
    path: outDir,
    filename: '[name].js',
    libraryTarget: 'commonjs2',
    clean: true,
  },
  optimization: { minimize: false, splitChunks: false },
  // Generated Prisma clients import their own files with .js extensions that are really .ts.
  resolve: { extensions: ['.ts', '.js', '.json'], alias, extensionAlias: { '.js': ['.ts', '.js'] } },
  externals: [
    ({ request }, callback) => (isBundled(request) ? callback() : callback(null, `commonjs ${request}`)),
  ],
  module: {
    // Leave createRequire(__filename) to Node: code uses it to locate files inside packages at run time.
    parser: { javascript: { createRequire: false } },
    rules: [
      // The CLI's commands and worker threads start per invocation: modules of libs/ they never use are
      // left out (the libs have no import-time side effects), so `lattice deid` threads skip zod & co.
      ...(app === 'cli' ? [{ test: /[\\/]libs[\\/]/, sideEffects: false }] : []),
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: 'swc-loader',
          options: {
            jsc: {
              parser: { syntax: 'typescript', decorators: true },
              transform: { legacyDecorator: true, decoratorMetadata: true },
              target: 'es2022',
              keepClassNames: true,
            },
            module: { type: 'es6' },
            sourceMaps: true,
          },
        },
      },
    ],
  },
  node: { __dirname: false, __filename: false },
  stats: 'errors-warnings',
};

webpack(config, (error, stats) => {
  if (error) {
    console.error(error);
    process.exit(1);
  }
  const info = stats.toString({ colors: false, all: false, errors: true, warnings: true });
  if (info.trim()) console.log(info);
  if (stats.hasErrors()) process.exit(1);
});
