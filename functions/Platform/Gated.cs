using System.Diagnostics.CodeAnalysis;

namespace IpsMonitor.Platform;

/// <summary>
/// The one shape of "a value, or the answer that refuses the request" at the edge: a gate's caller, a signed-in staff
/// member, a parsed body. A handler asks <see cref="Passed"/> and then holds a value that is never null.
/// </summary>
internal sealed class Gated<T> where T : class
{
    private readonly T? value;
    private readonly IResult? refusal;

    private Gated(T? value, IResult? refusal) => (this.value, this.refusal) = (value, refusal);

    public static Gated<T> Pass(T value) => new(value, null);

    public static Gated<T> Refuse(IResult refusal) => new(null, refusal);

    public bool Passed([NotNullWhen(true)] out T? value, [NotNullWhen(false)] out IResult? refusal)
    {
        (value, refusal) = (this.value, this.refusal);
        return value is not null;
    }

    /// <summary>The refusal, or null when the request passed (for a gate whose value the handler does not need).</summary>
    public IResult? Refusal => refusal;

    /// <summary>The same refusal for another kind of value, or the next step's answer when this one passed.</summary>
    public async Task<Gated<TNext>> ThenAsync<TNext>(Func<T, Task<Gated<TNext>>> next) where TNext : class =>
        Passed(out var passed, out var refused) ? await next(passed) : Gated<TNext>.Refuse(refused);
}
