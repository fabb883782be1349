# syntax=docker/dockerfile:1
# newsroom-qa: multi-stage build; the runtime runs as a non-root user with the index and feedback on /data.
# Build: docker build -t newsroom-qa .   Run: see docs/deploy.md.

FROM node:20-bookworm-slim AS build
# hnswlib-node compiles a native addon.
RUN apt-get update \
 && apt-get install -y --no-install-recommends g++ make python3 \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY tools/prepare.js ./tools/prepare.js
COPY src ./src
COPY corpus ./corpus
# The production path of the README: `npm ci` builds dist/ (its `prepare` runs `npm run build`, which also
# writes the word-vector table to dist/word-vectors/), then the dev dependencies and the build cache go.
RUN npm ci \
 && npm prune --omit=dev \
 && rm -rf node_modules/.cache

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    DATA_DIR=/data \
    CORPUS_DIR=/app/corpus \
    PORT=3000
WORKDIR /app
COPY --from=build --chown=root:root /app/package.json /app/package-lock.json ./
COPY --from=build --chown=root:root /app/node_modules ./node_modules
COPY --from=build --chown=root:root /app/dist ./dist
COPY --from=build --chown=root:root /app/corpus ./corpus
# The "node" user (uid 1000) of the base image owns only /data: the program and its modules stay read-only.
RUN mkdir -p /data && chown node:node /data
VOLUME ["/data"]
USER node
EXPOSE 3000
# Liveness: GET /healthz on PORT (Slack HTTP mode) or HEALTH_PORT (set HEALTH_PORT=3000 for Socket Mode or Discord).
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.HEALTH_PORT||process.env.PORT)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "dist/main.js"]
