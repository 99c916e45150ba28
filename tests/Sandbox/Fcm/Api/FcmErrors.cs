using Hexagon.Sandbox.Hosting;

namespace Hexagon.Sandbox.Fcm.Api;

/// <summary>
/// FCM's error body: <c>{"error": {"code", "message", "status", "details": [...]}}</c>, where <c>status</c> is the
/// google.rpc code of the HTTP status and an FcmError detail carries the <c>errorCode</c> clients act on.
/// </summary>
internal static class FcmErrors
{
    private const string FcmErrorType = "type.googleapis.com/google.firebase.fcm.v1.FcmError";

    // errorCode → (HTTP status, FCM's message) for the codes in ../shared/TOSS_AND_FCM.md.
    private static readonly Dictionary<string, (int Status, string Message)> Known = new(StringComparer.Ordinal)
    {
        ["INVALID_ARGUMENT"] = (400, "Request contains an invalid argument."),
        ["THIRD_PARTY_AUTH_ERROR"] = (401, "Auth error from APNS or Web Push Service"),
        ["SENDER_ID_MISMATCH"] = (403, "SenderId mismatch"),
        ["UNREGISTERED"] = (404, "Requested entity was not found."),
        ["QUOTA_EXCEEDED"] = (429, "Quota exceeded for sending messages."),
        ["INTERNAL"] = (500, "Internal error encountered."),
        ["UNAVAILABLE"] = (503, "The service is currently unavailable."),
    };

    public static FcmReply ForCode(string errorCode, int? httpStatus = null, string? message = null,
        int? retryAfterSeconds = null)
    {
        var known = Known.TryGetValue(errorCode, out var entry);
        var status = httpStatus ?? (known ? entry.Status : 500);
        return Build(status, message ?? (known ? entry.Message : "Injected by the sandbox."), retryAfterSeconds,
            FcmError(errorCode));
    }

    /// <summary>400 INVALID_ARGUMENT with the field that is wrong, as FCM's BadRequest detail names it.</summary>
    public static FcmReply InvalidArgument(string message, string? field = null) => field is null
        ? Build(400, message, null, FcmError("INVALID_ARGUMENT"))
        : Build(400, message, null, FcmError("INVALID_ARGUMENT"), new Dictionary<string, object>
        {
            ["@type"] = "type.googleapis.com/google.rpc.BadRequest",
            ["fieldViolations"] = new[] { new { field, description = message } },
        });

    /// <summary>401 from Google's front door: no FcmError, an ErrorInfo whose reason says what was wrong.</summary>
    public static FcmReply Unauthenticated(string message, string reason) => Build(401, message, null,
        new Dictionary<string, object>
        {
            ["@type"] = "type.googleapis.com/google.rpc.ErrorInfo",
            ["reason"] = reason,
            ["domain"] = "googleapis.com",
            ["metadata"] = new Dictionary<string, string>
            {
                ["service"] = "fcm.googleapis.com",
                ["method"] = "google.firebase.fcm.v1.FcmService.SendMessage",
            },
        });

    private static Dictionary<string, object> FcmError(string errorCode) =>
        new() { ["@type"] = FcmErrorType, ["errorCode"] = errorCode };

    private static FcmReply Build(int status, string message, int? retryAfterSeconds, params object[] details) =>
        new(status, SandboxJson.Serialize(new { error = new { code = status, message, status = RpcStatus(status), details } }),
            retryAfterSeconds);

    private static string RpcStatus(int httpStatus) => httpStatus switch
    {
        400 => "INVALID_ARGUMENT",
        401 => "UNAUTHENTICATED",
        403 => "PERMISSION_DENIED",
        404 => "NOT_FOUND",
        409 => "ABORTED",
        429 => "RESOURCE_EXHAUSTED",
        500 => "INTERNAL",
        503 => "UNAVAILABLE",
        504 => "DEADLINE_EXCEEDED",
        _ => "UNKNOWN",
    };
}
