using System.Text.Json.Nodes;

namespace IpsMonitor.Tests.Questionnaires;

/// <summary>A small definition with one item of each kind, to break in one place at a time.</summary>
internal static class TestDefinitions
{
    public const string Name = "test-checkin.v1.json";

    public static readonly QuestionnaireCatalog Shipped = QuestionnaireCatalog.LoadEmbedded();

    public static JsonObject Valid() => JsonNode.Parse("""
        {
          "id": "test-checkin", "version": 1, "respondent": "candidate", "languages": ["nl", "en", "fr"],
          "title": { "nl": "Test", "en": "Test", "fr": "Test" },
          "groups": [
            { "id": "one", "title": { "nl": "Een", "en": "One", "fr": "One" }, "items": [
              { "id": "mood", "kind": "scale", "required": true, "text": { "nl": "Stemming?", "en": "Mood?", "fr": "Mood?" }, "min": 1, "max": 5,
                "minLabel": { "nl": "laag", "en": "low", "fr": "low" }, "maxLabel": { "nl": "hoog", "en": "high", "fr": "high" }, "sd": 1.0, "reliability": 0.7 },
              { "id": "hours", "kind": "number", "text": { "nl": "Uren?", "en": "Hours?", "fr": "Hours?" }, "unit": { "nl": "uur", "en": "hours", "fr": "hours" },
                "min": 0, "max": 40, "step": 0.5 }
            ] },
            { "id": "two", "title": { "nl": "Twee", "en": "Two", "fr": "Two" }, "items": [
              { "id": "ok", "kind": "yesno", "required": true, "text": { "nl": "Gaat het?", "en": "Okay?", "fr": "Okay?" } },
              { "id": "pick", "kind": "choice", "text": { "nl": "Kies", "en": "Pick", "fr": "Pick" }, "options": [
                { "id": "a", "label": { "nl": "A", "en": "A", "fr": "A" } }, { "id": "b", "label": { "nl": "B", "en": "B", "fr": "B" } } ] },
              { "id": "note", "kind": "text", "text": { "nl": "Nog iets?", "en": "Anything else?", "fr": "Anything else?" }, "maxLength": 20 }
            ] }
          ]
        }
        """)!.AsObject();

    public static QuestionnaireDefinition Load(JsonObject json) =>
        QuestionnaireCatalog.Load([(Name, json.ToJsonString())]).Get("test-checkin", 1);

    public static JsonObject Item(JsonObject definition, string id) =>
        definition["groups"]!.AsArray().SelectMany(g => g!["items"]!.AsArray()).Single(i => (string?)i!["id"] == id)!.AsObject();
}
