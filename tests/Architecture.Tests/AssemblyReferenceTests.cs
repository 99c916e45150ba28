using System.Reflection;
using System.Runtime.InteropServices;

namespace Hexagon.Architecture.Tests;

/// <summary>Checks the compiled assemblies' real references (what the IL uses) against the reference table.</summary>
public sealed class AssemblyReferenceTests
{
    private static readonly string RuntimeDirectory = Path.GetFullPath(RuntimeEnvironment.GetRuntimeDirectory());

    [TestCase(ProjectReferenceRules.Domain)]
    [TestCase(ProjectReferenceRules.Application)]
    [TestCase(ProjectReferenceRules.Web)]
    [TestCase(ProjectReferenceRules.Persistence)]
    [TestCase(ProjectReferenceRules.Payments)]
    [TestCase(ProjectReferenceRules.Notifications)]
    public void Project_references_only_the_hexagon_assemblies_the_table_allows(string project)
    {
        var hexagonReferences = ReferencedNames(project).Where(name => name.StartsWith("Hexagon.", StringComparison.Ordinal));

        Assert.That(hexagonReferences, Is.SubsetOf(ProjectReferenceRules.AllowedProjects[project]),
            $"{project} references a project ARCHITECTURE.md does not allow");
    }

    [TestCase(ProjectReferenceRules.Domain)]
    public void Domain_uses_nothing_but_the_base_class_library(string project)
    {
        var outsideTheRuntime = ReferencedNames(project).Where(name => !IsBaseClassLibrary(name));

        Assert.That(outsideTheRuntime, Is.Empty, $"{project} must stay framework-free");
    }

    [Test]
    public void Application_uses_only_the_base_class_library_the_domain_and_the_allowed_abstractions()
    {
        var allowed = ProjectReferenceRules.AllowedPackages[ProjectReferenceRules.Application].Append(ProjectReferenceRules.Domain);
        var outside = ReferencedNames(ProjectReferenceRules.Application)
            .Where(name => !IsBaseClassLibrary(name))
            .Where(name => !allowed.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal)));

        Assert.That(outside, Is.Empty, "Application may not use ASP.NET, a database driver or an adapter");
    }

    [Test]
    public void No_adapter_references_the_composition_root()
    {
        foreach (var adapter in ProjectReferenceRules.Adapters)
        {
            Assert.That(ReferencedNames(adapter), Has.No.Member(ProjectReferenceRules.Bootstrap), adapter);
        }
    }

    private static IEnumerable<string> ReferencedNames(string assemblyName) =>
        Assembly.Load(assemblyName).GetReferencedAssemblies().Select(reference => reference.Name!);

    // A base-class-library assembly is one the .NET runtime itself ships (System.Runtime, System.Linq, ...).
    private static bool IsBaseClassLibrary(string assemblyName) =>
        File.Exists(Path.Combine(RuntimeDirectory, assemblyName + ".dll")) || assemblyName is "netstandard" or "mscorlib";
}
