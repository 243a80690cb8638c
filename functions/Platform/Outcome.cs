using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;

namespace IpsMonitor.Platform;

/// <summary>
/// What an operation did, in the domain's words: saved (or created) a value, or failed for a reason. The API turns an
/// outcome into HTTP in one place (<see cref="ApiOutcome"/>); the staff pages turn it into localised text in one place.
/// </summary>
internal abstract record Outcome<T>
{
    private protected Outcome()
    {
    }

    public static implicit operator Outcome<T>(Failure failure) => new Failed<T>(failure);

    /// <summary>The value when the operation succeeded, or why it did not.</summary>
    public bool Succeeded([NotNullWhen(true)] out T? value, [NotNullWhen(false)] out Failure? failure)
    {
        (value, failure) = this switch
        {
            Saved<T> saved => (saved.Value, null),
            Failed<T> failed => (default(T), failed.Failure),
            _ => throw new UnreachableException(),
        };
        return failure is null && value is not null;
    }
}

/// <summary>The operation stored this value; <see cref="Created"/> when it is a new record (at <see cref="Location"/>).</summary>
internal sealed record Saved<T>(T Value, bool Created = false, string? Location = null) : Outcome<T>;

/// <summary>The value of an operation that has nothing to return.</summary>
internal sealed record Done
{
    public static readonly Done Instance = new();
}

internal sealed record Failed<T>(Failure Failure) : Outcome<T>;

/// <summary>The factories an operation answers with; the OpenAPI document reads a route's successes from these calls.</summary>
internal static class Outcome
{
    /// <summary>200: the value as it stands now.</summary>
    public static Outcome<T> Saved<T>(T value) => new Saved<T>(value);

    /// <summary>201: a new record at <paramref name="location"/>.</summary>
    public static Outcome<T> Created<T>(string? location, T value) => new Saved<T>(value, Created: true, location);

    /// <summary>204: done, nothing to return.</summary>
    public static Outcome<Done> NoContent() => new Saved<Done>(Done.Instance);
}

/// <summary>Why an operation did nothing: one small closed family.</summary>
internal abstract record Failure
{
    private protected Failure()
    {
    }
}

/// <summary>The input breaks a rule: field (named as in the JSON) → error codes. Nothing was stored.</summary>
internal sealed record Invalid(IReadOnlyDictionary<string, ErrorCode[]> Errors) : Failure
{
    public Invalid(string field, ErrorCode error) : this(new Dictionary<string, ErrorCode[]> { [field] = [error] })
    {
    }

    public static Invalid Of(IReadOnlyDictionary<string, ErrorCode[]> errors) => new(errors);

    public static Invalid Of(IReadOnlyDictionary<string, string[]> errors) =>
        new(errors.ToDictionary(e => e.Key, e => e.Value.Select(m => (ErrorCode)m).ToArray()));
}

/// <summary>Someone else changed the record between reading and writing; nothing was stored.</summary>
internal sealed record Conflict : Failure
{
    public static readonly Conflict Meanwhile = new();
}

/// <summary>
/// The operation is refused as a whole: the caller may not (<see cref="RefusalKind"/>), the record is missing, or its
/// state forbids it. Title and detail are English, for client developers; <see cref="Code"/> lets pages say it their way.
/// </summary>
internal sealed record Refused(RefusalKind Kind, string Title, string? Detail = null, string Code = "") : Failure;

internal enum RefusalKind
{
    /// <summary>400: the request as a whole cannot be read.</summary>
    Unreadable,
    Unauthenticated,
    Forbidden,
    NotFound,
    /// <summary>409: the record's current state does not allow this (already done, not empty).</summary>
    NotNow,
    TooMany,
}

/// <summary>
/// A machine-readable reason with its English message for client developers. Pages look the code up on their language
/// record; <see cref="General"/> means "this field's value is refused", worded per field.
/// </summary>
internal sealed record ErrorCode(string Code, string English)
{
    public const string General = "invalid";

    /// <summary>An English rule without its own code: a general refusal of the field.</summary>
    public static implicit operator ErrorCode(string english) => new(General, english);

    public override string ToString() => English;
}
