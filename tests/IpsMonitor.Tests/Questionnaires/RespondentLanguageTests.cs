using System.Collections;
using System.Reflection;

namespace IpsMonitor.Tests.Questionnaires;

/// <summary>
/// A language is added by adding records and definition texts; these tests find every text table and every definition
/// text by reflection, so a record or a text left out fails here rather than showing Dutch to a French reader.
/// </summary>
public sealed class RespondentLanguageTests
{
    private static readonly Assembly App = typeof(ITextRecord).Assembly;

    /// <summary>
    /// Every static table (a field, or a property read on first use) of a text record type: (record type, the table's
    /// languages, its records).
    /// </summary>
    private static IEnumerable<(Type Type, IReadOnlyList<string> Languages, IReadOnlyList<ITextRecord> Records)> Tables() =>
        from type in App.GetTypes()
        where typeof(ITextRecord).IsAssignableFrom(type) && !type.IsInterface
        from member in type.GetMembers(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
        let memberType = member is FieldInfo f ? f.FieldType : member is PropertyInfo p ? p.PropertyType : null
        where memberType is { IsGenericType: true } && memberType.GetGenericTypeDefinition() == typeof(TextTable<>)
        let table = (member is FieldInfo fi ? fi.GetValue(null) : ((PropertyInfo)member).GetValue(null))
            ?? throw new InvalidOperationException($"{type.Name}.{member.Name} is null")
        select (type,
            (IReadOnlyList<string>)(memberType.GetProperty("Languages")?.GetValue(table) ?? Array.Empty<string>()),
            (IReadOnlyList<ITextRecord>)((IEnumerable)(memberType.GetProperty("All")?.GetValue(table) ?? Array.Empty<object>()))
                .Cast<ITextRecord>().ToList());

    [Fact]
    public void EveryRespondentTextTableHasExactlyTheRespondentLanguages()
    {
        var respondent = Tables().Where(t => t.Languages == Languages.Respondent).ToList();

        Assert.Contains(respondent, t => t.Type == typeof(UiText));
        Assert.Contains(respondent, t => t.Type == typeof(IpsMonitor.Development.DevelopmentText));
        Assert.Contains(respondent, t => t.Type == typeof(IpsMonitor.CheckIns.MailText));
        Assert.Contains("fr", Languages.Respondent);
        Assert.All(Tables().Where(t => t.Type.Namespace is "IpsMonitor.Questionnaires" or "IpsMonitor.Development" or "IpsMonitor.CheckIns"),
            t => Assert.Same(Languages.Respondent, t.Languages));
    }

    [Fact]
    public void EveryTextTableHoldsOneRecordPerLanguageWithEveryTextFilledIn()
    {
        Assert.NotEmpty(Tables());
        foreach (var (type, languages, records) in Tables())
        {
            Assert.Equal(languages, records.Select(r => r.Lang));
            // Every public static instance of the record (UiText.French) is in its table, so no language is left out.
            var instances = type.GetProperties(BindingFlags.Static | BindingFlags.Public).Where(p => p.PropertyType == type)
                .Select(p => p.GetValue(null));
            Assert.All(instances, i => Assert.Contains(i, records));
            foreach (var record in records)
                foreach (var property in type.GetProperties().Where(p => p.PropertyType == typeof(string) && p.GetIndexParameters().Length == 0))
                    Assert.False(string.IsNullOrWhiteSpace((string?)property.GetValue(record)), $"{type.Name}.{property.Name} in {record.Lang}");
        }
    }

    [Fact]
    public void EveryQuestionnaireTextHasATextInEachRespondentLanguage()
    {
        var texts = TestDefinitions.Shipped.All.SelectMany(d => TextsIn(d, new HashSet<object>(ReferenceEqualityComparer.Instance))).ToList();

        Assert.True(texts.Count > 150, $"only {texts.Count} texts found");
        Assert.All(texts, t =>
        {
            Assert.Equal(Languages.Respondent.Order(), t.Texts.Keys.Order());
            Assert.All(t.Texts.Values, v => Assert.False(string.IsNullOrWhiteSpace(v)));
        });
        // Each item and option has its own texts: a questionnaire in French is French throughout.
        Assert.All(TestDefinitions.Shipped.All.SelectMany(d => d.Items),
            item => Assert.NotEqual(item.Text["nl"], item.Text["fr"]));
    }

    /// <summary>Every LocalizedText reachable from a definition: titles, intros, items, hints, labels, units and options.</summary>
    private static IEnumerable<LocalizedText> TextsIn(object value, HashSet<object> seen)
    {
        if (!seen.Add(value))
            yield break;
        if (value is LocalizedText text)
        {
            yield return text;
            yield break;
        }
        if (value is IEnumerable list and not string)
        {
            foreach (var element in list)
                if (element is not null)
                    foreach (var found in TextsIn(element, seen))
                        yield return found;
            yield break;
        }
        if (value.GetType().Namespace != "IpsMonitor.Questionnaires")
            yield break;
        foreach (var property in value.GetType().GetProperties().Where(p => p.GetIndexParameters().Length == 0))
            if (property.GetValue(value) is { } child and not string)
                foreach (var found in TextsIn(child, seen))
                    yield return found;
    }
}
