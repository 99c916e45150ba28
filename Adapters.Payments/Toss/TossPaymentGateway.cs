using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Hexagon.Application.Errors;
using Hexagon.Application.Payments.Ports;
using Microsoft.Extensions.Logging;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Hexagon.Adapters.Payments.Toss;

/// <summary>
/// Toss Payments core API v1 over a typed HttpClient whose handlers add Basic auth and the retry/timeout/circuit-breaker
/// pipeline (<see cref="TossResilienceHandler"/>). Toss's answers become <see cref="GatewayOutcome"/> values; nothing
/// the provider says is thrown. The buyer never sees Toss's own text for merchant-fault codes.
/// </summary>
public sealed class TossPaymentGateway(HttpClient http, ILogger<TossPaymentGateway> logger) : IPaymentGateway
{
    // Nulls are left out: an absent cancelAmount means a full cancel to Toss.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public Task<GatewayOutcome> ConfirmAsync(ConfirmPaymentRequest request, CancellationToken cancellationToken) =>
        SendAsync(
            Post("v1/payments/confirm", new { request.PaymentKey, request.OrderId, request.Amount }, request.IdempotencyKey),
            TossOperation.Confirm,
            cancellationToken);

    public Task<GatewayOutcome> CancelAsync(CancelPaymentRequest request, CancellationToken cancellationToken) =>
        SendAsync(
            Post(
                $"v1/payments/{Uri.EscapeDataString(request.PaymentKey)}/cancel",
                new { cancelReason = request.Reason, cancelAmount = request.Amount },
                request.IdempotencyKey),
            TossOperation.Cancel,
            cancellationToken);

    public Task<GatewayOutcome> FindByOrderIdAsync(string orderId, CancellationToken cancellationToken) =>
        SendAsync(
            new HttpRequestMessage(HttpMethod.Get, $"v1/payments/orders/{Uri.EscapeDataString(orderId)}"), TossOperation.Lookup, cancellationToken);

    public Task<GatewayOutcome> GetAsync(string paymentKey, CancellationToken cancellationToken) =>
        SendAsync(
            new HttpRequestMessage(HttpMethod.Get, $"v1/payments/{Uri.EscapeDataString(paymentKey)}"), TossOperation.Lookup, cancellationToken);

    private static HttpRequestMessage Post(string path, object body, string idempotencyKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            // A byte array content can be sent again by a retry; a stream could not.
            Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, Json)),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = Encoding.UTF8.WebName };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        return request;
    }

    private async Task<GatewayOutcome> SendAsync(HttpRequestMessage request, TossOperation operation, CancellationToken cancellationToken)
    {
        using (request)
        {
            try
            {
                using var response = await http.SendAsync(request, cancellationToken);
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                return response.IsSuccessStatusCode ? ReadPayment(body, operation) : ReadError(response.StatusCode, body, operation);
            }
            catch (BrokenCircuitException)
            {
                // Nothing left this process: for a confirm or cancel that is a definite "not done".
                logger.LogWarning("Toss {Operation} not sent: the circuit is open", operation);
                return operation == TossOperation.Lookup
                    ? GatewayOutcome.Unknown(ErrorCatalog.PaymentProviderUnavailable, null)
                    : GatewayOutcome.Rejected(ErrorCatalog.PaymentProviderUnavailable, null, merchantFault: false);
            }
            catch (Exception exception) when (exception is HttpRequestException or TimeoutRejectedException
                                                  || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                // The request may have reached Toss: the caller must look the payment up.
                logger.LogWarning("Toss {Operation} outcome unknown: {Failure}", operation, exception.GetType().Name);
                return GatewayOutcome.Unknown(ErrorCatalog.PaymentOutcomeUnknown, null);
            }
        }
    }

    private GatewayOutcome ReadPayment(string body, TossOperation operation)
    {
        var payment = TossPaymentReader.Read(body);
        if (payment is not null)
        {
            return GatewayOutcome.Succeeded(payment);
        }

        logger.LogError("Toss {Operation} answered 2xx with a body that is not a payment", operation);
        return GatewayOutcome.Unknown(ErrorCatalog.PaymentOutcomeUnknown, null);
    }

    private GatewayOutcome ReadError(HttpStatusCode status, string body, TossOperation operation)
    {
        var error = TossPaymentReader.ReadError(body);
        var code = error?.Code;
        var rule = TossErrorMap.Classify(operation, status, code);
        switch (rule.Class)
        {
            case TossErrorClass.NotFound:
                return GatewayOutcome.NotFound(code);
            case TossErrorClass.UserFacing:
                logger.LogInformation("Toss {Operation} declined: {Status} {Code}", operation, (int)status, code);
                return GatewayOutcome.Rejected(rule.Error!, code, merchantFault: false);
            case TossErrorClass.MerchantFault:
                logger.LogError("Toss {Operation} merchant fault: {Status} {Code} {Message}", operation, (int)status, code, error?.Message);
                return GatewayOutcome.Rejected(ErrorCatalog.PaymentFailed, code, merchantFault: true);
            default:
                logger.LogWarning("Toss {Operation} outcome unknown: {Status} {Code}", operation, (int)status, code ?? "(no code)");
                return GatewayOutcome.Unknown(ErrorCatalog.PaymentOutcomeUnknown, code);
        }
    }
}
