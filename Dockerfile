# Multi-stage build for the customer's servers. PostgreSQL runs in its own container
# (see docker-compose.yml); the app reads DATABASE_URL and serves the web app and the API on 3000.
# tools/scripts/docker-check.mjs runs these build commands without a docker engine.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
ENV NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false
RUN npx nx run-many -t build -p api web --configuration=production --outputStyle=static
# Brotli and gzip copies of the web app's files, sent to browsers that accept them
RUN node tools/scripts/precompress.mjs dist/apps/web/browser

FROM node:20-bookworm-slim AS runtime
# NODE_OPTIONS: the API's heap ceiling (as in tools/scripts/start.mjs); V8 collects rather than
# grows past it, so the container's memory stays bounded under load. Raise it with the variable.
ENV NODE_ENV=production PORT=3000 WEB_DIST=/app/web SEED_DATA_DIR=/app/seed-data NODE_OPTIONS=--max-old-space-size=256
WORKDIR /app
COPY --from=build /app/dist/apps/api/package.json /app/dist/apps/api/package-lock.json ./
RUN npm install --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist/apps/api ./
COPY --from=build /app/dist/apps/web/browser ./web
COPY --from=build /app/tools/seed-data ./seed-data
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s CMD node -e "fetch('http://127.0.0.1:3000/api/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "--enable-source-maps", "main.js"]
