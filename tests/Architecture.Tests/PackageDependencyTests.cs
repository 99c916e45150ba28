using System.Text.Json;

namespace Hexagon.Architecture.Tests;

/// <summary>
/// Checks declared dependencies, not only used ones: a package added to Domain's project file fails here even before
/// any code uses it. The dependency graph comes from this test assembly's deps.json, which the SDK writes from the
/// real project and package references.
/// </summary>
public sealed class PackageDependencyTests
{
    [TestCase(ProjectReferenceRules.Domain)]
    [TestCase(ProjectReferenceRules.Application)]
    public void Inner_layer_declares_only_allowed_dependencies(string project)
    {
        var allowed = ProjectReferenceRules.AllowedPackages[project].Concat(ProjectReferenceRules.AllowedProjects[project]);

        Assert.That(DeclaredDependencies(project), Is.SubsetOf(allowed), $"{project}'s project file gained a dependency");
    }

    [Test]
    public void Every_hexagon_project_appears_in_the_dependency_graph()
    {
        // Guards the test above against silently reading an empty graph.
        Assert.That(ProjectLibraries().Keys, Is.SupersetOf(ProjectReferenceRules.AllowedProjects.Keys.Append(ProjectReferenceRules.Bootstrap)));
    }

    private static IEnumerable<string> DeclaredDependencies(string project)
    {
        var libraries = ProjectLibraries();
        Assert.That(libraries, Does.ContainKey(project));
        return libraries[project].TryGetProperty("dependencies", out var dependencies)
            ? dependencies.EnumerateObject().Select(dependency => dependency.Name).ToList()
            : [];
    }

    private static Dictionary<string, JsonElement> ProjectLibraries()
    {
        var depsFile = Path.Combine(AppContext.BaseDirectory, typeof(PackageDependencyTests).Assembly.GetName().Name + ".deps.json");
        using var document = JsonDocument.Parse(File.ReadAllText(depsFile));
        var target = document.RootElement.GetProperty("targets").EnumerateObject().First().Value;
        var projectNames = document.RootElement.GetProperty("libraries").EnumerateObject()
            .Where(library => library.Value.GetProperty("type").GetString() == "project")
            .Select(library => library.Name)
            .ToHashSet();
        return target.EnumerateObject()
            .Where(library => projectNames.Contains(library.Name))
            .ToDictionary(library => library.Name.Split('/')[0], library => library.Value.Clone());
    }
}
