// Builds the add-in: taskpane.html and commands.html with their bundles, the icons, office.js (served from
// the build so the add-in runs on an intranet without internet) and manifest.xml with its URLs rewritten;
// beside it app.html, the same pane on files for a browser without Excel (works from file:// too: every
// chunk is loaded relative to the script that asks for it, publicPath "auto").
//   npm run build        production build for the server in DUBAN_URL (default https://localhost:3000/)
//   npm run build:dev    development build
//   npm run dev-server   https dev server on localhost:3000
const fs = require("node:fs");
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const devUrl = "https://localhost:3000/";
const officeJsDir = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));

/** The production address of the add-in, always ending in "/". */
function productionUrl() {
  const url = process.env.DUBAN_URL || devUrl;
  if (!/^https:\/\//.test(url)) {
    throw new Error(`DUBAN_URL 必须是 https 地址（Office 只加载 https 加载项）：${url}`);
  }
  return url.endsWith("/") ? url : `${url}/`;
}

/** https options for the dev server: office-addin-dev-certs on Windows/Mac, a self-made certificate on Linux. */
async function httpsOptions() {
  if (process.platform === "win32" || process.platform === "darwin") {
    const devCerts = require("office-addin-dev-certs");
    return devCerts.getHttpsServerOptions();
  }
  const { localCertificate } = require("./scripts/local-cert.js");
  return localCertificate(path.join(__dirname, ".cert"));
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const baseUrl = dev ? devUrl : productionUrl();
  const config = {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      app: "./src/webapp/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "chunks/[name].[contenthash:8].js",
      publicPath: "auto",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".mjs"],
      // exceljs and jszip reach for Node built-ins they do not need in a browser for our use.
      fallback: {
        fs: false,
        path: false,
        os: false,
        crypto: false,
        stream: false,
        zlib: false,
        util: false,
        buffer: false,
        events: false,
        http: false,
        https: false,
        url: false,
        assert: false,
        timers: false,
        constants: false,
        vm: false,
      },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Type-checking is tsc's job in `npm test`; here only transpile.
          // ES modules out of ts-loader (tsconfig says commonjs, for Node): webpack needs them to tree-shake Fluent UI
          // and to split each dynamic import() into a chunk loaded on demand.
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { module: "esnext", moduleResolution: "node" } },
          },
        },
        { test: /\.txt$/, type: "asset/source" },
        { test: /\.(png|svg)$/, type: "asset/resource", generator: { filename: "assets/[name][ext]" } },
      ],
    },
    plugins: [
      // The bundle is not injected: the inline ES5 guard loads it only in a webview that can run it.
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        inject: false,
        templateParameters: (compilation, assets) => ({
          scripts: JSON.stringify(assets.js),
          webviewGuard: fs.readFileSync(path.join(__dirname, "src/taskpane/legacy/webviewGuard.js"), "utf8"),
        }),
      }),
      new HtmlWebpackPlugin({
        filename: "app.html",
        template: "./src/webapp/app.html",
        chunks: ["app"],
        scriptLoading: "defer",
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/help.html", to: "help.html" },
          // office.js and its host-specific scripts, served by our own server (no CDN on an intranet).
          // Only what an Excel host loads: no debug builds, no other hosts' scripts.
          {
            from: officeJsDir,
            to: "office-js",
            globOptions: {
              ignore: [
                "**/*.debug.js",
                "**/*.d.ts",
                "**/*vsdoc*",
                "**/outlook*",
                "**/{access,onenote,powerpoint,project,word}*",
              ],
            },
          },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) =>
              dev
                ? content
                : content
                    .toString()
                    .split(devUrl)
                    .join(baseUrl)
                    .split(devUrl.slice(0, -1))
                    .join(baseUrl.slice(0, -1)),
          },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      host: "localhost",
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      headers: { "Access-Control-Allow-Origin": "*" },
      static: { directory: path.resolve(__dirname, "dist") },
    },
  };
  if (process.env.WEBPACK_SERVE) {
    config.devServer.server = { type: "https", options: await httpsOptions() };
  }
  return config;
};

module.exports.productionUrl = productionUrl;
module.exports.officeJsDir = officeJsDir;
