using System.Text.RegularExpressions;
using Microsoft.OpenApi;

namespace IpsMonitor.ApiDocument;

/// <summary>
/// The OpenAPI 3.1 document of the JSON API, built from the code: routes and methods from the functions' attributes,
/// request bodies from the types the strict reader reads, successful answers from the results the code makes. What is
/// written by hand is only what the code cannot say: titles, the security scheme and which refusals an API route may give.
/// </summary>
internal sealed partial class ApiDescription
{
    public const string ProblemSchema = "ProblemDetails";
    public const string BearerScheme = "staffKey";

    private readonly Lazy<Task<string>> json = new(() => Build(ApiRoute.All(typeof(ApiDescription).Assembly))
        .SerializeAsJsonAsync(OpenApiSpecVersion.OpenApi3_1));

    /// <summary>The document as JSON; the code does not change while the process runs, so it is built once.</summary>
    public Task<string> TextAsync() => json.Value;

    public static OpenApiDocument Build(IReadOnlyList<ApiRoute> routes)
    {
        var document = new OpenApiDocument
        {
            Info = new OpenApiInfo
            {
                Title = "IpsMonitor API",
                Version = typeof(ApiDescription).Assembly.GetName().Version?.ToString(3) ?? "1.0.0",
                Description = "Staff API of IpsMonitor: caseload, jobs, consent, check-ins, signals, workbooks and the audit. "
                    + "Bodies are application/json, at most 32 KB, without unknown or repeated properties; enums are one camelCase name. "
                    + "Errors are RFC 7807 problem details naming each bad field.",
                Contact = new OpenApiContact { Name = "IpsMonitor" },
            },
            Servers = [new OpenApiServer { Url = "/api" }],
            Paths = [],
            Components = new OpenApiComponents(),
        };
        document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
        {
            [BearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "A personal staff key (ipsm_…), scoped to one programme and one role.",
            },
        };
        document.Components.Schemas = new Dictionary<string, IOpenApiSchema> { [ProblemSchema] = Problem() };
        var schemas = new SchemaWriter(document);
        var tags = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var group in routes.GroupBy(r => r.Template))
        {
            var item = new OpenApiPathItem { Operations = [] };
            foreach (var route in group)
            {
                var tag = Tag(route.Template);
                tags.Add(tag);
                item.Operations[new HttpMethod(route.Method)] = Operation(route, document, schemas, tag);
            }
            document.Paths["/" + group.Key] = item;
        }
        document.Tags = new HashSet<OpenApiTag>(tags.Select(t => new OpenApiTag { Name = t, Description = $"Routes under {t}." }));
        return document;
    }

    private static OpenApiOperation Operation(ApiRoute route, OpenApiDocument document, SchemaWriter schemas, string tag)
    {
        var operation = new OpenApiOperation
        {
            OperationId = route.Function,
            Summary = Words(route.Function),
            Description = $"The function {route.Function}.",
            Tags = new HashSet<OpenApiTagReference> { new(tag, document) },
            Parameters = [.. Parameters(route.Template)],
            Responses = [],
        };
        if (route.Body is { } body)
            operation.RequestBody = new OpenApiRequestBody
            {
                // A rebuild's body is optional; every other body is required (an empty one is a 400 or 415).
                Required = route.Function != "RequestWorkbookBuild",
                Content = new Dictionary<string, IOpenApiMediaType> { ["application/json"] = new OpenApiMediaType { Schema = schemas.Reference(body) } },
            };
        foreach (var success in route.Successes.GroupBy(s => s.Status))
            operation.Responses[success.Key.ToString(System.Globalization.CultureInfo.InvariantCulture)] = new OpenApiResponse
            {
                Description = Refusals.Describe(success.Key),
                Content = success.Where(s => s.MediaType is not null)
                    .ToDictionary(s => s.MediaType!, _ => (IOpenApiMediaType)new OpenApiMediaType { Schema = new OpenApiSchema() }),
                Headers = route.Anonymous || !HttpMethods.IsGet(route.Method) ? null : LeftOutHeader(),
            };
        foreach (var status in Refusals.Of(route))
            operation.Responses[status.ToString(System.Globalization.CultureInfo.InvariantCulture)] = new OpenApiResponse
            {
                Description = Refusals.Describe(status),
                Content = Refusals.Content(route, status, new OpenApiSchemaReference(ProblemSchema, document)),
            };
        if (!route.Anonymous)
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, document)] = [] }];
        return operation;
    }

    /// <summary>A read or list that left out stored rows it could not read says how many (see Platform/UnreadableRows).</summary>
    private static Dictionary<string, IOpenApiHeader> LeftOutHeader() => new()
    {
        [UnreadableRows.Header] = new OpenApiHeader
        {
            Description = "How many stored rows this answer left out because they could not be read (the log names them); "
                + "absent when none were. A list is then shorter than what is stored.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "1" },
        },
    };

    private static IEnumerable<IOpenApiParameter> Parameters(string template) =>
        RouteParameter().Matches(template).Select(m => new OpenApiParameter
        {
            Name = m.Groups[1].Value,
            In = ParameterLocation.Path,
            Required = true,
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });

    /// <summary>RFC 7807 problem details as ASP.NET Core writes them; a validation problem adds errors per JSON field.</summary>
    private static OpenApiSchema Problem() => new()
    {
        Type = JsonSchemaType.Object,
        Required = new HashSet<string> { "title", "status" },
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "Per JSON field (adjustments[0].kind), what is wrong, in plain words.",
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            },
        },
    };

    /// <summary>The first route segment after the programme or candidate: "jobs", "signals", "workbooks".</summary>
    private static string Tag(string template)
    {
        var segments = template.Split('/').Where(s => !s.StartsWith('{')).ToList();
        return segments.Count > 1 ? segments[1] : segments[0];
    }

    private static string Words(string name) => SplitWords().Replace(name, " $1").Trim();

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex RouteParameter();

    [GeneratedRegex("(?<=[a-z])([A-Z])")]
    private static partial Regex SplitWords();
}
