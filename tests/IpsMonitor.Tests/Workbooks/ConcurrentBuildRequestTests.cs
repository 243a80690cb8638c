using IpsMonitor.Tests.CheckIns;
using IpsMonitor.Tests.Workspace;

namespace IpsMonitor.Tests.Workbooks;

/// <summary>
/// "Nu maken" pressed twice, or by two coordinators at once, queues one build of a programme's quarter: every post gets
/// the build already waiting, never a second one.
/// </summary>
public sealed class ConcurrentBuildRequestTests
{
    [Fact]
    public async Task PostsSentAtOnceForOneQuarterQueueOneBuildAndAllAnswerWithIt()
    {
        // Nobody picks the requests up, so the first stays pending while the others arrive.
        await using var p = await TestProgramme.StartAsync(new Dictionary<string, string?> { ["AzureWebJobs.BuildRequestedWorkbook.Disabled"] = "true" });
        var quarter = Quarter.FromInstant(p.Clock.GetUtcNow(), Quarter.Amsterdam);
        await p.EnrolAsync(quarter.Start);
        using var staff = await StaffSession.SignInAsync(p, "coordinator");
        var token = StaffSession.Token(await staff.PageAsync("workbooks"));

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => staff.SendAsync(
            new HttpRequestMessage(HttpMethod.Post, new Uri($"workbooks/{quarter}/builds", UriKind.Relative))
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__af"] = token }),
            })));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.SeeOther, a.StatusCode));
        Assert.Single(answers.Select(a => a.Headers.Location?.ToString()).Distinct());
        Assert.Single(await CheckInQueues.PeekAsync(p, QueueNames.WorkbookRequests));
        Assert.Equal(1, await p.Service<WorkbookBuildStore>().PendingCountAsync(TestProgramme.Id, CancellationToken.None));
        // The build's page says it is being made.
        var page = await staff.PageAsync(answers[0].Headers.Location!.ToString().Split("/staff/")[^1]);
        Assert.Contains(IpsMonitor.Workspace.CoordinatorText.For("nl").BuildRequested, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARequestRowThatHoldsNoClaimIsNeverAnsweredAsThePendingBuild()
    {
        await using var p = await TestProgramme.StartAsync(new Dictionary<string, string?> { ["AzureWebJobs.BuildRequestedWorkbook.Disabled"] = "true" });
        var quarter = Quarter.FromInstant(p.Clock.GetUtcNow(), Quarter.Amsterdam);
        await p.EnrolAsync(quarter.Start);
        var store = p.Service<WorkbookBuildStore>();
        // As a request that lost the race for the claim stands for a moment, before it is deleted.
        var loser = await store.CreateAsync(TestProgramme.Id, quarter, "coordinator:other", CancellationToken.None);
        using var staff = await StaffSession.SignInAsync(p, "coordinator");
        var token = StaffSession.Token(await staff.PageAsync("workbooks"));

        var answer = await staff.SendAsync(new HttpRequestMessage(HttpMethod.Post, new Uri($"workbooks/{quarter}/builds", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__af"] = token }),
        });

        Assert.Equal(HttpStatusCode.SeeOther, answer.StatusCode);
        Assert.DoesNotContain(loser.RequestId, answer.Headers.Location?.ToString() ?? loser.RequestId, StringComparison.Ordinal);
        var queued = Assert.Single(await CheckInQueues.PeekAsync(p, QueueNames.WorkbookRequests));
        Assert.EndsWith(Assert.IsType<string>(queued.GetProperty("requestId").GetString()), answer.Headers.Location?.ToString() ?? "", StringComparison.Ordinal);
        // Nor is it counted among the builds waiting, where it could make a request sent beside it one too many.
        Assert.Equal(1, await store.PendingCountAsync(TestProgramme.Id, CancellationToken.None));
    }
}
