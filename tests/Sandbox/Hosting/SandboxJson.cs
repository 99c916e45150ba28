using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hexagon.Sandbox.Hosting;

/// <summary>
/// The one JSON dialect of the sandbox: camelCase, nulls written (Toss sends them), Korean left unescaped
/// (Toss sends UTF-8 text, and a test reading raw bodies should see "카드", not "\uCE74\uB4DC").
/// Reading is lenient about case and unknown fields, like a real API that must accept newer clients.
/// </summary>
internal static class SandboxJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>The request body as T, or null when it is missing or not valid JSON for T (→ INVALID_REQUEST).</summary>
    public static async Task<T?> ReadBodyAsync<T>(HttpRequest request)
        where T : class
    {
        try
        {
            // Not RequestAborted: a request Toss has received is processed even if its sender stops waiting.
            return await JsonSerializer.DeserializeAsync<T>(request.Body, Options, CancellationToken.None);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Writes the answer; a client that already hung up (it timed out) is not an error of the sandbox.</summary>
    public static async Task WriteAsync(HttpResponse response, int status, string json)
    {
        var aborted = response.HttpContext.RequestAborted;
        if (aborted.IsCancellationRequested) return;
        response.StatusCode = status;
        response.ContentType = "application/json; charset=utf-8";
        try
        {
            await response.WriteAsync(json, aborted);
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException && aborted.IsCancellationRequested)
        {
            // Nobody is listening any more.
        }
    }
}
