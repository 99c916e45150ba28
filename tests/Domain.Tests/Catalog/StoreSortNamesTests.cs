using Hexagon.Domain.Catalog;

namespace Hexagon.Domain.Tests.Catalog;

public sealed class StoreSortNamesTests
{
    [TestCase("distance", StoreSort.Distance)]
    [TestCase("likes", StoreSort.Likes)]
    [TestCase("rating", StoreSort.Rating)]
    [TestCase("reviews", StoreSort.Reviews)]
    public void Every_wire_name_round_trips(string name, StoreSort sort)
    {
        Assert.That(StoreSortNames.TryParse(name, out var parsed), Is.True);
        Assert.That(parsed, Is.EqualTo(sort));
        Assert.That(StoreSortNames.NameOf(sort), Is.EqualTo(name));
    }

    [TestCase("Distance")]
    [TestCase("popular")]
    [TestCase("")]
    public void Other_names_are_not_sorts(string name)
    {
        Assert.That(StoreSortNames.TryParse(name, out _), Is.False);
    }

    [Test]
    public void Only_distance_is_ascending()
    {
        Assert.That(Enum.GetValues<StoreSort>().Where(sort => sort.IsAscending()), Is.EqualTo(new[] { StoreSort.Distance }));
    }
}
