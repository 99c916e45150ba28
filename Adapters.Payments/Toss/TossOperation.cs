namespace Hexagon.Adapters.Payments.Toss;

/// <summary>The provider calls; the same error code can mean different things for each (see TOSS_AND_FCM.md).</summary>
internal enum TossOperation
{
    Confirm,
    Cancel,
    Lookup,
}
