using System.Text.Json;
using System.Text.Json.Serialization;
using Hexagon.Application.Outbox.Ports;

namespace Hexagon.Adapters.Web.Outbox;

/// <summary>
/// One dead letter as the admin API shows it. The payload is embedded as the JSON it is (ids and amounts by
/// contract, never secrets), so an operator reads it without unescaping; nullable fields are always written.
/// </summary>
public sealed record DeadLetterResponse(
    long Id,
    string Type,
    int Attempts,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? LastError,
    DateTimeOffset CreatedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] DateTimeOffset? DeadAt,
    JsonElement Payload)
{
    public static DeadLetterResponse From(OutboxDeadLetter deadLetter)
    {
        ArgumentNullException.ThrowIfNull(deadLetter);
        return new DeadLetterResponse(
            deadLetter.Id,
            deadLetter.Type,
            deadLetter.Attempts,
            deadLetter.LastError,
            deadLetter.CreatedAt,
            deadLetter.DeadAt,
            AsJson(deadLetter.Payload));
    }

    // The column only holds valid JSON; should that ever change, the text is shown as a string rather than failing the page.
    private static JsonElement AsJson(string payload)
    {
        try
        {
            using var document = JsonDocument.Parse(payload);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return JsonSerializer.SerializeToElement(payload);
        }
    }
}
