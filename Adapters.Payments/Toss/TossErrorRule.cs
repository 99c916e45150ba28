using Hexagon.Domain.Common;

namespace Hexagon.Adapters.Payments.Toss;

/// <summary>How one Toss error code is treated: its class and, for user-facing codes, our error with the buyer's message.</summary>
internal sealed record TossErrorRule(TossErrorClass Class, Error? Error = null)
{
    public static TossErrorRule User(Error error, string message) => new(TossErrorClass.UserFacing, error.WithMessage(message));

    public static TossErrorRule User(Error error) => new(TossErrorClass.UserFacing, error);

    public static readonly TossErrorRule Merchant = new(TossErrorClass.MerchantFault);
    public static readonly TossErrorRule Unknown = new(TossErrorClass.OutcomeUnknown);
    public static readonly TossErrorRule Missing = new(TossErrorClass.NotFound);
}
