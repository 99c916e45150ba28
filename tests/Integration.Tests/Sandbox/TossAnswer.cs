using System.Net;
using System.Text.Json;

namespace Hexagon.Integration.Tests.Sandbox;

/// <summary>One answer of the sandbox: status, parsed body and the raw text (to compare replays byte for byte).</summary>
internal sealed record TossAnswer(HttpStatusCode Status, JsonElement Body, string Raw)
{
    public string? Code => Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty("code", out var code)
        ? code.GetString()
        : null;

    public string? PaymentStatus => Body.GetProperty("status").GetString();

    public long BalanceAmount => Body.GetProperty("balanceAmount").GetInt64();

    public override string ToString() => $"{(int)Status} {Raw}";
}
