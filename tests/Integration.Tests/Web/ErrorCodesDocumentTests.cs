using Hexagon.Adapters.Web.Errors;
using Hexagon.Application.Errors;

namespace Hexagon.Integration.Tests.Web;

/// <summary>docs/ERROR_CODES.md is what the app team reads: it must list exactly the catalog, with the statuses we answer.</summary>
public sealed class ErrorCodesDocumentTests
{
    [Test]
    public void The_document_lists_exactly_the_catalog()
    {
        var expected = ErrorCatalog.All
            .Select(error => $"| {error.Code} | {error.Kind} | {ErrorStatusCodes.For(error)} | {error.Message} |")
            .ToList();
        var documented = File.ReadAllLines(Path.Combine(RepositoryRoot(), "docs", "ERROR_CODES.md"))
            .Where(line => line.Length > 6 && line.StartsWith("| ", StringComparison.Ordinal) && char.IsAsciiDigit(line[2]))
            .ToList();

        Assert.That(documented, Is.EqualTo(expected),
            "docs/ERROR_CODES.md drifted from ErrorCatalog. Expected rows:\n" + string.Join('\n', expected));
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Hexagon.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Hexagon.sln not found above " + AppContext.BaseDirectory);
    }
}
