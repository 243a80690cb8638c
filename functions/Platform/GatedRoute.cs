namespace IpsMonitor.Platform;

/// <summary>
/// The steps every gated API operation takes around its own work: the gate first, so a caller without access learns
/// nothing (not even the body rules); then, for a write, the strict JSON body; then the operation, whose outcome becomes
/// HTTP in <see cref="ApiOutcome"/>. The function keeps its attribute and route; only these steps live here.
/// </summary>
internal static class GatedRoute
{
    /// <summary>An operation on what the gate let in (a staff member, a candidate's admission).</summary>
    public static async Task<IResult> AnswerAsync<TAdmitted, T>(this Task<Gated<TAdmitted>> gate,
        Func<TAdmitted, Task<Outcome<T>>> operation) where TAdmitted : class =>
        (await gate).Passed(out var admitted, out var refusal) ? (await operation(admitted)).ToResult() : refusal;

    /// <summary>A page's answer made from what the gate let in, or the gate's refusal (a sign-in redirect, a 403 page).</summary>
    public static async Task<IResult> RespondAsync<TAdmitted>(this Task<Gated<TAdmitted>> gate, Func<TAdmitted, Task<IResult>> answer)
        where TAdmitted : class =>
        (await gate).Passed(out var admitted, out var refusal) ? await answer(admitted) : refusal;
}

/// <summary>A gated write whose request body is a <typeparamref name="TBody"/>, read only once the gate has passed.</summary>
internal static class JsonRoute<TBody> where TBody : class
{
    public static async Task<IResult> AnswerAsync<TAdmitted, T>(Task<Gated<TAdmitted>> gate, HttpRequest request,
        Func<TAdmitted, TBody, CancellationToken, Task<Outcome<T>>> operation, CancellationToken ct) where TAdmitted : class
    {
        if (!(await gate).Passed(out var admitted, out var refusal))
            return refusal;
        if (!(await RequestBody.ReadJsonAsync<TBody>(request, ct)).Passed(out var body, out var problem))
            return problem;
        return (await operation(admitted, body, ct)).ToResult();
    }
}
