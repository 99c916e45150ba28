using System.Net;
using Hexagon.Integration.Tests.Web;

namespace Hexagon.Integration.Tests.Outbox;

/// <summary>POST /admin/v1/outbox/{id}/requeue through the real pipeline, use case and MySQL adapter.</summary>
public sealed class OutboxRequeueEndpointTests : OutboxApiFixture
{
    [Test]
    public async Task A_requeued_dead_letter_is_pending_again_due_now_with_its_attempts_reset()
    {
        var id = await InsertAsync("payment.refund", "DEAD", "{}", "Toss 503");
        var before = DateTime.UtcNow.AddSeconds(-1);

        using var body = await SendOkAsync("POST", $"/admin/v1/outbox/{id}/requeue");

        var row = (await Database.QueryAsync<OutboxRow>(OutboxRow.Select + " WHERE id = @id", new { id })).Single();
        Assert.That((row.Status, row.Attempts, row.ProcessedAt), Is.EqualTo(("PENDING", 0, (DateTime?)null)));
        Assert.That(row.NextAttemptAt, Is.GreaterThan(before).And.LessThanOrEqualTo(DateTime.UtcNow));
        Assert.That(row.LastError, Is.EqualTo("Toss 503"), "the history of the failure stays");
        Assert.That(body.RootElement.GetProperty("id").GetInt64(), Is.EqualTo(id));
        Assert.That(body.RootElement.GetProperty("status").GetString(), Is.EqualTo("PENDING"));
    }

    [TestCase("PENDING")]
    [TestCase("PROCESSING")]
    [TestCase("DONE")]
    public async Task A_message_that_is_not_dead_cannot_be_requeued(string status)
    {
        var id = await InsertAsync("push.order-paid", status, "{}", null);

        using var response = await Client.SendAsync(Request("POST", $"/admin/v1/outbox/{id}/requeue"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict, "4701");
        Assert.That(await Database.ScalarAsync<string>("SELECT status FROM outbox_messages WHERE id = @id", new { id }), Is.EqualTo(status));
    }

    [TestCase("999999")]
    [TestCase("abc")]
    public async Task An_unknown_message_is_not_found(string id)
    {
        using var response = await Client.SendAsync(Request("POST", $"/admin/v1/outbox/{id}/requeue"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "4700");
    }
}
