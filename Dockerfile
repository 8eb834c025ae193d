# Build with the .NET SDK, run as an unprivileged user. The published site carries its own runtime, compiled
# ahead of time with the site into one ReadyToRun image (start-up, bench/RESULTS.md): the runtime-deps image
# holds only what that runtime needs from the system.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish OrchardSite -c Release -o /app

FROM mcr.microsoft.com/dotnet/runtime-deps:10.0
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    ConnectionStrings__Claro="Data Source=/app/App_Data/claro.db"
RUN mkdir -p /app/App_Data && chown -R app:app /app/App_Data
USER app
VOLUME /app/App_Data
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s CMD ["./OrchardSite", "healthcheck", "http://127.0.0.1:8080/health"]
ENTRYPOINT ["./OrchardSite"]
