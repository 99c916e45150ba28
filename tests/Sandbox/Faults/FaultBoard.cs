namespace Hexagon.Sandbox.Faults;

/// <summary>
/// The armed faults, in the order they were posted. Each call of an operation takes at most one shot from the
/// oldest rule for that operation, so "2× 500 then a delay" can be set up with two posts.
/// </summary>
internal sealed class FaultBoard
{
    private readonly List<(FaultRule Rule, int Remaining)> _rules = [];

    public void Arm(FaultRule rule, int times)
    {
        lock (_rules) _rules.Add((rule, times));
    }

    public void Clear()
    {
        lock (_rules) _rules.Clear();
    }

    /// <summary>The fault for this call of <paramref name="operation"/>, if any; uses up one of its shots.</summary>
    public FaultRule? TakeNext(string operation)
    {
        lock (_rules)
        {
            var index = _rules.FindIndex(entry => entry.Rule.Operation == operation);
            if (index < 0) return null;
            var (rule, remaining) = _rules[index];
            if (remaining <= 1) _rules.RemoveAt(index);
            else _rules[index] = (rule, remaining - 1);
            return rule;
        }
    }

    public int Count
    {
        get
        {
            lock (_rules) return _rules.Sum(entry => entry.Remaining);
        }
    }
}
