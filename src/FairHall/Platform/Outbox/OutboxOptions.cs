namespace FairHall.Platform.Outbox;

/// <summary>Configuration section <c>Outbox</c>.</summary>
public sealed class OutboxOptions
{
    /// <summary>Whether this node runs the polling worker (tests turn it off and dispatch by hand).</summary>
    public bool Enabled { get; set; } = true;

    public double PollSeconds { get; set; } = 2;

    public int BatchSize { get; set; } = 50;

    /// <summary>After this many failed attempts a message stays undelivered (visible with its last error) until someone acts.</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>How long a claim holds; a node that dies mid-batch frees its messages after this.</summary>
    public double LockSeconds { get; set; } = 120;

    public double FirstRetrySeconds { get; set; } = 5;

    public double MaxRetrySeconds { get; set; } = 3600;

    /// <summary>Exponential backoff: first retry after <see cref="FirstRetrySeconds"/>, doubling, capped.</summary>
    public TimeSpan RetryDelay(int attempts)
    {
        var seconds = FirstRetrySeconds * Math.Pow(2, Math.Max(0, attempts - 1));
        return TimeSpan.FromSeconds(Math.Min(seconds, MaxRetrySeconds));
    }
}
