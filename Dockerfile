# The hoigraph binary on a small base; used by docker-compose.yml for the API
# and the one-shot loader.
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/hoigraph ./cmd/hoigraph

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/hoigraph /usr/local/bin/hoigraph
COPY --from=build /src/examples /data/examples
USER nonroot
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/hoigraph"]
CMD ["serve", "-listen", "0.0.0.0:8080"]
