using System.Globalization;
using IpsMonitor.Fidelity;
using IpsMonitor.Tests.Workbooks;
using IpsMonitor.Tests.Workspace;

namespace IpsMonitor.Tests.Fidelity;

/// <summary>The review form as a browser sends it: a wrong review stores nothing and says why, field by field.</summary>
public sealed class FidelityFormTests
{
    private static Dictionary<string, string> Form(DateOnly date, string reviewers)
    {
        var fields = FidelityScale.Codes.Where(c => !FidelityScale.EducationOnly.Contains(c)).ToDictionary(c => "score-" + c, _ => "3");
        fields["date"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        fields["reviewers"] = reviewers;
        return fields;
    }

    [Fact]
    public async Task AWrongReviewStoresNothingAndNamesEachWrongFieldAndARightOneIsStoredWithItsTotalAndAudited()
    {
        await using var p = await TestProgramme.StartAsync();
        using var coordinator = await StaffSession.SignInAsync(p, "coordinator");
        var today = p.Today;
        var wrong = Form(today.AddDays(1), "A. de Vries");
        wrong["score-11"] = "6";
        wrong.Remove("score-3");
        wrong["score-5b"] = "2";

        var refused = await coordinator.PostAsync("fidelity/reviews", wrong, "fidelity");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = Dom.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal(["date", "score-11", "score-3", "score-9b"], page.QuerySelectorAll(".errors li[data-field]")
            .Select(e => e.GetAttribute("data-field") ?? "").Order(StringComparer.Ordinal));
        Assert.Contains("Kies een score van 1 tot 5.", page.QuerySelector(".errors")?.Text() ?? "", StringComparison.Ordinal);
        Assert.Equal("A. de Vries", page.QuerySelector("#fidelity-reviewers")?.GetAttribute("value"));
        Assert.Equal("2", page.QuerySelector("#fidelity-score-5b option[selected]")?.GetAttribute("value"));
        Assert.Empty(await p.Service<FidelityStore>().ListAsync(TestProgramme.Id, CancellationToken.None));

        var saved = await coordinator.PostAsync("fidelity/reviews", Form(today, "A. de Vries"), "fidelity");

        Assert.Equal(HttpStatusCode.SeeOther, saved.StatusCode);
        var review = Assert.Single(await p.Service<FidelityStore>().ListAsync(TestProgramme.Id, CancellationToken.None));
        Assert.Equal((today, "A. de Vries", 75, (int?)null), (review.Date, review.Reviewers, review.IpsATotal, review.IpsOTotal));
        Assert.Contains("coordinator record fidelity review " + today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            await WorkbookDownloads.AuditedActionsAsync(p));
    }

    [Fact]
    public async Task ACoachCannotOpenTheFidelityPage()
    {
        await using var p = await TestProgramme.StartAsync();
        using var coach = await StaffSession.SignInAsync(p, "coach-a");

        Assert.Equal(HttpStatusCode.Forbidden, (await coach.GetAsync("fidelity")).StatusCode);
    }
}
