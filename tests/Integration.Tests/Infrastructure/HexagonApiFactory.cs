using Hexagon.Adapters.Web.Pipeline;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Hexagon.Integration.Tests.Infrastructure;

/// <summary>
/// The real service (Program) on a real Kestrel socket, against the real MariaDB and Redis, in the "Testing"
/// environment (not Development: the docs gate is on). Settings a test needs to change are passed in.
/// </summary>
public sealed class HexagonApiFactory : WebApplicationFactory<Program>
{
    public const string OperatorUser = "operator";
    public const string OperatorPassword = "test-operator-password";

    private readonly Dictionary<string, string?> _settings;
    private readonly List<IEndpointModule> _extraModules = [];

    public HexagonApiFactory(IDictionary<string, string?>? settings = null, string? database = null, string? redis = null)
    {
        _settings = new Dictionary<string, string?>
        {
            ["Database:ConnectionString"] = TestServers.ConnectionStringFor(database ?? TestServers.Database),
            ["Redis:Configuration"] = redis ?? TestServers.Redis,
            ["Docs:Username"] = OperatorUser,
            ["Docs:Password"] = OperatorPassword,
            ["Jwt:SigningKey"] = "integration-test-signing-key-0123456789-abcdefghijklmnop",
            ["TwoFactor:EncryptionKey"] = "aW50ZWdyYXRpb24tdGVzdC10b3RwLWtleS0wMTIzNDU=",
            ["Toss:BaseUrl"] = "http://127.0.0.1:9",
            ["Toss:SecretKey"] = "test_sk_integration",
            ["Jobs:Enabled"] = "false",
            ["RateLimits:PermitLimit"] = "100000",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:Console:FormatterName"] = "simple",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }

        UseKestrel(0);
    }

    /// <summary>The service collection as the composition root left it, for the composition tests.</summary>
    public IReadOnlyList<ServiceDescriptor> RegisteredServices { get; private set; } = [];

    /// <summary>Adds test-only endpoints, mapped through the same pipeline as the real ones.</summary>
    public HexagonApiFactory WithEndpoints(IEndpointModule module)
    {
        _extraModules.Add(module);
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            foreach (var module in _extraModules)
            {
                services.AddSingleton(module);
            }

            RegisteredServices = services.ToList();
        });
    }
}
