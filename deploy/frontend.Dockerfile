# Build context: the repository root (the SPA's API types come from openapi.yaml).
#   docker build -f deploy/frontend.Dockerfile .
#   docker build -f deploy/frontend.Dockerfile --build-arg VITE_KEYCLOAK_URL=https://bta-login.kommune.example .
# VITE_KEYCLOAK_URL is the browser's Keycloak address, built into the app and its CSP meta tag (Kubernetes: see
# deploy/kubernetes/README.md); the default is the compose demo's. The image's nginx sends the same origin in its CSP
# header (BTA_KEYCLOAK_PUBLIC_ORIGIN, filled into deploy/nginx.conf at start).
FROM node:20-alpine AS build
ARG VITE_KEYCLOAK_URL=http://localhost:8180
WORKDIR /src
COPY openapi.yaml ./
COPY frontend/package.json frontend/package-lock.json frontend/
RUN cd frontend && npm ci --no-audit --no-fund
COPY frontend frontend
RUN cd frontend && npm run build

# 1.27.3 or later: deploy/nginx.conf's upstreams look their servers up while running (`resolve`)
FROM nginx:1.28-alpine
ARG VITE_KEYCLOAK_URL=http://localhost:8180
ENV BTA_KEYCLOAK_PUBLIC_ORIGIN=${VITE_KEYCLOAK_URL}
COPY deploy/nginx.conf /etc/nginx/templates/default.conf.template
COPY --from=build /src/frontend/dist /usr/share/nginx/html
EXPOSE 80 8180
