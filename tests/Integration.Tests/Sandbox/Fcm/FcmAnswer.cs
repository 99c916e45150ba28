using System.Net;
using System.Text.Json;

namespace Hexagon.Integration.Tests.Sandbox.Fcm;

/// <summary>One answer of the FCM side of the sandbox, with readers for FCM's and Google OAuth's error shapes.</summary>
internal sealed record FcmAnswer(HttpStatusCode Status, JsonElement Body, string Raw, string? RetryAfter)
{
    /// <summary><c>error.status</c> of an FCM error (the google.rpc code, e.g. UNAVAILABLE).</summary>
    public string? RpcStatus => Error is { } error ? error.GetProperty("status").GetString() : null;

    /// <summary>The <c>errorCode</c> of the FcmError detail, what clients act on.</summary>
    public string? ErrorCode => Detail("type.googleapis.com/google.firebase.fcm.v1.FcmError", "errorCode");

    /// <summary>The ErrorInfo reason of a 401 (CREDENTIALS_MISSING, ACCESS_TOKEN_EXPIRED...).</summary>
    public string? Reason => Detail("type.googleapis.com/google.rpc.ErrorInfo", "reason");

    /// <summary>The first BadRequest field violation's field.</summary>
    public string? Field => Error is { } error && error.GetProperty("details").EnumerateArray()
        .FirstOrDefault(d => d.GetProperty("@type").GetString() == "type.googleapis.com/google.rpc.BadRequest") is
        { ValueKind: JsonValueKind.Object } badRequest
            ? badRequest.GetProperty("fieldViolations")[0].GetProperty("field").GetString()
            : null;

    public string? Message => Error is { } error ? error.GetProperty("message").GetString() : null;

    /// <summary>Google OAuth's <c>error</c> (invalid_grant...), from the token endpoint.</summary>
    public string? OAuthError => Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty("error", out var e)
        && e.ValueKind == JsonValueKind.String ? e.GetString() : null;

    public string? OAuthDescription => Body.GetProperty("error_description").GetString();

    private JsonElement? Error => Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty("error", out var e)
        && e.ValueKind == JsonValueKind.Object ? e : null;

    private string? Detail(string type, string property) => Error is { } error
        ? error.GetProperty("details").EnumerateArray()
            .Where(d => d.GetProperty("@type").GetString() == type)
            .Select(d => d.GetProperty(property).GetString()).FirstOrDefault()
        : null;

    public override string ToString() => $"{(int)Status} {Raw}";
}
