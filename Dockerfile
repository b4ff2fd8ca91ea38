# Regie image: the api, the projector (PROJECTOR_ONLY=true) and the `regie` command line, on Node 22 LTS.
#   docker build -t regie .
#   docker run --rm regie regie --help

# All dependencies, dev included, to build with. Scripts stay off: `prepare` builds, and needs the sources.
FROM node:22-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund

# dist/: api, projector and cli compiled by SWC, and the web app built by Vite into dist/web (tools/build).
FROM deps AS build
COPY . .
RUN npm run build

# Production dependencies and the build output only, run as the unprivileged node user.
FROM node:22-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
# `regie` on the PATH (migrate, rebuild, retention, forget-person, audit-export), and a data directory that node may
# write for EVENT_STORE=embedded (DATA_DIR defaults to ./data; mount a volume there to keep it).
RUN ln -s /app/dist/apps/cli/src/main.js /usr/local/bin/regie \
  && mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 3000
# The api and the projector process both answer /health/live on PORT.
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://localhost:' + (process.env.PORT || 3000) + '/health/live').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/apps/api/src/main.js"]
