using System.Text.RegularExpressions;
using Hexagon.Adapters.Persistence.Schema;

namespace Hexagon.Integration.Tests.Persistence;

/// <summary>Rules for the .sql files in Adapters.Persistence/Migrations, checked on what the assembly really embeds.</summary>
public sealed partial class ShippedMigrationsTests
{
    private static IReadOnlyList<MigrationScript> Shipped() => MigrationPlanner.Parse(new EmbeddedMigrationSource().Load());

    [Test]
    public void The_embedded_files_are_valid_and_start_with_the_baseline()
    {
        var scripts = Shipped();

        Assert.That(scripts, Is.Not.Empty);
        Assert.That(scripts[0].FileName, Is.EqualTo("0001_baseline.sql"));
        Assert.That(scripts.Select(script => script.Version), Is.Ordered.Ascending.And.Unique);
    }

    [Test]
    public void Every_table_spells_out_engine_charset_and_collation()
    {
        // MySQL 8 defaults to utf8mb4_0900_ai_ci, MariaDB to utf8mb4_general_ci: a table that relies on the default
        // compares text differently in production than in tests.
        var tables = Shipped()
            .SelectMany(script => CreateTable().Matches(WithoutCommentsAndStrings().Replace(script.Sql, ""))
                .Select(match => (script.FileName, Statement: match.Value)))
            .ToList();

        Assert.That(tables, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var (fileName, statement) in tables)
            {
                Assert.That(statement, Does.Contain("ENGINE=InnoDB").And.Contain("CHARSET=utf8mb4").And.Contain("COLLATE=utf8mb4_unicode_ci"), fileName);
            }
        });
    }

    [GeneratedRegex(@"CREATE\s+TABLE[^;]*;", RegexOptions.IgnoreCase)]
    private static partial Regex CreateTable();

    // A ';' inside a comment or a COMMENT '...' string does not end a statement.
    [GeneratedRegex(@"--[^\n]*|'(?:[^'\\]|\\.|'')*'")]
    private static partial Regex WithoutCommentsAndStrings();
}
