using System.Reflection;

namespace IpsMonitor.ApiDocument;

/// <summary>
/// One method of one JSON API function, as its attributes declare it ([Function], [HttpTrigger]), with what its compiled
/// code shows: the request type it reads with the strict body reader and the successful answers it can give. The
/// questionnaire links (q/, d/) and the staff pages (staff/) are pages, not API, and are left out.
/// </summary>
internal sealed record ApiRoute(string Function, string Method, string Template, bool Anonymous, Type? Body, IReadOnlyList<Success> Successes)
{
    public static bool IsApi(string template) => !(template.StartsWith("staff/", StringComparison.Ordinal)
        || template.StartsWith("q/", StringComparison.Ordinal) || template.StartsWith("d/", StringComparison.Ordinal));

    public static IReadOnlyList<ApiRoute> All(Assembly assembly) =>
        [.. from type in assembly.GetTypes()
            from method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            let function = method.GetCustomAttribute<FunctionAttribute>()
            let trigger = method.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).FirstOrDefault(t => t is not null)
            where function is not null && trigger is not null && trigger.Route is { } route && IsApi(route)
            from verb in trigger.Methods ?? ["get"]
            orderby trigger.Route, verb
            select Describe(function.Name, verb.ToUpperInvariant(), trigger.Route!, method)];

    private static ApiRoute Describe(string name, string verb, string template, MethodInfo method)
    {
        var calls = CodeScan.Reachable(method);
        var body = calls.OfType<MethodInfo>().Select(BodyType).OfType<Type>().Distinct().SingleOrDefault();
        var successes = calls.Where(m => m.DeclaringType == typeof(TypedResults) || m.DeclaringType == typeof(Outcome))
            .Select(m => Success.Of(m.Name))
            .OfType<Success>().Distinct().OrderBy(s => s.Status).ToList();
        // A staff key guards every API route but the health check and this document: both are open by design.
        var anonymous = template is "health" || method.DeclaringType == typeof(GetOpenApiDocument);
        return new ApiRoute(name, verb, template, anonymous, body, successes);
    }

    /// <summary>
    /// The request type a call reads with the strict body reader: directly, or through <see cref="JsonRoute{TBody}"/>,
    /// whose own reading names only its type parameter.
    /// </summary>
    private static Type? BodyType(MethodInfo call) => call switch
    {
        { IsGenericMethod: true } when call.GetGenericMethodDefinition() == Reader => Concrete(call.GetGenericArguments()[0]),
        { DeclaringType: { IsGenericType: true } type } when type.GetGenericTypeDefinition() == typeof(JsonRoute<>)
            => Concrete(type.GetGenericArguments()[0]),
        _ => null,
    };

    private static Type? Concrete(Type type) => type.IsGenericParameter ? null : type;

    private static readonly MethodInfo Reader =
        typeof(RequestBody).GetMethod(nameof(RequestBody.ReadJsonAsync)) ?? throw new MissingMethodException(nameof(RequestBody));
}

/// <summary>A successful answer: its status and what it carries (JSON, a file, or nothing).</summary>
internal sealed record Success(int Status, string? MediaType)
{
    /// <summary>The answer a TypedResults factory makes; null for a refusal (problem details are described apart).</summary>
    public static Success? Of(string factory) => factory switch
    {
        // Text: this document itself, JSON written once.
        nameof(TypedResults.Ok) or nameof(TypedResults.Json) or nameof(TypedResults.Text) or nameof(Outcome.Saved)
            => new(StatusCodes.Status200OK, "application/json"),
        nameof(TypedResults.Created) => new(StatusCodes.Status201Created, "application/json"),
        nameof(TypedResults.Accepted) => new(StatusCodes.Status202Accepted, "application/json"),
        nameof(TypedResults.NoContent) => new(StatusCodes.Status204NoContent, null),
        // The API streams one kind of file: the workbook.
        nameof(TypedResults.Stream) or nameof(TypedResults.File) => new(StatusCodes.Status200OK, Workbooks.WorkbookBlobs.ContentType),
        _ => null,
    };
}
