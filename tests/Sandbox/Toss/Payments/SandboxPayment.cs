using Hexagon.Sandbox.Toss.Errors;

namespace Hexagon.Sandbox.Toss.Payments;

/// <summary>
/// One payment's mutable state. Every read and change happens under <see cref="Gate"/>, so concurrent confirms
/// or cancels of the same payment serialise like they would at Toss, and a <see cref="PaymentView"/> is always
/// a consistent snapshot.
/// </summary>
internal sealed class SandboxPayment(
    string paymentKey, string orderId, string orderName, string method, long totalAmount,
    string? cardIssuerCode, string? easyPayProvider, TossError? declineWith, DateTimeOffset authenticatedAt)
{
    private readonly List<CancelView> _cancels = [];
    private CardView? _card;
    private FailureView? _failure;
    private string? _approvedAt;
    private string? _lastTransactionKey;

    public object Gate { get; } = new();
    public string PaymentKey { get; } = paymentKey;
    public string OrderId { get; } = orderId;
    public string Method { get; } = method;
    public long TotalAmount { get; } = totalAmount;
    public string Status { get; private set; } = PaymentStatus.InProgress;
    public long BalanceAmount { get; private set; } = totalAmount;

    /// <summary>Set at authentication: the buyer's card will be declined with this error at confirm.</summary>
    public TossError? DeclineWith { get; } = declineWith;

    private string Secret { get; } = TossIds.Secret();

    /// <summary>Toss expires an authenticated payment nobody confirmed. Checked lazily: on every touch.</summary>
    public bool ExpireIfLapsed(DateTimeOffset now, TimeSpan confirmWindow)
    {
        if (Status != PaymentStatus.InProgress || now - authenticatedAt <= confirmWindow) return false;
        Status = PaymentStatus.Expired;
        return true;
    }

    public void Approve(DateTimeOffset now)
    {
        Status = PaymentStatus.Done;
        _approvedAt = TossTime.PaymentTimestamp(now);
        _lastTransactionKey = TossIds.TransactionKey();
        if (Method == PaymentMethods.Card)
        {
            var issuer = cardIssuerCode ?? PaymentMethods.DefaultCardIssuer;
            _card = new CardView(TotalAmount, issuer, issuer, "43301234****123*", 0, TossIds.ApproveNo(),
                false, "신용", "개인", "READY", false, null);
        }
    }

    public void Abort(TossError reason)
    {
        Status = PaymentStatus.Aborted;
        _failure = new FailureView(reason.Code, reason.Message);
    }

    public void Cancel(long amount, string reason, DateTimeOffset now)
    {
        _lastTransactionKey = TossIds.TransactionKey();
        BalanceAmount -= amount;
        _cancels.Add(new CancelView(amount, reason, 0, BalanceAmount, TossTime.PaymentTimestamp(now),
            _lastTransactionKey, "DONE"));
        Status = BalanceAmount == 0 ? PaymentStatus.Canceled : PaymentStatus.PartialCanceled;
    }

    public PaymentView ToView()
    {
        var vat = (long)Math.Round(BalanceAmount / 11.0, MidpointRounding.AwayFromZero);
        return new PaymentView
        {
            LastTransactionKey = _lastTransactionKey, PaymentKey = PaymentKey, OrderId = OrderId,
            OrderName = orderName, Status = Status, RequestedAt = TossTime.PaymentTimestamp(authenticatedAt),
            ApprovedAt = _approvedAt, Card = _card,
            EasyPay = Method == PaymentMethods.EasyPay && _approvedAt is not null
                ? new EasyPayView(easyPayProvider ?? PaymentMethods.DefaultEasyPayProvider, TotalAmount, 0)
                : null,
            Cancels = _cancels.Count == 0 ? null : _cancels.ToArray(),
            Secret = Secret, Failure = _failure,
            Receipt = new ReceiptView($"https://dashboard.tosspayments.com/receipt/redirection?transactionId={PaymentKey}"),
            Checkout = new ReceiptView($"https://api.tosspayments.com/v1/payments/{PaymentKey}/checkout"),
            TotalAmount = TotalAmount, BalanceAmount = BalanceAmount,
            SuppliedAmount = BalanceAmount - vat, Vat = vat, Method = Method,
        };
    }
}
