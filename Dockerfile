# The image of `bosun serve`, the GitHub App host: the compiled server, the committed bundles in dist/
# and the production dependencies only. Build from a clone (`docker build -t bosun .`); run it with the App's id, key
# and webhook secret (see docs/app.md). Postgres is optional (DATABASE_URL) and not in the image.
# Stage 1: compile the CLI and server (TypeScript) with the dev tools, which stay in this stage.
FROM node:24-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.tools.json ./
COPY src/ src/
COPY scripts/ scripts/
COPY test/emulator/ test/emulator/
COPY test/support/ test/support/
COPY test/sim/ test/sim/
RUN node node_modules/typescript/bin/tsc -p tsconfig.tools.json

# Stage 2: the image, with production dependencies only.
FROM node:24-slim

ENV NODE_ENV=production \
    PORT=3000
WORKDIR /app

# No dev tools, no bundled Node binaries (optionalDependencies), no install scripts.
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --omit=optional --ignore-scripts --no-audit --no-fund \
 && npm cache clean --force

COPY bin/ bin/
COPY dist/ dist/
COPY app.yml ./
# The compiled server; without src/ beside it, bin/bosun.mjs runs it as it is.
COPY --from=build /src/.tools-build/src/ .tools-build/src/
RUN ln -s /app/bin/bosun.mjs /usr/local/bin/bosun

# The image's own unprivileged user; nothing under /app is writable by it.
USER node
EXPOSE 3000
# For `docker run` and compose; Kubernetes uses its own probes (deploy/kubernetes.yaml).
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["bosun", "serve"]
