# syntax=docker/dockerfile:1
# MinIO server, built from upstream source (unmodified, AGPL-3.0).
#
# Why this file exists: MinIO's community edition has shipped as source only since October 2025, and
# its images are gone — Docker Hub removed minio/minio in September 2026 and quay.io/minio/minio no
# longer answers anonymous pulls. Upstream's README recommends `go install github.com/minio/minio`.
# This builds the last community release, RELEASE.2025-10-15T17-29-55Z, which also carries the fix for
# CVE-2025-62506 that the last published image (RELEASE.2025-09-07) lacks. The upstream repository is
# archived: there will be no further community releases.
#
# Where proxy.golang.org is unreachable (mainland China), set GOPROXY=https://goproxy.cn,direct in
# docker/.env. To use an image you already host instead, set PINGXUAN_MINIO_IMAGE; the compose health
# check runs curl inside it (this image and the former official images have curl).

ARG GO_IMAGE=golang:1.25-bookworm
ARG RUNTIME_IMAGE=debian:bookworm-slim

FROM ${GO_IMAGE} AS build
ARG MINIO_RELEASE=RELEASE.2025-10-15T17-29-55Z
ARG MINIO_VERSION=2025-10-15T17:29:55Z
ARG MINIO_COMMIT=9e49d5e7a648f00e26f2246f4dc28e6b07f8c84a
ARG GOPROXY=https://proxy.golang.org,direct
# the same version stamps upstream's Makefile (buildscripts/gen-ldflags.go) writes into release builds
RUN --mount=type=cache,target=/go/pkg/mod \
    --mount=type=cache,target=/root/.cache/go-build \
    short=$(printf '%.12s' "$MINIO_COMMIT") \
 && CGO_ENABLED=0 GOBIN=/out go install -trimpath -ldflags "-s -w \
      -X github.com/minio/minio/cmd.Version=${MINIO_VERSION} \
      -X github.com/minio/minio/cmd.CopyrightYear=2025 \
      -X github.com/minio/minio/cmd.ReleaseTag=${MINIO_RELEASE} \
      -X github.com/minio/minio/cmd.CommitID=${MINIO_COMMIT} \
      -X github.com/minio/minio/cmd.ShortCommitID=${short}" \
      "github.com/minio/minio@${MINIO_COMMIT}" \
 && /out/minio --version

FROM ${RUNTIME_IMAGE}
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ca-certificates curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --gid 10002 minio \
 && useradd --uid 10002 --gid minio --create-home --home-dir /home/minio --shell /usr/sbin/nologin minio \
 && mkdir -p /data \
 && chown minio:minio /data
COPY --from=build /out/minio /usr/local/bin/minio

LABEL org.opencontainers.image.title="MinIO (built from source, RELEASE.2025-10-15T17-29-55Z)" \
      org.opencontainers.image.licenses="AGPL-3.0-or-later" \
      org.opencontainers.image.source="https://github.com/minio/minio"

USER minio
VOLUME ["/data"]
EXPOSE 9000 9001
ENTRYPOINT ["/usr/local/bin/minio"]
CMD ["server", "/data", "--console-address", ":9001"]
