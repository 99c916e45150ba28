using Hexagon.Adapters.Persistence.Schema;

namespace Hexagon.Integration.Tests.Persistence;

public sealed class MigrationPlannerTests
{
    private static MigrationFile File(string name, string sql = "SELECT 1;") => MigrationFile.FromText(name, sql);

    private static AppliedMigration AppliedAs(MigrationScript script) => new(script.Version, script.FileName, script.Checksum);

    [Test]
    public void Orders_by_the_number_not_the_text()
    {
        var scripts = MigrationPlanner.Parse([File("0010_ten.sql"), File("10000_big.sql"), File("0009_nine.sql"), File("9999_last.sql"), File("0001_first.sql")]);

        Assert.That(scripts.Select(script => script.Version), Is.EqualTo(new[] { 1, 9, 10, 9999, 10000 }));
        Assert.That(scripts.Select(script => script.FileName).First(), Is.EqualTo("0001_first.sql"));
    }

    [Test]
    public void A_duplicate_number_is_rejected_naming_both_files()
    {
        var exception = Assert.Throws<InvalidMigrationException>(() => MigrationPlanner.Parse([File("0002_orders.sql"), File("0002_stores.sql"), File("0001_a.sql")]));

        Assert.That(exception!.Message, Does.Contain("0002_orders.sql").And.Contain("0002_stores.sql"));
    }

    [Test]
    public void A_duplicate_number_written_differently_is_still_a_duplicate()
    {
        Assert.Throws<InvalidMigrationException>(() => MigrationPlanner.Parse([File("0002_a.sql"), File("00002_b.sql")]));
    }

    [TestCase("baseline.sql")]
    [TestCase("001_three_digits.sql")]
    [TestCase("0001-dash.sql")]
    [TestCase("0001_.sql")]
    [TestCase("0001_baseline.SQL")]
    [TestCase("0001_baseline.sql.bak")]
    [TestCase("0001_white space.sql")]
    [TestCase("0000_zero.sql")]
    [TestCase("V0001_flyway_style.sql")]
    public void A_bad_file_name_is_rejected(string name)
    {
        var exception = Assert.Throws<InvalidMigrationException>(() => MigrationPlanner.Parse([File("0001_ok.sql"), File(name)]));

        Assert.That(exception!.Message, Does.Contain(name));
    }

    [Test]
    public void Crlf_and_lf_files_have_the_same_checksum_and_a_bom_does_not_count()
    {
        var lf = MigrationChecksum.Compute("CREATE TABLE a (id INT);\nINSERT INTO a VALUES (1);\n"u8);
        var crlf = MigrationChecksum.Compute("CREATE TABLE a (id INT);\r\nINSERT INTO a VALUES (1);\r\n"u8);
        var bom = MigrationChecksum.Compute([0xEF, 0xBB, 0xBF, .. "CREATE TABLE a (id INT);\nINSERT INTO a VALUES (1);\n"u8]);
        var edited = MigrationChecksum.Compute("CREATE TABLE a (id BIGINT);\nINSERT INTO a VALUES (1);\n"u8);

        Assert.That(crlf, Is.EqualTo(lf));
        Assert.That(bom, Is.EqualTo(lf));
        Assert.That(edited, Is.Not.EqualTo(lf));
        Assert.That(lf, Does.Match("^[0-9a-f]{64}$"));
    }

    [Test]
    public void The_checksum_is_the_sha256_of_the_lf_text()
    {
        // sha256("SELECT 1;\n"), computed independently with sha256sum.
        Assert.That(MigrationChecksum.Compute("SELECT 1;\r\n"u8), Is.EqualTo("b4e0497804e46e0a0b0b8c31975b062152d551bac49c3c2e80932567b4085dcd"));
    }

    [Test]
    public void Nothing_applied_means_everything_is_pending_in_order()
    {
        var scripts = MigrationPlanner.Parse([File("0002_b.sql"), File("0001_a.sql")]);

        var plan = MigrationPlanner.Plan(scripts, []);

        Assert.That(plan.Pending.Select(script => script.FileName), Is.EqualTo(new[] { "0001_a.sql", "0002_b.sql" }));
        Assert.That(plan.AlreadyApplied, Is.Empty);
    }

    [Test]
    public void Applied_and_unchanged_is_skipped()
    {
        var scripts = MigrationPlanner.Parse([File("0001_a.sql"), File("0002_b.sql"), File("0003_c.sql")]);

        var plan = MigrationPlanner.Plan(scripts, [AppliedAs(scripts[0]), AppliedAs(scripts[1])]);

        Assert.That(plan.AlreadyApplied.Select(script => script.Version), Is.EqualTo(new[] { 1, 2 }));
        Assert.That(plan.Pending.Select(script => script.Version), Is.EqualTo(new[] { 3 }));
        Assert.That(plan.IsUpToDate, Is.False);
    }

    [Test]
    public void An_applied_file_saved_with_crlf_is_still_unchanged()
    {
        var applied = MigrationPlanner.Parse([File("0001_a.sql", "CREATE TABLE a (id INT);\n")]);
        var checkedOutOnWindows = MigrationPlanner.Parse([File("0001_a.sql", "CREATE TABLE a (id INT);\r\n")]);

        var plan = MigrationPlanner.Plan(checkedOutOnWindows, [AppliedAs(applied[0])]);

        Assert.That(plan.IsUpToDate, Is.True);
    }

    [Test]
    public void A_changed_applied_file_is_refused_by_name_and_nothing_is_planned()
    {
        var original = MigrationPlanner.Parse([File("0001_a.sql", "CREATE TABLE a (id INT);")]);
        var edited = MigrationPlanner.Parse([File("0001_a.sql", "CREATE TABLE a (id BIGINT);"), File("0002_b.sql")]);

        var exception = Assert.Throws<AppliedMigrationChangedException>(() => MigrationPlanner.Plan(edited, [AppliedAs(original[0])]));

        Assert.That(exception!.Message, Does.Contain("0001_a.sql").And.Contain(original[0].Checksum));
    }

    [Test]
    public void A_renamed_applied_file_is_refused()
    {
        var original = MigrationPlanner.Parse([File("0001_a.sql")]);
        var renamed = MigrationPlanner.Parse([File("0001_b.sql")]);

        var exception = Assert.Throws<AppliedMigrationChangedException>(() => MigrationPlanner.Plan(renamed, [AppliedAs(original[0])]));

        Assert.That(exception!.Message, Does.Contain("0001_a.sql").And.Contain("0001_b.sql"));
    }

    [Test]
    public void A_late_lower_version_still_runs_and_a_newer_builds_version_is_tolerated()
    {
        var scripts = MigrationPlanner.Parse([File("0001_a.sql"), File("0002_late.sql"), File("0003_c.sql")]);
        var fromNewerBuild = new AppliedMigration(4, "0004_newer.sql", new string('0', 64));

        var plan = MigrationPlanner.Plan(scripts, [AppliedAs(scripts[0]), AppliedAs(scripts[2]), fromNewerBuild]);

        Assert.That(plan.Pending.Select(script => script.Version), Is.EqualTo(new[] { 2 }));
        Assert.That(plan.Unknown, Is.EqualTo(new[] { fromNewerBuild }));
    }

    [Test]
    public void The_sql_text_is_the_normalised_file()
    {
        var script = MigrationPlanner.Parse([new MigrationFile("0001_a.sql", (byte[])[0xEF, 0xBB, 0xBF, .. "SELECT '한글';\r\n"u8])]).Single();

        Assert.That(script.Sql, Is.EqualTo("SELECT '한글';\n"));
    }
}
