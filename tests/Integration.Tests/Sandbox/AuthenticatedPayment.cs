namespace Hexagon.Integration.Tests.Sandbox;

/// <summary>What the buyer's widget hands back after authentication: what the merchant then confirms.</summary>
internal sealed record AuthenticatedPayment(string PaymentKey, string OrderId, long Amount);
