# One image recipe for the Node services (center, node, dev-idp): build with --build-arg APP=<name>.
# Stage 1 installs and builds; stage 2 carries only the bundle, production dependencies and migrations.
FROM node:20-bookworm AS build
WORKDIR /app
ENV NX_DAEMON=false NX_NO_CLOUD=true CI=true
COPY package.json package-lock.json ./
COPY tools ./tools
COPY prisma ./prisma
COPY libs/database/src/prisma-migrate-adapter.ts ./libs/database/src/prisma-migrate-adapter.ts
RUN npm ci --no-audit --no-fund
COPY . .
ARG APP
RUN node tools/build-node-app.cjs "${APP}"

FROM node:20-bookworm-slim AS runtime
ARG APP
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
RUN npm prune --omit=dev --no-audit --no-fund
COPY --from=build /app/prisma ./prisma
COPY --from=build /app/dist/apps/${APP} ./dist/apps/${APP}
RUN ln -s /app/dist/apps/${APP}/main.js /app/main.js
USER node
CMD ["node", "--enable-source-maps", "/app/main.js"]
