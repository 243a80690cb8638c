using System.Reflection;
using IpsMonitor.Platform;

namespace IpsMonitor.Tests.Platform;

/// <summary>
/// Every kind of text is a table of records, one per language of its list. The tables are found by reflection, so a
/// new table, or a language added to a list, is checked without touching this test.
/// </summary>
public sealed class TextTableTests
{
    public static TheoryData<string> Tables()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in AllTables())
            data.Add(name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void EveryTextTableHasOneRecordForEachLanguageOfItsList(string table)
    {
        var found = AllTables().Single(t => t.Name == table).Table;
        var languages = (IReadOnlyList<string>)Property(found, "Languages");
        var records = ((System.Collections.IEnumerable)Property(found, "All")).Cast<ITextRecord>().Select(r => r.Lang).ToList();

        Assert.Equal(languages.Order(), records.Order());
        Assert.Equal(Languages.Default, records[0]);
    }

    [Fact]
    public void TheTablesOfStaffAndRespondentTextsAreFound()
    {
        Assert.Contains(AllTables(), t => t.Name.StartsWith("StaffText.", StringComparison.Ordinal));
        Assert.True(AllTables().Count() >= 2);
    }

    private static IEnumerable<(string Name, object Table)> AllTables() =>
        typeof(Languages).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            .Where(f => f.FieldType.IsGenericType && f.FieldType.GetGenericTypeDefinition() == typeof(TextTable<>))
            .Select(f => ($"{f.DeclaringType?.Name}.{f.Name}", f.GetValue(null) ?? throw new InvalidOperationException(f.Name)));

    private static object Property(object table, string name) =>
        table.GetType().GetProperty(name)?.GetValue(table) ?? throw new InvalidOperationException(name);
}
