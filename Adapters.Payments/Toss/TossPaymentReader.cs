using System.Text.Json;
using Hexagon.Application.Payments.Ports;
using Hexagon.Domain.Payments;

namespace Hexagon.Adapters.Payments.Toss;

/// <summary>Reads Toss's Payment JSON into the port's <see cref="GatewayPayment"/>; null when the body is not a usable payment.</summary>
internal static class TossPaymentReader
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly Dictionary<string, PaymentStatus> Statuses = new(StringComparer.Ordinal)
    {
        ["READY"] = PaymentStatus.Ready,
        ["IN_PROGRESS"] = PaymentStatus.InProgress,
        ["WAITING_FOR_DEPOSIT"] = PaymentStatus.WaitingForDeposit,
        ["DONE"] = PaymentStatus.Done,
        ["CANCELED"] = PaymentStatus.Canceled,
        ["PARTIAL_CANCELED"] = PaymentStatus.PartialCanceled,
        ["ABORTED"] = PaymentStatus.Aborted,
        ["EXPIRED"] = PaymentStatus.Expired,
    };

    public static GatewayPayment? Read(string json)
    {
        TossPaymentBody? body;
        try
        {
            body = JsonSerializer.Deserialize<TossPaymentBody>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }

        if (body?.PaymentKey is null || body.OrderId is null || body.TotalAmount is null)
        {
            return null;
        }

        return new GatewayPayment
        {
            PaymentKey = body.PaymentKey,
            OrderId = body.OrderId,
            OrderName = body.OrderName ?? "",
            Status = body.Status is not null && Statuses.TryGetValue(body.Status, out var status) ? status : PaymentStatus.Unknown,
            TotalAmount = body.TotalAmount.Value,
            BalanceAmount = body.BalanceAmount ?? body.TotalAmount.Value,
            Method = body.Method,
            CardIssuerCode = body.Card?.IssuerCode,
            EasyPayProvider = body.EasyPay?.Provider,
            MethodName = MethodNameOf(body),
            ApprovedAt = body.ApprovedAt,
            Cancels = body.Cancels?.Select(ToCancel).ToList() ?? [],
            RawResponse = json,
        };
    }

    public static TossErrorBody? ReadError(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<TossErrorBody>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // What the buyer recognises: the card issuer for card payments, the provider for easy pay, else the method itself.
    private static string MethodNameOf(TossPaymentBody body) => body switch
    {
        { Card: not null } => TossCardIssuers.NameOf(body.Card.IssuerCode),
        { EasyPay.Provider: { Length: > 0 } provider } => provider,
        { Method: { Length: > 0 } method } => method,
        _ => "기타",
    };

    private static GatewayCancel ToCancel(TossCancelBody cancel) => new(
        cancel.CancelAmount ?? 0, cancel.CancelReason ?? "", cancel.CanceledAt ?? DateTimeOffset.MinValue, cancel.TransactionKey);
}
