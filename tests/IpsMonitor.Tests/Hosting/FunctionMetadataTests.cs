using System.Diagnostics;
using System.Reflection;
using IpsMonitor.AzureHost;
using IpsMonitor.LocalHost;
using Microsoft.Azure.Functions.Worker;

namespace IpsMonitor.Tests.Hosting;

/// <summary>
/// The functions.metadata the Worker SDK writes on every build is what both hosts run. These tests read the real build
/// output: a removed attribute, a changed route or a renamed queue shows up here.
/// </summary>
public sealed class FunctionMetadataTests
{
    /// <summary>Every function the app has: its trigger and its route (method and path), queue or schedule setting.</summary>
    public static readonly TheoryData<string, string, string> Expected = new()
    {
        { "Health", "httpTrigger", "GET health" },
        { "OpenApiDocument", "httpTrigger", "GET openapi.json" },
        { "SaveCoach", "httpTrigger", "PUT programmes/{programmeId}/coaches/{coachId}" },
        { "CreateStaffKey", "httpTrigger", "POST programmes/{programmeId}/keys" },
        { "EnrolCandidate", "httpTrigger", "POST programmes/{programmeId}/candidates" },
        { "ListCaseload", "httpTrigger", "GET programmes/{programmeId}/candidates" },
        { "GetCandidate", "httpTrigger", "GET candidates/{candidateId}" },
        { "CorrectCandidate", "httpTrigger", "PATCH candidates/{candidateId}" },
        { "RecordJobStart", "httpTrigger", "POST candidates/{candidateId}/jobs" },
        { "UpdateJob", "httpTrigger", "PATCH candidates/{candidateId}/jobs/{jobId}" },
        { "RecordEducationStart", "httpTrigger", "POST candidates/{candidateId}/education" },
        { "RecordEducationEnd", "httpTrigger", "POST candidates/{candidateId}/education/{educationId}/end" },
        { "RecordJobEnd", "httpTrigger", "POST candidates/{candidateId}/jobs/{jobId}/end" },
        { "AddAdjustment", "httpTrigger", "POST candidates/{candidateId}/jobs/{jobId}/adjustments" },
        { "DecideAdjustment", "httpTrigger", "POST candidates/{candidateId}/jobs/{jobId}/adjustments/{adjustmentId}/decisions" },
        { "RecordConsent", "httpTrigger", "PUT candidates/{candidateId}/jobs/{jobId}/consent" },
        { "RecordDischarge", "httpTrigger", "POST candidates/{candidateId}/discharge" },
        { "ReferAgain", "httpTrigger", "POST candidates/{candidateId}/referrals" },
        { "SetCadence", "httpTrigger", "PUT candidates/{candidateId}/cadence" },
        { "ExportCandidate", "httpTrigger", "GET candidates/{candidateId}/export" },
        { "EraseCandidate", "httpTrigger", "DELETE candidates/{candidateId}" },
        { "ListInvitations", "httpTrigger", "GET candidates/{candidateId}/invitations" },
        { "IssueLink", "httpTrigger", "POST candidates/{candidateId}/invitations" },
        { "CorrectInvitation", "httpTrigger", "PATCH candidates/{candidateId}/invitations/{invitationId}" },
        { "ShowQuestionnaire", "httpTrigger", "GET q/{token}" },
        { "SubmitQuestionnaire", "httpTrigger", "POST q/{token}" },
        { "IssueDevelopmentLink", "httpTrigger", "POST candidates/{candidateId}/development-links" },
        { "RevokeDevelopmentLinks", "httpTrigger", "DELETE candidates/{candidateId}/development-links" },
        { "ShowDevelopment", "httpTrigger", "GET d/{token}" },
        { "ShowDevelopmentAfterCheckIn", "httpTrigger", "GET q/{token}/development" },
        { "ShowStopDevelopmentLink", "httpTrigger", "GET d/{token}/stop" },
        { "StopDevelopmentLink", "httpTrigger", "POST d/{token}/stop" },
        { "SaveCandidateVoice", "httpTrigger", "POST d/{token}" },
        { "ListSignals", "httpTrigger", "GET programmes/{programmeId}/signals" },
        { "ListCandidateSignals", "httpTrigger", "GET candidates/{candidateId}/signals" },
        { "AcknowledgeSignal", "httpTrigger", "POST candidates/{candidateId}/signals/{signalId}/acknowledge" },
        { "ListWorkbooks", "httpTrigger", "GET programmes/{programmeId}/workbooks" },
        { "DownloadWorkbook", "httpTrigger", "GET programmes/{programmeId}/workbooks/{quarter}/{variant}" },
        { "RequestWorkbookBuild", "httpTrigger", "POST programmes/{programmeId}/workbooks/{quarter}/builds" },
        { "GetWorkbookBuild", "httpTrigger", "GET programmes/{programmeId}/workbooks/{quarter}/builds/{requestId}" },
        { "ListStaffKeys", "httpTrigger", "GET programmes/{programmeId}/keys" },
        { "RevokeStaffKey", "httpTrigger", "POST programmes/{programmeId}/keys/{keyId}/revoke" },
        { "ReassignCandidates", "httpTrigger", "POST programmes/{programmeId}/reassignments" },
        { "DeactivateCoach", "httpTrigger", "POST programmes/{programmeId}/coaches/{coachId}/deactivate" },
        { "ShowTeam", "httpTrigger", "GET staff/team" },
        { "ReadAudit", "httpTrigger", "GET programmes/{programmeId}/audit" },
        { "ShowAudit", "httpTrigger", "GET staff/audit" },
        { "ExportAudit", "httpTrigger", "GET staff/audit/export" },
        { "SaveCoachForm", "httpTrigger", "POST staff/team/coaches" },
        { "CreateStaffKeyForm", "httpTrigger", "POST staff/team/keys" },
        { "RevokeStaffKeyForm", "httpTrigger", "POST staff/team/keys/{keyId}/revoke" },
        { "ReassignCandidatesForm", "httpTrigger", "POST staff/team/reassignments" },
        { "DeactivateCoachForm", "httpTrigger", "POST staff/team/coaches/{coachId}/deactivate" },
        { "ShowQuarter", "httpTrigger", "GET staff/quarter" },
        { "ShowFidelity", "httpTrigger", "GET staff/fidelity" },
        { "RecordFidelityReviewForm", "httpTrigger", "POST staff/fidelity/reviews" },
        { "ShowWorkbooks", "httpTrigger", "GET staff/workbooks" },
        { "DownloadStaffWorkbook", "httpTrigger", "GET staff/workbooks/{quarter}/{variant}" },
        { "RequestWorkbookBuildForm", "httpTrigger", "POST staff/workbooks/{quarter}/builds" },
        { "ShowWorkbookBuild", "httpTrigger", "GET staff/workbooks/{quarter}/builds/{requestId}" },
        { "ShowStaffSignIn", "httpTrigger", "GET staff/sign-in" },
        { "StaffSignIn", "httpTrigger", "POST staff/sign-in" },
        { "StaffSignOut", "httpTrigger", "POST staff/sign-out" },
        { "ShowCaseload", "httpTrigger", "GET staff/caseload" },
        { "ShowToday", "httpTrigger", "GET staff/today" },
        { "ShowCheckIns", "httpTrigger", "GET staff/check-ins" },
        { "ShowCandidate", "httpTrigger", "GET staff/candidates/{candidateId}" },
        { "ShowDataRights", "httpTrigger", "GET staff/candidates/{candidateId}/data" },
        { "ShowEndJob", "httpTrigger", "GET staff/candidates/{candidateId}/jobs/{jobId}/end" },
        { "ShowDischarge", "httpTrigger", "GET staff/candidates/{candidateId}/discharge" },
        { "ShowWithdrawConsent", "httpTrigger", "GET staff/candidates/{candidateId}/jobs/{jobId}/consent/withdraw" },
        { "ShowStopDevelopmentLinks", "httpTrigger", "GET staff/candidates/{candidateId}/development-links/stop" },
        { "WithdrawConsentForm", "httpTrigger", "POST staff/candidates/{candidateId}/jobs/{jobId}/consent/withdraw" },
        { "ShowRevokeStaffKey", "httpTrigger", "GET staff/team/keys/{keyId}/revoke" },
        { "ShowDeactivateCoach", "httpTrigger", "GET staff/team/coaches/{coachId}/deactivate" },
        { "ShowNewLink", "httpTrigger", "GET staff/candidates/{candidateId}/links/{revealId}" },
        { "ShowNewStaffKey", "httpTrigger", "GET staff/team/new-key/{revealId}" },
        { "DownloadCandidateData", "httpTrigger", "GET staff/candidates/{candidateId}/data/export" },
        { "DownloadCandidateAnswers", "httpTrigger", "GET staff/candidates/{candidateId}/data/answers" },
        { "EraseCandidateForm", "httpTrigger", "POST staff/candidates/{candidateId}/erase" },
        { "ShowErased", "httpTrigger", "GET staff/erased" },
        { "AcknowledgeSignalForm", "httpTrigger", "POST staff/candidates/{candidateId}/signals/{signalId}/acknowledge" },
        { "RecordConsentForm", "httpTrigger", "POST staff/candidates/{candidateId}/jobs/{jobId}/consent" },
        { "UpdateJobForm", "httpTrigger", "POST staff/candidates/{candidateId}/jobs/{jobId}" },
        { "RecordJobEndForm", "httpTrigger", "POST staff/candidates/{candidateId}/jobs/{jobId}/end" },
        { "AddAdjustmentForm", "httpTrigger", "POST staff/candidates/{candidateId}/jobs/{jobId}/adjustments" },
        { "DecideAdjustmentForm", "httpTrigger", "POST staff/candidates/{candidateId}/jobs/{jobId}/adjustments/{adjustmentId}/decisions" },
        { "RecordDriegesprekForm", "httpTrigger", "POST staff/candidates/{candidateId}/jobs/{jobId}/driegesprekken" },
        { "CompleteAgreementForm", "httpTrigger", "POST staff/candidates/{candidateId}/jobs/{jobId}/agreements/{agreementId}/done" },
        { "ShowDriegesprekSummary", "httpTrigger", "GET staff/candidates/{candidateId}/jobs/{jobId}/driegesprekken/{talkId}/summary" },
        { "ShareDriegesprekSummaryForm", "httpTrigger", "POST staff/candidates/{candidateId}/jobs/{jobId}/driegesprekken/{talkId}/sharing" },
        { "MailDriegesprekSummaryForm", "httpTrigger", "POST staff/candidates/{candidateId}/jobs/{jobId}/driegesprekken/{talkId}/summary/mail" },
        { "RecordJobStartForm", "httpTrigger", "POST staff/candidates/{candidateId}/jobs" },
        { "RecordDischargeForm", "httpTrigger", "POST staff/candidates/{candidateId}/discharge" },
        { "RecordEducationStartForm", "httpTrigger", "POST staff/candidates/{candidateId}/education" },
        { "RecordEducationEndForm", "httpTrigger", "POST staff/candidates/{candidateId}/education/{educationId}/end" },
        { "RecordContactForm", "httpTrigger", "POST staff/candidates/{candidateId}/contacts" },
        { "RecordObservationForm", "httpTrigger", "POST staff/candidates/{candidateId}/observations" },
        { "IssueLinkForm", "httpTrigger", "POST staff/candidates/{candidateId}/links" },
        { "MarkTalkPointDiscussed", "httpTrigger", "POST staff/candidates/{candidateId}/talk-points/{pointId}/discussed" },
        { "MarkFitReviewed", "httpTrigger", "POST staff/candidates/{candidateId}/jobs/{jobId}/fit-review" },
        { "ShowEnrolment", "httpTrigger", "GET staff/enrolment" },
        { "EnrolCandidateForm", "httpTrigger", "POST staff/enrolment" },
        { "ReferAgainForm", "httpTrigger", "POST staff/candidates/{candidateId}/referrals" },
        { "SetCadenceForm", "httpTrigger", "POST staff/candidates/{candidateId}/cadence" },
        { "CorrectCandidateForm", "httpTrigger", "POST staff/candidates/{candidateId}/corrections" },
        { "CorrectInvitationForm", "httpTrigger", "POST staff/candidates/{candidateId}/check-ins" },
        { "IssueDevelopmentLinkForm", "httpTrigger", "POST staff/candidates/{candidateId}/development-links" },
        { "RevokeDevelopmentLinksForm", "httpTrigger", "POST staff/candidates/{candidateId}/development-links/stop" },
        { "RecordHeartbeat", "queueTrigger", QueueNames.Heartbeats },
        { "RecomputeOnCheckInSubmitted", "queueTrigger", QueueNames.CheckInSubmitted },
        { "RecomputeOnCheckInMissed", "queueTrigger", QueueNames.CheckInMissed },
        { "RecomputeOnCandidateChanged", "queueTrigger", QueueNames.CandidateChanged },
        { "BuildRequestedWorkbook", "queueTrigger", QueueNames.WorkbookRequests },
        { "SendHeartbeat", "timerTrigger", "%HeartbeatSchedule%" },
        { "ScheduleCheckIns", "timerTrigger", "%ScheduleCheckInsSchedule%" },
        { "RetryCheckInMessages", "timerTrigger", "%RetryCheckInMessagesSchedule%" },
        { "SendReminders", "timerTrigger", "%SendRemindersSchedule%" },
        { "ReevaluateSignals", "timerTrigger", "%ReevaluateSignalsSchedule%" },
        { "CheckCaseloadSummaries", "timerTrigger", "%CaseloadSummaryCheckSchedule%" },
        { "ApplyRetention", "timerTrigger", "%RetentionSchedule%" },
        { "RefreshQuarterFigures", "timerTrigger", "%QuarterFiguresSchedule%" },
        { "BuildQuarterlyWorkbooks", "timerTrigger", "%QuarterlyWorkbookSchedule%" },
    };

