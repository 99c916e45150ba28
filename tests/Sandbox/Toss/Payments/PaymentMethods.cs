namespace Hexagon.Sandbox.Toss.Payments;

/// <summary>The Payment.method values the sandbox can authenticate (Toss uses Korean strings here).</summary>
internal static class PaymentMethods
{
    public const string Card = "카드";
    public const string EasyPay = "간편결제";
    public const string DefaultCardIssuer = "41"; // 신한카드
    public const string DefaultEasyPayProvider = "토스페이";
}
