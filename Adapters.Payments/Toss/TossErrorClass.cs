namespace Hexagon.Adapters.Payments.Toss;

/// <summary>Our classification of a Toss error code (Toss publishes none).</summary>
internal enum TossErrorClass
{
    /// <summary>The buyer can act on it: its meaning goes to the app with our code and a Korean message.</summary>
    UserFacing,

    /// <summary>Our configuration or our bug: a generic message, an error log, an operator alert.</summary>
    MerchantFault,

    /// <summary>It may or may not have happened, or it is worth retrying later: look the payment up before deciding.</summary>
    OutcomeUnknown,

    /// <summary>A lookup found nothing.</summary>
    NotFound,
}
