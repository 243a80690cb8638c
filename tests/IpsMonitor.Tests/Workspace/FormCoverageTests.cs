using IpsMonitor.Tests.Hostile;

namespace IpsMonitor.Tests.Workspace;

/// <summary>
/// Every operation the JSON API offers a coach or coordinator (every route behind a staff key, read from the build's
/// functions.metadata) is also in the browser. The convention: API function X has a staff form function "XForm" that
/// posts under staff/. A read has no form; it names the staff page that shows what it returns. Nothing else is let off.
/// </summary>
public sealed class FormCoverageTests
{
    /// <summary>Reads, each with the staff page (or download) that shows the same data.</summary>
    private static readonly Dictionary<string, string> ShownBy = new(StringComparer.Ordinal)
    {
        ["GetCandidate"] = "ShowCandidate", // the candidate page is the record
        ["ListCaseload"] = "ShowCaseload", // the caseload page lists it, with filters and pages
        ["ListInvitations"] = "ShowCandidate", // the candidate page's check-in history
        ["ListCandidateSignals"] = "ShowCandidate", // the candidate page's open and resolved signals
        ["ListSignals"] = "ShowCaseload", // the caseload's badges and its signal filter
        ["ExportCandidate"] = "DownloadCandidateData", // the data page's download of the same export
        ["ReadAudit"] = "ShowAudit", // the audit page, with its CSV export
        ["ListStaffKeys"] = "ShowTeam", // the team page's table of keys
        ["ListWorkbooks"] = "ShowWorkbooks", // the workbooks page
        ["GetWorkbookBuild"] = "ShowWorkbookBuild", // the build's own page, which waits for it
        ["DownloadWorkbook"] = "DownloadStaffWorkbook", // the workbooks page's download
    };

    private static readonly IReadOnlyList<HttpRoute> StaffRoutes = HttpRoute.All.Where(r => r.IsPage).ToList();

    [Fact]
    public void EveryApiOperationOfACoachOrCoordinatorHasAStaffFormOrIsAReadThatAPageShows()
    {
        var operations = HttpRoute.All.Where(r => r.NeedsKey).ToList();
        Assert.True(operations.Count >= 30, $"only {operations.Count} API routes were read from functions.metadata");

        var missing = operations
            .Where(r => r.Method == "GET" ? !ShownBy.ContainsKey(r.Name) : !StaffRoutes.Any(s => s.Name == r.Name + "Form" && s.Method == "POST"))
            .Select(r => $"{r} ({r.Name}): no staff form {r.Name}Form" + (r.Method == "GET" ? " and no page named for it" : ""))
            .ToList();

        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    [Fact]
    public void EveryReadLetOffIsAnApiReadAndItsPageExists()
    {
        var reads = HttpRoute.All.Where(r => r.NeedsKey && r.Method == "GET").Select(r => r.Name).ToHashSet();

        Assert.All(ShownBy, entry =>
        {
            Assert.Contains(entry.Key, reads);
            Assert.Contains(StaffRoutes, s => s.Name == entry.Value && s.Method == "GET");
        });
    }

    [Fact]
    public void EveryStaffFormNamedAfterAnApiOperationPostsUnderStaff()
    {
        var operations = HttpRoute.All.Where(r => r.NeedsKey).Select(r => r.Name).ToHashSet();
        var forms = HttpRoute.All.Where(r => r.Name.EndsWith("Form", StringComparison.Ordinal)).ToList();

        Assert.All(forms.Where(f => operations.Contains(f.Name[..^"Form".Length])), f => Assert.True(f.IsPage && f.Method == "POST", f.ToString()));
    }
}
