using System.Text.Json;

namespace Hexagon.Integration.Tests.Sandbox;

/// <summary>One POST the webhook receiver got, with the Toss headers a merchant dedups and orders by.</summary>
internal sealed record ReceivedWebhook(
    string? TransmissionId,
    string? RetriedCount,
    string? TransmissionTime,
    JsonElement Body,
    int AnsweredWith);
