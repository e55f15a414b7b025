# The image of `bosun serve`, the GitHub App host: the committed bundles in dist/ and the production
# dependencies only. Build from a clone (`docker build -t bosun .`); run it with the App's id, key
# and webhook secret (see docs/app.md). Postgres is optional (DATABASE_URL) and not in the image.
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
RUN ln -s /app/bin/bosun.mjs /usr/local/bin/bosun

# The image's own unprivileged user; nothing under /app is writable by it.
USER node
EXPOSE 3000
# For `docker run` and compose; Kubernetes uses its own probes (deploy/kubernetes.yaml).
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["bosun", "serve"]
