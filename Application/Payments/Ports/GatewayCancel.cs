namespace Hexagon.Application.Payments.Ports;

/// <summary>One refund of a payment, as the provider reports it.</summary>
public sealed record GatewayCancel(long Amount, string Reason, DateTimeOffset CanceledAt, string? TransactionKey);
