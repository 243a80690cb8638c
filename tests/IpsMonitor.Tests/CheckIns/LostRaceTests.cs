using Azure.Core;
using Azure.Core.Pipeline;

namespace IpsMonitor.Tests.CheckIns;

/// <summary>When every write of a screen loses its race, the person is told and keeps what they typed.</summary>
public sealed class LostRaceTests
{
    /// <summary>
    /// Just before each conditional write to the check-ins table, a rival changes the row for real in Azurite, so the
    /// write's If-Match no longer holds and storage answers 412: a race lost every time, on real storage.
    /// </summary>
    private sealed class Rival(string connection) : HttpPipelinePolicy
    {
        public (string Table, string Partition, string Row)? Target { get; set; }

        public int Raced { get; private set; }

        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            await RaceAsync(message.Request);
            await ProcessNextAsync(message, pipeline);
        }

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            RaceAsync(message.Request).AsTask().GetAwaiter().GetResult();
            ProcessNext(message, pipeline);
        }

        private async ValueTask RaceAsync(Request request)
        {
            if (Target is not { } target || !IsConditionalWrite(request, target.Table))
                return;
            Raced++;
            var other = new TableServiceClient(connection).GetTableClient(target.Table);
            await other.UpdateEntityAsync(new TableEntity(target.Partition, target.Row) { ["RivalTouch"] = Raced }, Azure.ETag.All, TableUpdateMode.Merge);
        }

        private static bool IsConditionalWrite(Request request, string table)
        {
            var path = request.Uri.Path;
            var batch = request.Method == RequestMethod.Post && path.EndsWith("$batch", StringComparison.Ordinal);
            var update = path.Contains($"/{table}(", StringComparison.Ordinal) && request.Headers.TryGetValue("If-Match", out var match) && match != "*";
            return batch || update;
        }
    }

    private static async Task<(TestProgramme P, Rival Rival, Visitor Person, QuestionnaireDefinition Definition)> SetUpAsync()
    {
        var connection = await TestStorage.ConnectionStringAsync();
        var rival = new Rival(connection);
        var options = new TableClientOptions();
        options.AddPolicy(rival, HttpPipelinePosition.PerCall);
        var p = await TestProgramme.StartAsync(services: s => s.AddSingleton(new TableServiceClient(connection, options)));
        var id = await p.EnrolIdAsync(new DateOnly(2026, 6, 1));
        var person = await Visitor.LinkAsync(p, id);
        var file = (await p.Service<CheckInStore>().FindByTokenAsync(person.Token, CancellationToken.None))!;
        rival.Target = (p.Service<StorageNames>().Table(CheckInStore.Table), file.ProgrammeId, $"{id}|{file.Invitation.Id}");
        var target = rival.Target;
        rival.Target = null;
        var definition = await person.DefinitionAsync();
        rival.Target = target;
        return (p, rival, person, definition);
    }

    [Theory]
    [InlineData("nl", "probeer het nog eens")]
    [InlineData("en", "please try again")]
    public async Task ThreeLostRacesOnAScreenShowTheTryAgainPageWithTheAnswersStillFilledIn(string lang, string tryAgain)
    {
        var (p, rival, person, definition) = await SetUpAsync();
        await using var _ = p;
        var group = definition.Groups[0];
        var scale = group.Items.OfType<ScaleItem>().First();
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(p.Host.BaseAddress, "q/") };

        var response = await browser.PostAsync(new Uri($"{person.Token}?lang={lang}", UriKind.Relative), new FormUrlEncodedContent(Visitor.ValidScreen(group, 1, "next")));

        Assert.Equal(3, rival.Raced);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains(tryAgain, page, StringComparison.Ordinal);
        Assert.Contains($"<html lang=\"{lang}\"", page, StringComparison.Ordinal);
        Assert.Matches($"name=\"{scale.Id}\" value=\"{scale.Max}\"[^>]*checked", page);
    }

    [Fact]
    public async Task ThreeLostRacesOnTheFinalSubmitNeverReturnSilentlyToTheFirstScreen()
    {
        var (p, rival, person, definition) = await SetUpAsync();
        await using var _ = p;
        var target = rival.Target;
        rival.Target = null;
        for (var step = 1; step < definition.Groups.Count; step++)
            Assert.Equal(HttpStatusCode.SeeOther, (await person.PostAsync(Visitor.ValidScreen(definition.Groups[step - 1], step, "next"))).StatusCode);
        rival.Target = target;

        var response = await person.PostAsync(Visitor.ValidScreen(definition.Groups[^1], definition.Groups.Count, "submit"));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("probeer het nog eens", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var stored = (await p.Service<CheckInStore>().FindByTokenAsync(person.Token, CancellationToken.None))!;
        Assert.Equal(InvitationState.Open, stored.Invitation.State);
        // The earlier screens' answers stay on the server for the next try.
        Assert.Contains(definition.Groups[0].Items[0].Id, stored.Draft.Keys);

        rival.Target = null;
        Assert.Equal(HttpStatusCode.SeeOther, (await person.PostAsync(Visitor.ValidScreen(definition.Groups[^1], definition.Groups.Count, "submit"))).StatusCode);
        Assert.Equal(InvitationState.Answered, (await p.Service<CheckInStore>().FindByTokenAsync(person.Token, CancellationToken.None))!.Invitation.State);
    }
}
