using Hexagon.Adapters.Web;
using Hexagon.Adapters.Web.Configuration;
using Hexagon.Adapters.Web.Docs;
using Hexagon.Adapters.Web.Errors;
using Hexagon.Adapters.Web.Health;
using Hexagon.Adapters.Web.Identity.Authorization;
using Hexagon.Adapters.Web.Identity.Bearer;
using Hexagon.Adapters.Web.Pipeline;
using Hexagon.Adapters.Web.RateLimiting;
using Hexagon.Adapters.Web.Security;
using Hexagon.Application.Errors;
using Hexagon.Application.Health.CheckReadiness;
using Hexagon.Application.Health.Ports;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Hexagon.Bootstrap.Composition;

/// <summary>Builds the HTTP adapter: options, error handling, limits, auth schemes, OpenAPI and the endpoint modules.</summary>
public static class WebRegistration
{
    public static IServiceCollection AddHexagonWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<HttpOptions>(configuration, HttpOptions.Section);
        services.AddValidatedOptions<RateLimitOptions>(configuration, RateLimitOptions.Section);
        services.AddValidatedOptions<DocsOptions>(configuration, DocsOptions.Section);
        services.AddValidatedOptions<JwtOptions>(configuration, JwtOptions.Section);

        services.ConfigureHttpJsonOptions(options => WebJson.Configure(options.SerializerOptions));
        services.AddSingleton<IExceptionHandler>(sp => new UnhandledExceptionHandler(sp.GetRequiredService<ILogger<UnhandledExceptionHandler>>()));
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<HttpOptions>>((kestrel, http) =>
        {
            kestrel.Limits.MaxRequestBodySize = http.Value.MaxRequestBodyBytes;
            kestrel.AddServerHeader = false;
        });
        services.AddRequestTimeouts();
        services.AddOptions<RequestTimeoutOptions>().Configure<IOptions<HttpOptions>>((timeouts, http) =>
            timeouts.DefaultPolicy = new RequestTimeoutPolicy
            {
                Timeout = TimeSpan.FromSeconds(http.Value.RequestTimeoutSeconds),
                TimeoutStatusCode = StatusCodes.Status504GatewayTimeout,
                WriteTimeoutResponse = context => new ProblemResult(ErrorCatalog.RequestTimedOut, StatusCodes.Status504GatewayTimeout).ExecuteAsync(context),
            });
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((limiter, limits) => RateLimitPolicies.Configure(limiter, limits.Value));
        services.AddCors();
        services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>().Configure<IOptions<HttpOptions>>((cors, http) =>
            cors.AddDefaultPolicy(policy => policy.WithOrigins(http.Value.CorsAllowedOrigins).AllowAnyHeader().AllowAnyMethod().WithExposedHeaders("X-Trace-Id")));

        // Bearer (the app's access tokens) is the default; operator Basic auth stays for the API docs.
        services.AddAuthentication(BearerAuthentication.Scheme)
            .AddHexagonBearer()
            .AddScheme<AuthenticationSchemeOptions, OperatorBasicAuthenticationHandler>(OperatorAuthentication.Scheme, displayName: null, _ => { });
        services.AddAuthorizationBuilder()
            .AddPolicy(OperatorAuthentication.Policy, policy => policy.AddAuthenticationSchemes(OperatorAuthentication.Scheme).RequireAuthenticatedUser())
            .AddHexagonPolicies();
        services.AddOpenApi(options =>
        {
            var bearer = new BearerSecurityTransformer();
            options.AddDocumentTransformer(bearer);
            options.AddOperationTransformer(bearer);
        });

        services.AddSingleton<ICheckReadiness>(sp => new CheckReadinessService(sp.GetServices<IReadinessProbe>().ToList()));
        services.AddSingleton<IEndpointModule>(_ => new HealthEndpoints());
        return services;
    }
}
