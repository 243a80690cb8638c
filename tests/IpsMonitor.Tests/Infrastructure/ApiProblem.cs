namespace IpsMonitor.Tests.Infrastructure;

/// <summary>What every refusal by the API is checked for: the status it names, answered as problem details.</summary>
internal static class ApiProblem
{
    /// <summary>Asserts the status and the problem+json type, and returns the problem (its title, its errors by field).</summary>
    public static async Task<JsonElement> AssertAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
