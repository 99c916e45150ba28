namespace Hexagon.Application.Health.CheckReadiness;

public sealed record ReadinessReport(bool Ready, IReadOnlyList<DependencyStatus> Dependencies);

public sealed record DependencyStatus(string Name, bool Ready);
