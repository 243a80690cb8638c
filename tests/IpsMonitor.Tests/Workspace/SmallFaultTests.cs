using System.Text.RegularExpressions;
using IpsMonitor.Workspace;

namespace IpsMonitor.Tests.Workspace;

/// <summary>
/// The small faults as kinds: every action the app records has Dutch words on the Dutch audit page and in its CSV, every
/// count has a singular ("1 kandidaat"), and a yes/no scale has no "0.5" on its axis.
/// </summary>
public sealed partial class SmallFaultTests
{
    [GeneratedRegex("""Record(?:List|Respondent)?Async\([^,]+,\s*\$?"(?<action>[a-z][a-z ]*)""")]
    private static partial Regex AuditAction();

    [GeneratedRegex("""changes\.(?:Record|Save)Async\([^"]*"(?<action>[a-z][a-z ]*)""")]
    private static partial Regex CaseloadChange();

    [Fact]
    public void EveryRecordedAuditActionHasDutchWords()
    {
        var nl = AuditText.For("nl");
        var actions = Directory.EnumerateFiles(Repo.PathOf("functions"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => AuditAction().Matches(File.ReadAllText(f)).Concat(CaseloadChange().Matches(File.ReadAllText(f))))
            .Select(m => m.Groups["action"].Value.Trim()).Where(a => a.Length > 0).Distinct().ToList();

        Assert.True(actions.Count >= 20, string.Join(", ", actions));
        var untranslated = actions.Where(a => nl.ActionLabel(a + " x") == a + " x").ToList();
        Assert.True(untranslated.Count == 0, "no Dutch words for: " + string.Join(", ", untranslated));
        Assert.Equal("sleutel ingetrokken k-1", nl.ActionLabel("revoke key k-1"));
        Assert.Equal(nl.CsvHeader.Count, AuditText.For("en").CsvHeader.Count);
    }

    [Fact]
    public void EveryCountInTheStaffTextsHasASingular()
    {
        foreach (var file in Directory.EnumerateFiles(Repo.PathOf("functions", "Workspace"), "*Text.*.json"))
        {
            var texts = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(File.ReadAllText(file))!;
            foreach (var (key, value) in texts.Where(t => t.Value.ValueKind == JsonValueKind.String))
            {
                // A count: a number, then a word ("{0} kandidaten"), not "{0} ({1})".
                if (!Regex.IsMatch(value.GetString()!, @"^\{0\} \p{L}"))
                    continue;
                var singular = Enumerable.Range(0, key.Length).Where(i => key[i] == 's').Select(i => "One" + key.Remove(i, 1)).Append("One" + key);
                Assert.True(singular.Any(texts.ContainsKey), $"{Path.GetFileName(file)}: {key} counts, but has no One… text for 1");
            }
        }
    }

    [Fact]
    public async Task TheCandidatePageShowsOpenSignalsBeforeTheJobsAndNoDriegesprekWithoutAJob()
    {
        await using var p = await TestProgramme.StartAsync();
        var searching = await p.EnrolIdAsync(new DateOnly(2026, 3, 1));
        var working = await p.EnrolIdAsync(new DateOnly(2026, 3, 1));
        await p.StartJobAsync(working, new DateOnly(2026, 6, 1), consent: true);
        using var coach = await StaffSession.SignInAsync(p, "coach-a");

        var withoutJob = Dom.Parse(await coach.PageAsync($"candidates/{searching}"));
        var withJob = Dom.Parse(await coach.PageAsync($"candidates/{working}"));

        Assert.Null(withoutJob.GetElementById("driegesprek"));
        Assert.NotNull(withJob.GetElementById("driegesprek"));
        var order = withJob.QuerySelectorAll("h2[id]").Select(h => h.Id).ToList();
        Assert.True(order.IndexOf("signals-title") < order.IndexOf("jobs-title"), string.Join(", ", order));
        Assert.True(order.IndexOf("signals-title") < order.IndexOf("driegesprek-title"), string.Join(", ", order));
    }

    [Fact]
    public void AYesNoScaleShowsOnlyItsEndsOnTheAxis()
    {
        var d = new Dimension("yes_no", 0, 1, [new ChartPoint(new DateOnly(2026, 10, 1), 1, false)], []);
        var chart = TrendChart.View(d, "Ja of nee", StaffText.Nl);
        Assert.Equal(["0", "1"], chart.Ticks.Select(t => t.Label).Order());
    }
}
