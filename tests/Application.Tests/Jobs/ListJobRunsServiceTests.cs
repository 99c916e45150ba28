using Hexagon.Application.Errors;
using Hexagon.Application.Jobs.ListJobRuns;

namespace Hexagon.Application.Tests.Jobs;

public sealed class ListJobRunsServiceTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 1, 0, 0, 0, TimeSpan.Zero);

    private InMemoryJobRunLog _log = null!;
    private ListJobRunsService _service = null!;

    [SetUp]
    public void CreateService()
    {
        // NUnit runs every test of a fixture on one instance: each test gets a fresh log here.
        _log = new InMemoryJobRunLog();
        _service = new ListJobRunsService(_log);
    }

    [Test]
    public async Task First_page_is_the_newest_runs_with_a_cursor_to_the_next_page()
    {
        AddRuns(25);

        var result = await _service.ListAsync(new ListJobRunsQuery(Take: 10), CancellationToken.None);

        Assert.That(result.IsSuccess, Is.True);
        Assert.That(result.Value.Runs.Select(run => run.Id), Is.EqualTo(Enumerable.Range(16, 10).Reverse().Select(id => (long)id)));
        Assert.That(result.Value.HasNext, Is.True);
        Assert.That(result.Value.NextCursor, Is.EqualTo(16));
        Assert.That(result.Value.Take, Is.EqualTo(10));
    }

    [Test]
    public async Task Following_the_cursor_visits_every_run_once_and_the_last_page_has_no_cursor()
    {
        AddRuns(25);
        var seen = new List<long>();
        long? cursor = null;
        ListJobRunsResult page;
        do
        {
            page = (await _service.ListAsync(new ListJobRunsQuery(cursor, Take: 10), CancellationToken.None)).Value;
            seen.AddRange(page.Runs.Select(run => run.Id));
            cursor = page.NextCursor;
        }
        while (page.HasNext);

        Assert.That(seen, Is.EqualTo(Enumerable.Range(1, 25).Reverse().Select(id => (long)id)));
        Assert.That(page.NextCursor, Is.Null);
    }

    [Test]
    public async Task A_page_that_ends_exactly_on_the_last_run_says_there_is_no_next_page()
    {
        AddRuns(5);

        var result = await _service.ListAsync(new ListJobRunsQuery(Take: 5), CancellationToken.None);

        Assert.That(result.Value.Runs, Has.Count.EqualTo(5));
        Assert.That(result.Value.HasNext, Is.False);
        Assert.That(result.Value.NextCursor, Is.Null);
    }

    [Test]
    public async Task An_empty_log_is_an_empty_last_page()
    {
        var result = await _service.ListAsync(new ListJobRunsQuery(), CancellationToken.None);

        Assert.That(result.Value.Runs, Is.Empty);
        Assert.That(result.Value.HasNext, Is.False);
        Assert.That(result.Value.Take, Is.EqualTo(ListJobRunsQuery.DefaultTake));
    }

    [TestCase(0)]
    [TestCase(101)]
    [TestCase(-1)]
    public async Task Take_outside_1_to_100_is_a_validation_failure_on_take(int take)
    {
        var result = await _service.ListAsync(new ListJobRunsQuery(Take: take), CancellationToken.None);

        Assert.That(result.IsSuccess, Is.False);
        Assert.That(result.Error!.Code, Is.EqualTo(ErrorCatalog.ValidationFailed.Code));
        Assert.That(result.Error.FieldErrors!.Keys, Is.EquivalentTo(new[] { "take" }));
    }

    [Test]
    public async Task A_before_id_below_one_is_a_validation_failure_on_before_id()
    {
        var result = await _service.ListAsync(new ListJobRunsQuery(BeforeId: 0), CancellationToken.None);

        Assert.That(result.Error!.FieldErrors!.Keys, Is.EquivalentTo(new[] { "beforeId" }));
    }

    [Test]
    public async Task The_largest_page_is_accepted()
    {
        AddRuns(150);

        var result = await _service.ListAsync(new ListJobRunsQuery(Take: ListJobRunsQuery.MaxTake), CancellationToken.None);

        Assert.That(result.Value.Runs, Has.Count.EqualTo(100));
        Assert.That(result.Value.NextCursor, Is.EqualTo(51));
    }

    private void AddRuns(int count)
    {
        for (var i = 0; i < count; i++)
        {
            _log.Add(Start.AddMinutes(i));
        }
    }
}
