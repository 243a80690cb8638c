using System.Reflection;

namespace IpsMonitor.Tests.Platform;

/// <summary>
/// The words of every text record are read from one JSON file per language. A file that does not fit its record is
/// refused as a whole, with the file named, so a page never shows a half-translated record.
/// </summary>
public sealed class TextResourcesTests
{
    private const string Complete = """
        {
          "Lang": "nl",
          "StorageUnavailable": "a",
          "StorageRefused": "b",
          "NotQueued": "c",
          "Lost": "d",
          "BuildError": "e"
        }
        """;

    [Fact]
    public void AFileWithEveryTextIsRead() =>
        Assert.Equal("d", Read(Complete).Explain(BuildFailure.Lost));

    [Fact]
    public void AFileMissingATextIsRefused()
    {
        var withoutLost = Complete.Replace("\"Lost\": \"d\",", "", StringComparison.Ordinal);
        var refused = Assert.Throws<InvalidOperationException>(() => Read(withoutLost));
        Assert.Contains("Lost", refused.Message, StringComparison.Ordinal);
        Assert.Contains("test/BuildFailureText.nl.json", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileWithATextTheRecordDoesNotHaveIsRefused()
    {
        var withGone = Complete.Replace("\"Lost\"", "\"Gone\": \"x\", \"Lost\"", StringComparison.Ordinal);
        var refused = Assert.Throws<InvalidOperationException>(() => Read(withGone));
        Assert.Contains("Gone", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"NotQueued\": \"c\"", "\"NotQueued\": \" \"", "NotQueued")]
    [InlineData("\"NotQueued\": \"c\"", "\"NotQueued\": null", "NotQueued")]
    [InlineData("\"Lang\": \"nl\"", "\"Lang\": \"en\"", "'en'")]
    public void AFileWithAnEmptyTextOrAnotherLanguageIsRefused(string text, string broken, string named)
    {
        var refused = Assert.Throws<InvalidOperationException>(() => Read(Complete.Replace(text, broken, StringComparison.Ordinal)));
        Assert.Contains(named, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ALanguageWithoutItsFileIsRefused()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => TextResources.Load<BuildFailureText>("de"));
        Assert.Contains("texts/BuildFailureText.de.json", refused.Message, StringComparison.Ordinal);
    }

    // A file for a language its table does not list would never be read; adding a language means adding it to the list.
    [Fact]
    public void EveryEmbeddedTextFileIsALanguageOfItsTable()
    {
        var assembly = typeof(Languages).Assembly;
        var files = assembly.GetManifestResourceNames().Where(n => n.StartsWith("texts/", StringComparison.Ordinal)).ToList();
        Assert.True(files.Count >= 20, $"only {files.Count} text files embedded");
        foreach (var file in files)
        {
            var parts = file["texts/".Length..].Split('.');
            var type = assembly.GetTypes().Single(t => t.Name == parts[0] && typeof(ITextRecord).IsAssignableFrom(t));
            const BindingFlags statics = BindingFlags.Static | BindingFlags.NonPublic;
            var table = type.GetField("Table", statics)?.GetValue(null) ?? throw new InvalidOperationException($"{type.Name} has no table");
            var languages = (IReadOnlyList<string>?)table.GetType().GetProperty("Languages")?.GetValue(table);
            Assert.Contains(parts[1], languages ?? []);
        }
    }

    private static BuildFailureText Read(string json) =>
        TextResources.Read<BuildFailureText>(new MemoryStream(Encoding.UTF8.GetBytes(json)), "test/BuildFailureText.nl.json", "nl");
}
