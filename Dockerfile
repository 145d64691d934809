# syntax=docker/dockerfile:1
# Multi-stage build: compile with dev dependencies, run with production dependencies only, as a non-root user.
# Node 24, the active LTS (Node 20 reached its end of life in April 2026); CI runs the suite on this
# exact release too (scripts/ci/with-node.sh), as well as on Node 20.
ARG NODE_VERSION=24.22.3

FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
# postinstall applies patches/ (postgres.js fix for database restarts, see patches/README.md).
COPY patches ./patches
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY db ./db
RUN npx tsc -p tsconfig.build.json

FROM node:${NODE_VERSION}-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=4000 \
    HOST=0.0.0.0
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
COPY patches ./patches
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
# The migrator reads the SQL migrations at start-up: they ship beside dist/.
COPY db/migrations ./db/migrations
# The app's trusted documents (issue 14), read at start-up: found by walking up from dist/ to the folder holding schema/.
COPY schema/trusted-documents.json ./schema/trusted-documents.json
# The consumers' example operations: their names are the operation labels of /metrics (docs/operations.md).
COPY examples ./examples
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "--enable-source-maps", "dist/src/server.js"]
