namespace Hexagon.Application.Alerts.Ports;

/// <summary>
/// A message for the operators' channel. <paramref name="Key"/> identifies "the same alert" (the sink sends one key at
/// most once a minute); <paramref name="Text"/> carries ids, codes and types only: no secrets, no personal data.
/// </summary>
public sealed record OperatorAlert(string Key, string Text);