    private static readonly JsonElement[] Written = JsonSerializer.Deserialize<JsonElement[]>(File.ReadAllText(FunctionIndex.DefaultPath))!;

    private static string Describe(JsonElement function)
    {
        var trigger = function.GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));
        return trigger.GetProperty("type").GetString() switch
        {
            "httpTrigger" => $"{string.Join(',', trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()!.ToUpperInvariant()))} {trigger.GetProperty("route").GetString()}",
            "queueTrigger" => trigger.GetProperty("queueName").GetString()!,
            _ => trigger.GetProperty("schedule").GetString()!,
        };
    }

    [Theory]
    [MemberData(nameof(Expected))]
    public void TheBuildWritesEachFunctionWithItsTriggerAndItsRouteQueueOrSchedule(string name, string trigger, string detail)
    {
        var function = Assert.Single(Written, f => f.GetProperty("name").GetString() == name);

        Assert.Contains(function.GetProperty("bindings").EnumerateArray(), b => b.GetProperty("type").GetString() == trigger);
        Assert.Equal(detail, Describe(function));
    }

    [Fact]
    public void TheBuildWritesNoFunctionBeyondTheExpectedOnesAndEveryAttributedMethodIsInIt()
    {
        var expected = Expected.Select(row => (string)row[0]).Order().ToList();
        var attributed = typeof(Features).Assembly.GetTypes().SelectMany(t => t.GetMethods())
            .Select(m => m.GetCustomAttribute<FunctionAttribute>()?.Name).OfType<string>().Order().ToList();

        Assert.Equal(expected, Written.Select(f => f.GetProperty("name").GetString()!).Order().ToList());
        Assert.Equal(expected, attributed);
    }

    [Fact]
    public void EveryQueueATriggerReadsIsCreatedAtStartAndEveryScheduleSettingIsInTheSampleAndTheBicep()
    {
        var functions = TestHost.AppFunctions;
        var sample = File.ReadAllText(Repo.PathOf("local.settings.sample.json"));
        var bicep = File.ReadAllText(Repo.PathOf("infra", "main.bicep"));

        Assert.All(functions.OfType<QueueFunction>(), q => Assert.Contains(q.Queue, QueueNames.All));
        Assert.All(functions.OfType<TimerFunction>(), t =>
        {
            var setting = t.Schedule.Trim('%');
            Assert.Contains($"\"{setting}\"", sample, StringComparison.Ordinal);
            Assert.Contains($"name: '{setting}'", bicep, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task EveryFunctionClassResolvesFromTheAzureWorkersServices()
    {
        // ValidateOnBuild in AzureWorker: a function class with a dependency nobody registered fails here.
        using var worker = AzureWorker.Build(["--AzureWebJobsStorage=UseDevelopmentStorage=true"]);
        await using var scope = worker.Services.CreateAsyncScope();

        Assert.All(TestHost.AppFunctions, f => Assert.NotNull(scope.ServiceProvider.GetRequiredService(f.Method.DeclaringType!)));
    }

    [Fact]
    public async Task PublishingGivesTheDeployablePackage()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var output = Directory.CreateTempSubdirectory("ipsmonitor-publish-").FullName;
        using var publish = Process.Start(new ProcessStartInfo("dotnet", $"publish functions -c {configuration} --no-build -o \"{output}\"")
        {
            WorkingDirectory = Repo.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var log = await publish.StandardOutput.ReadToEndAsync() + await publish.StandardError.ReadToEndAsync();
        await publish.WaitForExitAsync();

        Assert.True(publish.ExitCode == 0, log);
        foreach (var file in new[] { "functions.metadata", "worker.config.json", "extensions.json", "IpsMonitor.Functions.dll" })
            Assert.True(File.Exists(Path.Combine(output, file)), $"{file} is missing from the package");
        Assert.Equal(File.ReadAllText(FunctionIndex.DefaultPath), File.ReadAllText(Path.Combine(output, "functions.metadata")));
        Assert.Contains("\"defaultWorkerPath\": \"IpsMonitor.Functions.dll\"", File.ReadAllText(Path.Combine(output, "worker.config.json")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"name":"blob","direction":"In","type":"blobTrigger","path":"x/{name}"}""", "uses a 'blobTrigger' binding, which the local host does not run")]
    [InlineData("""{"name":"request","direction":"In","type":"httpTrigger","methods":["get"],"route":"x"},{"name":"out","direction":"Out","type":"queue","queueName":"y"}""", "uses a 'queue' binding")]
    public void AnUnknownBindingTypeStopsTheLocalHostAtStartNamingTheFunction(string bindings, string message)
    {
        var metadata = $$"""[{"name":"Odd","entryPoint":"IpsMonitor.Health.GetHealth.Run","bindings":[{{bindings}}]}]""";

        var error = Assert.Throws<InvalidOperationException>(() => FunctionIndex.Read(metadata, [typeof(Features).Assembly]));

        Assert.Contains("function 'Odd'", error.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
