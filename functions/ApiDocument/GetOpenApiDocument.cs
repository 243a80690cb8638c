namespace IpsMonitor.ApiDocument;

/// <summary>
/// The API's OpenAPI 3.1 document, for integrators and their client generators. It describes routes, not data, so it is
/// open to anyone; it keeps the edge's no-store like every answer, as it changes with each release.
/// </summary>
internal sealed class GetOpenApiDocument(ApiDescription description)
{
    [Function("OpenApiDocument")]
    public async Task<IResult> Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "openapi.json")] HttpRequest request)
    {
        return TypedResults.Text(await description.TextAsync(), "application/json", System.Text.Encoding.UTF8);
    }
}
