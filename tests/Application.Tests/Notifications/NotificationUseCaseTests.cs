using Hexagon.Application.Notifications.CountUnreadNotifications;
using Hexagon.Application.Notifications.ListNotifications;
using Hexagon.Application.Notifications.MarkNotificationRead;
using Hexagon.Application.Tests.Notifications.Fakes;

namespace Hexagon.Application.Tests.Notifications;

public sealed class NotificationUseCaseTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 3, 0, 0, TimeSpan.Zero);

    private InMemoryNotificationRepository _notifications = null!;

    [SetUp]
    public void EmptyRepository() => _notifications = new InMemoryNotificationRepository();

    [Test]
    public async Task The_list_pages_newest_first_and_the_cursor_leads_to_the_rest()
    {
        for (var i = 1; i <= 5; i++)
        {
            _notifications.Add(7, "ORDER_PAID", $"ORD-{i}", Now.AddMinutes(i));
        }

        _notifications.Add(8, "ORDER_PAID", "ORD-X", Now);
        var service = new ListNotificationsService(_notifications);

        var first = (await service.ListAsync(new ListNotificationsQuery(7, null, 3), CancellationToken.None)).Value;
        var second = (await service.ListAsync(new ListNotificationsQuery(7, first.NextCursor, 3), CancellationToken.None)).Value;

        Assert.That(first.Notifications.Select(n => n.OrderNo), Is.EqualTo(new[] { "ORD-5", "ORD-4", "ORD-3" }));
        Assert.That(first.HasNext, Is.True);
        Assert.That(second.Notifications.Select(n => n.OrderNo), Is.EqualTo(new[] { "ORD-2", "ORD-1" }));
        Assert.That((second.HasNext, second.NextCursor), Is.EqualTo((false, (string?)null)));
    }

    [Test]
    public async Task Another_customers_cursor_is_refused()
    {
        _notifications.Add(7, "ORDER_PAID", "ORD-1", Now);
        _notifications.Add(7, "ORDER_PAID", "ORD-2", Now);
        var service = new ListNotificationsService(_notifications);
        var cursor = (await service.ListAsync(new ListNotificationsQuery(7, null, 1), CancellationToken.None)).Value.NextCursor;

        var result = await service.ListAsync(new ListNotificationsQuery(8, cursor, 1), CancellationToken.None);

        Assert.That(result.Error?.Code, Is.EqualTo("7002"));
    }

    [TestCase(0)]
    [TestCase(51)]
    public async Task A_take_out_of_range_is_a_validation_error(int take)
    {
        var result = await new ListNotificationsService(_notifications).ListAsync(new ListNotificationsQuery(7, null, take), CancellationToken.None);

        Assert.That(result.Error?.Code, Is.EqualTo("1111"));
        Assert.That(result.Error?.FieldErrors?.Keys, Is.EqualTo(new[] { "take" }));
    }

    [Test]
    public async Task Marking_read_is_idempotent_and_keeps_the_first_read_time()
    {
        var notification = _notifications.Add(7, "ORDER_PAID", "ORD-1", Now);
        var clock = new Jobs.ManualTimeProvider(Now.AddMinutes(1));
        var service = new MarkNotificationReadService(_notifications, clock);

        var first = await service.MarkReadAsync(new MarkNotificationReadCommand(7, notification.Id), CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(5));
        var again = await service.MarkReadAsync(new MarkNotificationReadCommand(7, notification.Id), CancellationToken.None);

        Assert.That((first.IsSuccess, again.IsSuccess), Is.EqualTo((true, true)));
        Assert.That(_notifications.Rows.Single().ReadAt, Is.EqualTo(Now.AddMinutes(1)));
        Assert.That(await new CountUnreadNotificationsService(_notifications).CountAsync(7, CancellationToken.None), Is.Zero);
    }

    [Test]
    public async Task Someone_elses_notification_is_not_found()
    {
        var notification = _notifications.Add(7, "ORDER_PAID", "ORD-1", Now);

        var result = await new MarkNotificationReadService(_notifications, new StoppedClock(Now)).MarkReadAsync(
            new MarkNotificationReadCommand(8, notification.Id), CancellationToken.None);

        Assert.That(result.Error?.Code, Is.EqualTo("7001"));
        Assert.That(_notifications.Rows.Single().ReadAt, Is.Null);
    }

    [Test]
    public async Task The_unread_count_counts_only_the_callers_unread_notifications()
    {
        _notifications.Add(7, "ORDER_PAID", "ORD-1", Now);
        _notifications.Add(7, "ORDER_PAID", "ORD-2", Now, readAt: Now);
        _notifications.Add(7, "ORDER_ACCEPTED", "ORD-1", Now);
        _notifications.Add(8, "ORDER_PAID", "ORD-3", Now);

        Assert.That(await new CountUnreadNotificationsService(_notifications).CountAsync(7, CancellationToken.None), Is.EqualTo(2));
    }
}
