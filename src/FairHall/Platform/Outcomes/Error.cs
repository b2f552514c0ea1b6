namespace FairHall.Platform.Outcomes;

/// <summary>
/// An expected failure. <see cref="Code"/> is stable (clients and tests rely on it); the message shown to a
/// person is the localized text <c>error.{Code}</c>. <see cref="Fields"/> holds field-level messages, already
/// in the user's language.
/// </summary>
public sealed record Error(string Code, int Status, IReadOnlyDictionary<string, string[]>? Fields = null)
{
    public static Error NotFound(string code = "not_found") => new(code, StatusCodes.Status404NotFound);

    public static Error Forbidden(string code = "forbidden") => new(code, StatusCodes.Status403Forbidden);

    public static Error Conflict(string code) => new(code, StatusCodes.Status409Conflict);

    public static Error Invalid(IReadOnlyDictionary<string, string[]> fields) =>
        new("validation_failed", StatusCodes.Status400BadRequest, fields);

    public static Error Invalid(string field, string message) =>
        Invalid(new Dictionary<string, string[]> { [field] = [message] });

    public static Error Rule(string code) => new(code, StatusCodes.Status422UnprocessableEntity);
}
