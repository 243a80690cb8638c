using IpsMonitor.Development;
using IpsMonitor.Workspace;

namespace IpsMonitor.Tests.Workspace;

/// <summary>The candidate's voice on the agenda: on paper a few short lines per list, on screen everything.</summary>
public sealed class VoiceAgendaTests
{
    [Fact]
    public void LongGoalsAndPointsPrintShortenedAndFewWhileTheScreenShowsThemWhole()
    {
        var at = new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);
        var goals = Enumerable.Range(1, 3).Select(n => new DevelopmentGoal($"g{n}", new string('d', 20) + " " + new string('e', 279), GoalState.Active, at, at));
        var points = Enumerable.Range(1, 5).Select(n => new TalkPoint($"p{n}", string.Concat(Enumerable.Repeat("Punt op vrijdag. ", 30))[..500], at, null));
        var view = CandidateVoiceViews.View(new CandidateVoice([.. goals], [.. points]), StaffText.Nl, changeable: true);

        var lists = CandidateVoiceViews.AgendaLists(view);

        Assert.All(lists, l => Assert.Equal(CandidateVoiceViews.PaperItems, l.PaperItems));
        Assert.All(lists.SelectMany(l => l.Items), i => Assert.True(i.Paper is { Length: <= CandidateVoiceViews.PaperLength + 1 }, i.Paper));
        Assert.Equal(5, lists[1].Items.Count);
    }
}
