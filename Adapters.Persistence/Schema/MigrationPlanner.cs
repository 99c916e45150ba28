using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Hexagon.Adapters.Persistence.Schema;

/// <summary>
/// The pure half of the migration runner: validates file names, orders files by version, and compares them with
/// what the database recorded. No database, so every rule here is unit-tested.
/// </summary>
public static partial class MigrationPlanner
{
    /// <summary>
    /// Parses and orders the shipped files. Names are <c>NNNN_words.sql</c>: at least four digits, then letters,
    /// digits, '_' or '-'. Order is by the number, not the text, so <c>10000_x</c> comes after <c>9999_y</c>.
    /// </summary>
    /// <exception cref="InvalidMigrationException">A name breaks the pattern, or two files share a version.</exception>
    public static IReadOnlyList<MigrationScript> Parse(IEnumerable<MigrationFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var scripts = new List<MigrationScript>();
        foreach (var file in files)
        {
            var match = FileNamePattern().Match(file.FileName);
            if (!match.Success
                || !int.TryParse(match.Groups["version"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var version)
                || version == 0)
            {
                throw new InvalidMigrationException(
                    $"Migration file '{file.FileName}' is not named NNNN_description.sql (a version of at least four digits, above zero).");
            }

            var normalized = MigrationChecksum.Normalize(file.Content.Span);
            scripts.Add(new MigrationScript(version, file.FileName, MigrationChecksum.Compute(file.Content.Span), Encoding.UTF8.GetString(normalized)));
        }

        var duplicates = scripts.GroupBy(script => script.Version).Where(group => group.Count() > 1).ToList();
        if (duplicates.Count > 0)
        {
            var names = duplicates.Select(group => string.Join(" and ", group.Select(script => $"'{script.FileName}'").Order(StringComparer.Ordinal)));
            throw new InvalidMigrationException($"Migration versions must be unique: {string.Join("; ", names)} share a version.");
        }

        return scripts.OrderBy(script => script.Version).ToList();
    }

    /// <summary>Decides, for each script, whether it runs or is skipped.</summary>
    /// <exception cref="AppliedMigrationChangedException">An applied migration's file now has another checksum or name.</exception>
    public static MigrationPlan Plan(IReadOnlyList<MigrationScript> scripts, IEnumerable<AppliedMigration> applied)
    {
        ArgumentNullException.ThrowIfNull(scripts);
        ArgumentNullException.ThrowIfNull(applied);
        var appliedByVersion = applied.ToDictionary(migration => migration.Version);
        var pending = new List<MigrationScript>();
        var alreadyApplied = new List<MigrationScript>();
        var changed = new List<string>();
        foreach (var script in scripts)
        {
            if (!appliedByVersion.TryGetValue(script.Version, out var recorded))
            {
                // Also a version below the highest applied one (two branches merged late): it still runs, in order.
                pending.Add(script);
            }
            else if (recorded.Name != script.FileName)
            {
                changed.Add($"version {script.Version} was applied as '{recorded.Name}' but the file is now '{script.FileName}'");
            }
            else if (!string.Equals(recorded.Checksum, script.Checksum, StringComparison.OrdinalIgnoreCase))
            {
                changed.Add($"'{script.FileName}' was changed after it was applied (checksum {recorded.Checksum} recorded, {script.Checksum} now)");
            }
            else
            {
                alreadyApplied.Add(script);
            }
        }

        if (changed.Count > 0)
        {
            throw new AppliedMigrationChangedException(
                $"Refusing to start: {string.Join("; ", changed)}. Restore the applied file and put the change in a new migration.");
        }

        var shipped = scripts.Select(script => script.Version).ToHashSet();
        var unknown = appliedByVersion.Values.Where(migration => !shipped.Contains(migration.Version)).OrderBy(migration => migration.Version).ToList();
        return new MigrationPlan(pending, alreadyApplied, unknown);
    }

    [GeneratedRegex(@"^(?<version>[0-9]{4,9})_[A-Za-z0-9][A-Za-z0-9_\-]*\.sql$", RegexOptions.CultureInvariant)]
    private static partial Regex FileNamePattern();
}
