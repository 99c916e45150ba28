using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Hexagon.Benchmarks.Orders;

/// <summary>One HTTP answer: status, the problem's errorCode (if any), the JSON body, and how long it took.</summary>
internal sealed record ApiAnswer(int Status, string? ErrorCode, JsonElement Body, TimeSpan Elapsed)
{
    public bool Ok => Status is >= 200 and < 300;

    /// <summary>"409/4500", "201", "timeout": the key errors are counted under.</summary>
    public string Key => ErrorCode is null ? Status.ToString(CultureInfo.InvariantCulture) : $"{Status}/{ErrorCode}";
}

/// <summary>The calls a customer makes to place an order: the service's API and the Toss sandbox's widget stand-in.</summary>
internal sealed class OrderApi(Uri serviceUrl, Uri sandboxUrl) : IDisposable
{
    internal const string Password = "bench-password-0123";

    private readonly HttpClient _service = Client(serviceUrl);
    private readonly HttpClient _sandbox = Client(sandboxUrl);

    public sealed record Customer(long UserId, string Token, long StoreId, long MenuId);

    public static HttpClient Client(Uri baseUrl) => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = 512,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        UseCookies = false,
    })
    {
        BaseAddress = baseUrl,
        Timeout = TimeSpan.FromSeconds(60),
    };

    /// <summary>Signs up <paramref name="count"/> users (8 at a time); returns (userId, access token) in order.</summary>
    public async Task<(long UserId, string Token)[]> SignUpAsync(string prefix, int count)
    {
        var runId = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var users = new (long, string)[count];
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            var answer = await SendAsync(_service, HttpMethod.Post, "/api/v1/auth/signup", null,
                new { email = $"{prefix}-{runId}-{i}@example.com", password = Password, nickname = $"{prefix}{i}", deviceId = "bench" });
            if (answer.Status != (int)HttpStatusCode.Created)
            {
                throw new InvalidOperationException($"sign-up {i} answered {answer.Key}: {answer.Body}");
            }

            var token = answer.Body.GetProperty("accessToken").GetString()!;
            users[i] = (UserIdOf(token), token);
        });
        return users;
    }

    public Task<ApiAnswer> AddToCartAsync(Customer customer) => SendAsync(_service, HttpMethod.Post, "/api/v1/cart/items", customer.Token,
        new { storeId = customer.StoreId, menuId = customer.MenuId, quantity = 1, optionIds = Array.Empty<long>() });

    /// <summary>A cheap authenticated read that still takes a database connection (the caller's order list).</summary>
    public Task<ApiAnswer> ListOrdersAsync(Customer customer) => SendAsync(_service, HttpMethod.Get, "/api/v1/orders?take=1", customer.Token, null);

    public Task<ApiAnswer> ClearCartAsync(Customer customer) => SendAsync(_service, HttpMethod.Delete, "/api/v1/cart", customer.Token, null);

    public Task<ApiAnswer> CheckoutAsync(Customer customer) =>
        SendAsync(_service, HttpMethod.Post, "/api/v1/checkout", customer.Token, new { usePoints = 0 });

    /// <summary>The buyer authenticates in the (sandbox) payment widget for the checkout; the answer holds the paymentKey.</summary>
    public Task<ApiAnswer> AuthenticateAsync(JsonElement checkout) => SendAsync(_sandbox, HttpMethod.Post, "/sandbox/v1/payments", null, new
    {
        orderId = checkout.GetProperty("orderId").GetString(),
        orderName = checkout.GetProperty("orderName").GetString(),
        amount = checkout.GetProperty("amount").GetInt64(),
        method = "카드",
    });

    public Task<ApiAnswer> PlaceOrderAsync(Customer customer, JsonElement checkout, string paymentKey) =>
        SendAsync(_service, HttpMethod.Post, "/api/v1/orders", customer.Token, new
        {
            orderId = checkout.GetProperty("orderId").GetString(),
            paymentKey,
            amount = checkout.GetProperty("amount").GetInt64(),
        });

    /// <summary>Cart, checkout and sandbox authentication: everything up to POST /api/v1/orders. Null answer = all went well.</summary>
    public async Task<(ApiAnswer? Failed, JsonElement Checkout, string PaymentKey)> PrepareAsync(Customer customer)
    {
        var added = await AddToCartAsync(customer);
        if (!added.Ok)
        {
            return (added, default, "");
        }

        var checkout = await CheckoutAsync(customer);
        if (!checkout.Ok)
        {
            return (checkout, default, "");
        }

        var authenticated = await AuthenticateAsync(checkout.Body);
        if (!authenticated.Ok)
        {
            return (authenticated with { ErrorCode = "sandbox" }, default, "");
        }

        return (null, checkout.Body, authenticated.Body.GetProperty("paymentKey").GetString()!);
    }

    private static async Task<ApiAnswer> SendAsync(HttpClient client, HttpMethod method, string path, string? token, object? body)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            if (body is not null)
            {
                request.Content = JsonContent.Create(body);
            }

            using var response = await client.SendAsync(request);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            var elapsed = Stopwatch.GetElapsedTime(started);
            JsonElement json = default;
            string? code = null;
            if (bytes.Length > 0)
            {
                try
                {
                    json = JsonDocument.Parse(bytes).RootElement;
                    if (!response.IsSuccessStatusCode && json.ValueKind == JsonValueKind.Object
                        && json.TryGetProperty("errorCode", out var errorCode) && errorCode.ValueKind == JsonValueKind.String)
                    {
                        code = errorCode.GetString();
                    }
                }
                catch (JsonException)
                {
                    // not JSON: the status alone says what happened
                }
            }

            return new ApiAnswer((int)response.StatusCode, code, json, elapsed);
        }
        catch (HttpRequestException exception)
        {
            return new ApiAnswer(0, exception.GetType().Name, default, Stopwatch.GetElapsedTime(started));
        }
        catch (TaskCanceledException)
        {
            return new ApiAnswer(0, "timeout", default, Stopwatch.GetElapsedTime(started));
        }
    }

    /// <summary>The user id is the access token's "sub" claim (a JWT; read without validation, it is our own).</summary>
    private static long UserIdOf(string token)
    {
        var payload = token.Split('.')[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
        using var document = JsonDocument.Parse(Convert.FromBase64String(payload));
        var sub = document.RootElement.GetProperty("sub");
        return sub.ValueKind == JsonValueKind.Number ? sub.GetInt64() : long.Parse(sub.GetString()!, CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        _service.Dispose();
        _sandbox.Dispose();
    }
}
