# Build from the repository root (the build context must hold src/, wwwroot/ and posts/):
#   docker build -t site .
#   docker run --rm -p 8080:8080 site
# The posts are baked in at /app/posts. To serve other posts without rebuilding, mount a folder over them:
#   docker run --rm -p 8080:8080 -v "$PWD/posts:/app/posts:ro" site
# or mount it elsewhere and point the site at it with Site__PostsPath:
#   docker run --rm -p 8080:8080 -v "$PWD/posts:/data/posts:ro" -e Site__PostsPath=/data/posts site
# At run time it writes only resized images, into /tmp/site-images (Site__CachePath), so it can run on a read-only file
# system given a tmpfs for /tmp, or a volume that keeps the images across restarts:
#   docker run --rm --read-only --tmpfs /tmp -p 8080:8080 site
#   docker run --rm --read-only -v site-images:/images -e Site__CachePath=/images -p 8080:8080 site
# tests/Site.Tests/Deployment reads this file and replays its publish, ENV, USER and HEALTHCHECK: keep them in this form.

# Pinned to exact versions (the SDK and runtime the tests run on, the Node of the development machines), so that a
# rebuild gets the same bases.

# The math typesetter's script, temml, comes from npm as package-lock.json pins it; the .NET SDK image has no Node.
FROM node:20.20.2-bookworm-slim AS math
WORKDIR /src/src/Site.Content
COPY src/Site.Content/package.json src/Site.Content/package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM mcr.microsoft.com/dotnet/sdk:10.0.401 AS build
WORKDIR /src

# Restore in its own layer, so that changing code or posts does not download the packages again.
# The build's own settings (analyzers, package versions, the SDK band) come first: the restore and build read them.
COPY .editorconfig Directory.Build.props Directory.Packages.props global.json Site.sln ./
COPY src/Site/Site.csproj src/Site/
COPY src/Site.Content/Site.Content.csproj src/Site.Content/
RUN dotnet restore src/Site/Site.csproj

# wwwroot/ and posts/ live at the repository root and are linked in by the csproj: without them the publish
# still succeeds, with no CSS and no posts.
COPY src/ src/
# Where Site.Content.csproj looks for temml before it would run npm itself, and copies it into the publish output.
COPY --from=math /src/src/Site.Content/node_modules/temml/dist/temml.min.js src/Site.Content/node_modules/temml/dist/
COPY --from=math /src/src/Site.Content/node_modules/temml/LICENSE src/Site.Content/node_modules/temml/
COPY wwwroot/ wwwroot/
COPY posts/ posts/
RUN dotnet publish src/Site/Site.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0.12 AS runtime
WORKDIR /app
COPY --from=build /app .

ENV ASPNETCORE_HTTP_PORTS=8080
ENV ASPNETCORE_ENVIRONMENT=Production
ENV DOTNET_ENVIRONMENT=Production
EXPOSE 8080

# The non-root user (uid 1654) that the aspnet image provides.
USER $APP_UID

# The app's own verb asks /healthz on the loopback port: the image needs no curl.
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 CMD ["dotnet", "Site.dll", "healthcheck"]

ENTRYPOINT ["dotnet", "Site.dll"]
