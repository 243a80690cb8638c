using IpsMonitor.Workspace;

namespace IpsMonitor.Tests.Workspace;

/// <summary>The staff words: one record per staff language, and every stored value labelled in each.</summary>
public sealed class StaffTextTests
{
    [Fact]
    public void EveryStaffLanguageHasExactlyOneRecord() =>
        Assert.Equal(Languages.Staff.Order(StringComparer.Ordinal), StaffText.Table.All.Select(t => t.Lang).Order(StringComparer.Ordinal));

    [Fact]
    public void EveryRecordLabelsEveryStoredValue()
    {
        foreach (var t in StaffText.Table.All)
        {
            Assert.All(StaffText.Statuses, s => Assert.True(t.StatusLabels.ContainsKey(s), $"{t.Lang}: status {s}"));
            Assert.All(SignalTypes.All, s => Assert.True(t.SignalLabels.ContainsKey(s), $"{t.Lang}: signal {s}"));
            Assert.All(DriegesprekPreparation.Shared, d => Assert.True(t.DimensionLabels.ContainsKey(d.Key), $"{t.Lang}: {d.Key}"));
            AssertLabels(t.Lang, t.SeverityLabels);
            AssertLabels(t.Lang, t.KindLabels);
            AssertLabels(t.Lang, t.DisclosureLabels);
            AssertLabels(t.Lang, t.AdjustmentLabels);
            AssertLabels(t.Lang, t.AdjustmentStatusLabels);
            AssertLabels(t.Lang, t.StateLabels);
        }
    }

    [Fact]
    public void LabelsAreWordedInTheReadersLanguage()
    {
        Assert.Equal("Zoekt werk", StaffText.Nl.StatusLabel(CandidateDtos.Looking));
        Assert.Equal("Looking for work", StaffText.En.StatusLabel(CandidateDtos.Looking));
        Assert.Equal("Iedereen", StaffText.Nl.StatusLabel("all"));
        Assert.Equal("Trial placement (proefplaatsing)", StaffText.En.KindLabel(PlacementKind.Proefplaatsing));
        Assert.Equal("Gemist", StaffText.Nl.StateLabel(InvitationState.Missed));
        Assert.Equal("7,5 uur", StaffText.Nl.Hours(7.5m));
        Assert.Equal("7.5 h", StaffText.En.Hours(7.5m));
        Assert.Equal("unknown-type", StaffText.En.SignalLabel("unknown-type"));
    }

    private static void AssertLabels<TValue>(string lang, IReadOnlyDictionary<TValue, string> labels) where TValue : struct, Enum =>
        Assert.All(Enum.GetValues<TValue>(), v => Assert.False(string.IsNullOrWhiteSpace(labels.GetValueOrDefault(v)), $"{lang}: {v}"));
}
