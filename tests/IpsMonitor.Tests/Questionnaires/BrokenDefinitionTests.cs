using System.Text.Json.Nodes;

namespace IpsMonitor.Tests.Questionnaires;

public sealed class BrokenDefinitionTests
{
    public static TheoryData<string, Action<JsonObject>, string> Breakages() => new()
    {
        { "duplicate item id", d => Item(d, "hours")["id"] = "mood", "item 'mood': duplicate item id" },
        { "missing English text", d => Item(d, "mood")["text"]!.AsObject().Remove("en"), "item 'mood' 'text' has no \"en\" text" },
        { "missing Dutch title", d => d["title"]!.AsObject().Remove("nl"), "'title' has no \"nl\" text" },
        { "blank option label", d => Item(d, "pick")["options"]![0]!["label"]!["nl"] = " ", "option 'a' 'label' has no \"nl\" text" },
        { "scale without sd", d => Item(d, "mood").Remove("sd"), "item 'mood': a scale needs 'sd' above 0" },
        { "scale without reliability", d => Item(d, "mood").Remove("reliability"), "item 'mood': a scale needs 'reliability' between 0 and 1" },
        { "reliability of 1", d => Item(d, "mood")["reliability"] = 1.0, "'reliability' between 0 and 1, exclusive (got 1)" },
        { "reliability of 0", d => Item(d, "mood")["reliability"] = 0, "'reliability' between 0 and 1, exclusive (got 0)" },
        { "scale min equal to max", d => Item(d, "mood")["min"] = 5, "item 'mood': 'min' (5) must be below 'max' (5)" },
        { "number min above max", d => Item(d, "hours")["min"] = 50, "item 'hours': 'min' (50) must be below 'max' (40)" },
        { "number without step", d => Item(d, "hours").Remove("step"), "item 'hours': a number needs 'step' above 0" },
        { "choice without options", d => Item(d, "pick").Remove("options"), "item 'pick': a choice needs at least two 'options'" },
        { "unknown kind", d => Item(d, "ok")["kind"] = "slider", "item 'ok' has an unknown kind \"slider\"" },
        { "item without kind", d => Item(d, "ok").Remove("kind"), "item 'ok' has no 'kind'" },
        { "text without maxLength", d => Item(d, "note").Remove("maxLength"), "item 'note': free text needs 'maxLength'" },
        { "required free text", d => Item(d, "note")["required"] = true, "item 'note': free text is never required" },
        { "another kind's property", d => Item(d, "ok")["sd"] = 1.0, "item 'ok' has 'sd', which a yesno item does not use" },
        { "misspelt property", d => Item(d, "mood")["reliabilty"] = 0.7, "'reliabilty' could not be mapped" },
        { "unknown respondent", d => d["respondent"] = "coach", "'respondent' must be \"candidate\" or \"supervisor\"" },
        { "missing English language", d => d["languages"] = new JsonArray("nl"), "'languages' must be [\"nl\", \"en\", \"fr\"]" },
        { "version not in file name", d => d["version"] = 2, "the file name must be 'test-checkin.v2.json'" },
        { "null item", d => d["groups"]![1]!["items"]!.AsArray().Add(null), "group 2 ('two') 'items' has an empty entry" },
        { "empty group", d => d["groups"]![0]!["items"] = new JsonArray(), "group 1 ('one') has no items" },
        { "malformed item id", d => Item(d, "mood")["id"] = "Mood Now", "item 1 of group 1 ('one') has a missing or malformed 'id'" },
        { "known id of another kind", d => Item(d, "ok")["id"] = "work_ability", "item 'work_ability' must be a scale item (see ItemIds), not yesno" },
        { "known scale with another range", d => Item(d, "mood")["id"] = "work_ability", "item 'work_ability' must be a scale from 0 to 10 (see ItemIds), not 1 to 5" },
        { "supervisor id in a candidate questionnaire", d => Item(d, "ok")["id"] = "s_concerns", "item 's_concerns' belongs to the supervisor questionnaires" },
        { "per adjustment in a candidate questionnaire", d => Item(d, "pick")["perAdjustment"] = true,
            "item 'pick': 'perAdjustment' is for supervisor questionnaires" },
        { "per adjustment without naming it", d => { d["respondent"] = "supervisor"; Item(d, "pick")["perAdjustment"] = true; },
            "item 'pick': an item asked per adjustment names it: its \"nl\" text needs {adjustment}" },
    };

    [Theory]
    [MemberData(nameof(Breakages))]
    public void ABrokenDefinitionIsRefusedWithAMessageNamingTheFileAndTheProblem(string breakage, Action<JsonObject> breakIt, string expected)
    {
        var definition = TestDefinitions.Valid();
        breakIt(definition);

        var error = Assert.Throws<InvalidOperationException>(() => TestDefinitions.Load(definition));

        Assert.Contains($"'{TestDefinitions.Name}'", error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Contains(expected, StringComparison.Ordinal), $"{breakage}: {error.Message}");
    }

    [Fact]
    public void TheValidTestDefinitionLoads() => Assert.Equal(5, TestDefinitions.Load(TestDefinitions.Valid()).Items.Count());

    [Fact]
    public void EveryProblemInAFileIsReportedAtOnce()
    {
        var definition = TestDefinitions.Valid();
        Item(definition, "mood").Remove("sd");
        Item(definition, "note").Remove("maxLength");

        var error = Assert.Throws<InvalidOperationException>(() => TestDefinitions.Load(definition));

        Assert.Contains("'sd'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'maxLength'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TextThatIsNotJsonIsRefusedNamingTheFile()
    {
        var error = Assert.Throws<InvalidOperationException>(() => QuestionnaireCatalog.Load([("broken.v1.json", "{ \"id\": ")]));

        Assert.Contains("'broken.v1.json' is invalid", error.Message, StringComparison.Ordinal);
        Assert.Contains("the JSON cannot be read", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoFilesDefiningTheSameVersionAreRefused()
    {
        var json = TestDefinitions.Valid().ToJsonString();

        var error = Assert.Throws<InvalidOperationException>(() => QuestionnaireCatalog.Load([(TestDefinitions.Name, json), (TestDefinitions.Name, json)]));

        Assert.Contains("both define 'test-checkin' version 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ANewVersionThatChangesAnItemsKindIsRefusedAndOneThatKeepsItBecomesCurrent()
    {
        var first = TestDefinitions.Valid();
        var second = TestDefinitions.Valid();
        second["version"] = 2;
        Item(second, "mood")["max"] = 7;

        var error = Assert.Throws<InvalidOperationException>(() =>
            QuestionnaireCatalog.Load([(TestDefinitions.Name, first.ToJsonString()), ("test-checkin.v2.json", second.ToJsonString())]));
        Assert.Contains("'test-checkin.v2.json'", error.Message, StringComparison.Ordinal);
        Assert.Contains("item 'mood' changes kind or range", error.Message, StringComparison.Ordinal);

        Item(second, "mood")["max"] = 5;
        Item(second, "mood")["text"]!["nl"] = "Hoe is je stemming?";
        var catalog = QuestionnaireCatalog.Load([(TestDefinitions.Name, first.ToJsonString()), ("test-checkin.v2.json", second.ToJsonString())]);
        Assert.Equal(2, catalog.Current("test-checkin").Version);
        Assert.Equal("Stemming?", catalog.Get("test-checkin", 1).FindItem("mood")!.Text["nl"]);
    }

    private static JsonObject Item(JsonObject definition, string id) => TestDefinitions.Item(definition, id);
}
