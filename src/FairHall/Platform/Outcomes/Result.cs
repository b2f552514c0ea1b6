using System.Diagnostics.CodeAnalysis;

namespace FairHall.Platform.Outcomes;

/// <summary>The outcome of a use case: a value, or an expected <see cref="Error"/>.</summary>
public readonly record struct Result<T>
{
    private readonly T? value;

    private Result(T? value, Error? error)
    {
        this.value = value;
        Error = error;
    }

    public Error? Error { get; }

    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    public T Value => IsSuccess ? value! : throw new InvalidOperationException($"No value: {Error.Code}");

    public static implicit operator Result<T>(T value) => new(value, null);

    public static implicit operator Result<T>(Error error) => new(default, error);
}

/// <summary>A use case that returns nothing on success.</summary>
public readonly record struct Done
{
    public static readonly Done Value;
}
