# The portal: the Vite build served by its small Node server, which also answers /config.json
# from the environment so one image works behind any URLs.
FROM node:20-bookworm AS build
WORKDIR /app
ENV NX_DAEMON=false NX_NO_CLOUD=true CI=true
COPY package.json package-lock.json ./
COPY tools ./tools
COPY prisma ./prisma
COPY libs/database/src/prisma-migrate-adapter.ts ./libs/database/src/prisma-migrate-adapter.ts
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx nx run portal:build --outputStyle=static

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
RUN npm prune --omit=dev --no-audit --no-fund
COPY --from=build /app/dist/apps/portal ./dist/apps/portal
USER node
CMD ["node", "/app/dist/apps/portal/server/main.js"]
