using Xunit.Abstractions;

namespace IpsMonitor.Tests.ApiDocument;

/// <summary>Stoplight Spectral, a linter that is not ours, reads the served document with its OpenAPI ruleset (.spectral.yaml).</summary>
public sealed class SpectralLintTests(ITestOutputHelper output)
{
    [Fact]
    public async Task SpectralsOpenApiRulesetFindsNoErrorInTheServedDocument()
    {
        await using var host = await TestHost.StartAsync();
        using var client = host.Client();
        var document = await ContractTools.WriteDocumentAsync(client);
        try
        {
            var (_, json, errors) = await ContractTools.RunAsync("spectral", "lint", document, "--ruleset", Repo.PathOf(".spectral.yaml"),
                "--format", "json", "--quiet", "--fail-severity", "error");

            var results = JsonDocument.Parse(json).RootElement.EnumerateArray()
                .Select(r => (Severity: r.GetProperty("severity").GetInt32(), Code: r.GetProperty("code").ToString(),
                    Where: string.Join('.', r.GetProperty("path").EnumerateArray()), Message: r.GetProperty("message").GetString()))
                .ToList();
            foreach (var r in results)
                output.WriteLine($"{r.Severity} {r.Code} {r.Where}: {r.Message}");
            output.WriteLine($"{results.Count(r => r.Severity == 0)} errors, {results.Count(r => r.Severity == 1)} warnings");
            Assert.True(results.All(r => r.Severity != 0), errors + string.Join("\n", results.Where(r => r.Severity == 0).Take(30)));
        }
        finally
        {
            File.Delete(document);
        }
    }
}
