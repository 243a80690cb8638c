using System.Diagnostics;
using System.Globalization;
using IpsMonitor.LocalHost;
using IpsMonitor.Tests.CheckIns;

namespace IpsMonitor.Tests.Faults;

/// <summary>
/// Storage that accepts connections and never answers (its process frozen with SIGSTOP) while respondents press
/// "submit": each gets an answer within ten seconds, and none is told "not saved" for an answer that was stored. The
/// test owns this Azurite, not the suite's shared one.
/// </summary>
public sealed class FrozenStorageTests
{
    private const int Respondents = 3;

    [Fact]
    public async Task WhileStorageIsFrozenEverySubmitIsAnsweredWithinTenSecondsAndNeverSaysNotSavedForAStoredAnswer()
    {
        using var storage = await Azurite.StartInMemoryAsync(Repo.Root);
        await using var p = await TestProgramme.StartAsync(new Dictionary<string, string?> { ["AzureWebJobsStorage"] = storage.ConnectionString });
        var visitors = new List<(Visitor Visitor, List<KeyValuePair<string, string>> LastScreen)>();
        for (var i = 0; i < Respondents; i++)
        {
            var id = await p.EnrolIdAsync(p.Today.AddMonths(-2));
            var visitor = await Visitor.LinkAsync(p, id);
            var definition = await visitor.DefinitionAsync();
            for (var step = 1; step < definition.Groups.Count; step++)
                Assert.Equal(HttpStatusCode.SeeOther, (await visitor.PostAsync(Visitor.ValidScreen(definition.Groups[step - 1], step, "next"))).StatusCode);
            visitors.Add((visitor, Visitor.ValidScreen(definition.Groups[^1], definition.Groups.Count, "submit")));
        }

        // The presses go out, and storage freezes while they are on their way: some may be stored before it stops.
        var presses = visitors.Select(async v =>
        {
            var watch = Stopwatch.StartNew();
            var response = await v.Visitor.PostAsync(v.LastScreen);
            return (Response: response, Body: await response.Content.ReadAsStringAsync(), watch.Elapsed);
        }).ToList();
        Signal("STOP", storage.ProcessId);
        (HttpResponseMessage Response, string Body, TimeSpan Elapsed)[] answers;
        try
        {
            answers = await Task.WhenAll(presses);
        }
        finally
        {
            Signal("CONT", storage.ProcessId);
        }

        var notSaved = new[] { UiText.Dutch.NotSavedRace, "niet opgeslagen", "niet bewaard", "could not be saved" };
        foreach (var (response, body, elapsed) in answers)
        {
            Assert.InRange(elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10));
            if (response.StatusCode == HttpStatusCode.SeeOther)
                continue;
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.NotNull(response.Headers.RetryAfter);
            Assert.Contains(UiText.Dutch.TryAgainUnknown, System.Net.WebUtility.HtmlDecode(body), StringComparison.Ordinal);
            Assert.All(notSaved, words => Assert.DoesNotContain(words, body, StringComparison.Ordinal));
        }
        Assert.Contains(answers, a => a.Response.StatusCode == HttpStatusCode.ServiceUnavailable);

        // Storage answers again: the next press of each finds out, and every answer is stored once.
        var store = p.Service<CheckInStore>();
        foreach (var (visitor, lastScreen) in visitors)
        {
            var again = await visitor.PostAsync(lastScreen);
            Assert.Equal(HttpStatusCode.SeeOther, again.StatusCode);
            Assert.Contains("sent=1", again.Headers.Location?.ToString() ?? "", StringComparison.Ordinal);
            var stored = await store.FindByTokenAsync(visitor.Token, CancellationToken.None);
            Assert.Equal(InvitationState.Answered, stored?.Invitation.State);
            visitor.Dispose();
        }
    }

    private static void Signal(string signal, int processId)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", $"-{signal} {processId.ToString(CultureInfo.InvariantCulture)}"))
            ?? throw new InvalidOperationException("kill did not start");
        kill.WaitForExit();
        Assert.Equal(0, kill.ExitCode);
    }
}
