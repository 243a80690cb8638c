using AngleSharp.Dom;
using IpsMonitor.Tests.Hostile;

namespace IpsMonitor.Tests.Workspace;

/// <summary>
/// A hint belongs to its field: it sits between the field's label and the field, right after the field, or under the
/// legend of its group, and that field (or group) names it in aria-describedby, so a screen reader reads it with the
/// field and nobody sees it under the field above. A hint before a form's first field is the form's introduction.
/// </summary>
public sealed class FormHintTests
{
    [Fact]
    public async Task EveryHintOfEveryStaffFormIsReadWithTheFieldItSitsWith()
    {
        await using var world = await RouteWorld.StartAsync();
        var candidateId = world.Values["candidateId"];
        var jobId = world.Values["jobId"];
        var failures = new List<string>();
        var checkedHints = 0;
        // The fidelity form is left out: its item hints belong to the scale's fieldsets, which its own branch words.
        foreach (var path in new[] { $"candidates/{candidateId}", "team", $"candidates/{candidateId}/data", "enrolment",
            $"candidates/{candidateId}/jobs/{jobId}/end", $"candidates/{candidateId}/discharge" })
        {
            var page = Dom.Parse(await world.Staff.PageAsync(path));
            foreach (var form in page.QuerySelectorAll("form"))
            {
                var controls = form.QuerySelectorAll("input, select, textarea")
                    .Where(c => c.GetAttribute("type") is not ("hidden" or "submit")).ToList();
                foreach (var hint in form.QuerySelectorAll(".hint"))
                {
                    var previous = controls.LastOrDefault(c => Follows(c, hint));
                    if (previous is null)
                        continue;
                    checkedHints++;
                    var next = controls.FirstOrDefault(c => Follows(hint, c));
                    var before = hint.PreviousElementSibling;
                    var sits = (before?.LocalName == "label" && next is not null && before.GetAttribute("for") == next.Id && Names(next, hint))
                        || (before == previous && Names(previous, hint))
                        || (before?.LocalName == "legend" && Names(hint.ParentElement, hint));
                    if (!sits)
                        failures.Add($"{path}: hint \"{hint.TextContent.Trim()}\" (id {hint.Id ?? "none"}) is not read with the field it sits with");
                }
            }
        }

        Assert.True(checkedHints >= 8, $"only {checkedHints} hints between fields");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task TheEnrolmentHintsAreReadWithTheLocalReferenceAndTheEmailField()
    {
        await using var p = await TestProgramme.StartAsync();
        using var coach = await StaffSession.SignInAsync(p, "coach-a");
        var page = Dom.Parse(await coach.PageAsync("enrolment"));
        var t = IpsMonitor.Workspace.StaffText.For("nl");

        foreach (var (field, words) in new[] { ("localReference", t.LocalReferenceHint), ("email", t.EmailHint) })
        {
            var input = page.QuerySelector($"input[name='{field}']")!;
            var described = (input.GetAttribute("aria-describedby") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.Contains(described, id => page.GetElementById(id)?.TextContent.Trim() == words);
            // Under the field's own label, not under the field above.
            Assert.Equal(words, input.PreviousElementSibling?.TextContent.Trim());
        }
    }

    /// <summary>Whether <paramref name="later"/> comes after <paramref name="earlier"/> in the document.</summary>
    private static bool Follows(INode earlier, INode later) =>
        earlier.CompareDocumentPosition(later).HasFlag(DocumentPositions.Following);

    private static bool Names(IElement? field, IElement hint) =>
        hint.Id is { Length: > 0 } id && field?.GetAttribute("aria-describedby")?.Split(' ').Contains(id) == true;
}
