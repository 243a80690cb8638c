using System.Reflection;

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

    // A table is a static field or, where its records live in several files, a static property read on first use.
    private static IEnumerable<(string Name, object Table)> AllTables()
    {
        const BindingFlags statics = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        static bool IsTable(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(TextTable<>);
        foreach (var type in typeof(Languages).Assembly.GetTypes())
        {
            foreach (var field in type.GetFields(statics).Where(f => IsTable(f.FieldType)))
                yield return ($"{type.Name}.{field.Name}", field.GetValue(null) ?? throw new InvalidOperationException(field.Name));
            foreach (var property in type.GetProperties(statics).Where(p => IsTable(p.PropertyType)))
                yield return ($"{type.Name}.{property.Name}", property.GetValue(null) ?? throw new InvalidOperationException(property.Name));
        }
    }

    private static object Property(object table, string name) =>
        table.GetType().GetProperty(name)?.GetValue(table) ?? throw new InvalidOperationException(name);
}
