namespace Hexagon.Architecture.Tests;

/// <summary>The reference table of ARCHITECTURE.md: which Hexagon assemblies and which packages each layer may use.</summary>
internal static class ProjectReferenceRules
{
    public const string Domain = "Hexagon.Domain";
    public const string Application = "Hexagon.Application";
    public const string Web = "Hexagon.Adapters.Web";
    public const string Persistence = "Hexagon.Adapters.Persistence";
    public const string Payments = "Hexagon.Adapters.Payments";
    public const string Notifications = "Hexagon.Adapters.Notifications";
    public const string Bootstrap = "Hexagon.Bootstrap";

    public static readonly string[] Adapters = [Web, Persistence, Payments, Notifications];

    /// <summary>Hexagon assemblies each project may reference. Bootstrap, the composition root, may reference all.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> AllowedProjects = new Dictionary<string, string[]>
    {
        [Domain] = [],
        [Application] = [Domain],
        [Web] = [Application, Domain],
        [Persistence] = [Application, Domain],
        [Payments] = [Application, Domain],
        [Notifications] = [Application, Domain],
    };

    /// <summary>Packages (not projects, not the shared frameworks) the inner layers may depend on.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> AllowedPackages = new Dictionary<string, string[]>
    {
        [Domain] = [],
        [Application] = ["Microsoft.Extensions.Logging.Abstractions", "Microsoft.Extensions.Options"],
    };
}
