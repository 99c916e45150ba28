using Hexagon.Application.Jobs.Ports;
using Hexagon.Domain.Common;

namespace Hexagon.Application.Jobs.RecordJobRun;

/// <summary>The recorded run; <see cref="Error"/> is set when the work returned a failure.</summary>
public sealed record RecordJobRunResult(long RunId, JobRunOutcome Outcome, int ItemsProcessed, Error? Error);
