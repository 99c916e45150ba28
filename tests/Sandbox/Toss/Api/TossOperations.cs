using Hexagon.Sandbox.Toss.Operations;

namespace Hexagon.Sandbox.Toss.Api;

/// <summary>The Toss operations of one sandbox, built together because they share its ledger and webhooks.</summary>
internal sealed record TossOperations(
    AuthenticateOperation Authenticate,
    ConfirmOperation Confirm,
    CancelOperation Cancel,
    LookupOperation Lookup);
